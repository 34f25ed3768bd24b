package ru.vprsvod;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.vprsvod.intake.Fault;
import ru.vprsvod.intake.Pipeline;
import ru.vprsvod.platform.Port;
import ru.vprsvod.platform.ThisProgram;

/**
 * The long-running service: the web page, and a pass over the inbox every few seconds. The periodic scan is
 * what finds files (a file watch sees nothing written by other machines on a network share); a local file
 * watch only wakes the scan up sooner, and a file seen waiting only for its settle time gets a pass of its own the
 * moment that time is up, so a whole file dropped into a watched folder has its receipt within seconds.
 */
final class Service {

    private static final Logger log = LoggerFactory.getLogger(Service.class);
    private static final String RULE = "═".repeat(78);

    private final App app;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "inbox-pass");
        t.setDaemon(false);
        return t;
    });
    /** A pass asked for by the file watch and not begun yet: a burst of events makes one pass, not hundreds. */
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private ScheduledFuture<?> followUp;
    private Instant followUpAt = Instant.MAX;
    /** How often a lasting fault of the machine is told again in the log; a new or changed one is told at once. */
    static final Duration RETELL_FAULT = Duration.ofMinutes(1);
    private String toldFault;
    private Instant toldFaultAt = Instant.MIN;

    private Service(App app) {
        this.app = app;
    }

    /**
     * Opens the web page first, so that a busy port stops the start before any file is touched; then the passes.
     * False (the app closed, the reason printed) when the page cannot be opened.
     */
    static boolean start(App app, PrintStream out) {
        Javalin web = app.web();
        try {
            web.start(app.settings.host(), app.settings.port());
        } catch (RuntimeException e) {
            Optional<Throwable> bind = Port.bindFailure(e);
            if (bind.isEmpty()) {
                throw e;
            }
            out.println(Port.explain(app.settings.host(), app.settings.port(), bind.get()));
            stopQuietly(web);
            app.close();
            return false;
        }
        new Service(app).run(web, out);
        return true;
    }

    private void run(Javalin web, PrintStream out) {
        // Read at once, not at the first pass, so that a missing reference is said before «работает» scrolls away.
        app.references.refresh();
        scheduler.scheduleWithFixedDelay(this::pass, 0, app.settings.poll().toMillis(), TimeUnit.MILLISECONDS);
        WatchService watch = watch(app.settings.inbox());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Stopping");
            stopQuietly(web);
            scheduler.shutdown();
            try {
                scheduler.awaitTermination(30, TimeUnit.SECONDS);
                if (watch != null) {
                    watch.close();
                }
            } catch (InterruptedException | IOException e) {
                Thread.currentThread().interrupt();
            }
            app.close();
        }, "shutdown"));
        out.println("ВПР-Свод работает: http://" + ("0.0.0.0".equals(app.settings.host()) ? "localhost" : app.settings.host())
                + ":" + web.port() + "/");
        if (app.references.current().isEmpty()) {
            out.println(RULE);
            out.println("ВНИМАНИЕ: " + app.references.unusable().orElse("справочник не загружен."));
            out.println("Пока справочника нет, файлы школ не принимаются (остаются во входящих) и документы не формируются.");
            out.println("Если программа запущена не из своей папки (сейчас — " + Path.of("").toAbsolutePath() + "), остановите"
                    + " её (Ctrl+C) и запустите из папки, где лежат templates и inbox, или укажите справочник: --reference"
                    + " ФАЙЛ. Справочник можно загрузить и на веб-странице: «Справочник и шаблоны».");
            out.println(RULE);
        }
        if (!app.accounts.hasCoordinator()) {
            out.println("Учётной записи координатора ещё нет. Создайте её в этой же папке (можно не останавливая программу):");
            out.println("  " + ThisProgram.command() + " coordinator --login ЛОГИН" + dataOption());
        }
        out.println("Входящие: " + app.settings.inbox().toAbsolutePath() + "; исходящие: " + app.outbox.root()
                + "; справочник: " + app.references.file());
    }

    /** The data folder for the coordinator command: left out when it is the default one of the current folder. */
    private String dataOption() {
        Path data = app.settings.data();
        return data.equals(Path.of("data")) ? "" : " --data " + data.toAbsolutePath();
    }

    private void pass() {
        try {
            Pipeline.Pass pass = app.pipeline.runOnce();
            tell(pass.fault().orElse(null), app.clock.instant());
        } catch (RuntimeException | StackOverflowError e) {
            // The service keeps running; files that could not be finished stay claimed and are retried next pass.
            log.error("Inbox pass failed; retrying at the next one", e);
        }
        followUp();
    }

    /** Passes run one at a time on the scheduler's thread, so this state needs no lock. */
    private void tell(Fault fault, Instant now) {
        if (fault == null) {
            if (toldFault != null) {
                log.info("Файлы снова принимаются: запись в папки возможна.");
            }
            toldFault = null;
            return;
        }
        if (!fault.sentence().equals(toldFault) || !now.isBefore(toldFaultAt.plus(RETELL_FAULT))) {
            log.error(fault.sentence());
            toldFault = fault.sentence();
            toldFaultAt = now;
        }
    }

    /** A pass at the moment the first file now waiting only for its settle time may be taken, if before the next poll. */
    private synchronized void followUp() {
        Optional<Instant> next = app.pipeline.nextLook();
        if (next.isEmpty()) {
            return;
        }
        Instant at = next.get();
        Duration wait = Duration.between(app.clock.instant(), at);
        if (wait.compareTo(app.settings.poll()) >= 0 || (followUp != null && !followUp.isDone() && !at.isBefore(followUpAt))) {
            return;
        }
        followUpAt = at;
        followUp = scheduler.schedule(this::pass, Math.max(0, wait.toMillis()) + 20, TimeUnit.MILLISECONDS);
    }

    private void wake() {
        if (wakeQueued.compareAndSet(false, true)) {
            scheduler.execute(() -> {
                wakeQueued.set(false);
                pass();
            });
        }
    }

    /** A local file watch on the inbox and its school folders (new ones too), as a hint only; null when unavailable. */
    private WatchService watch(Path inbox) {
        try {
            WatchService watch = FileSystems.getDefault().newWatchService();
            try (Stream<Path> dirs = Files.walk(inbox, 1)) {
                for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                    register(dir, watch);
                }
            }
            Thread t = new Thread(() -> {
                try {
                    while (true) {
                        WatchKey key = watch.take();
                        for (WatchEvent<?> event : key.pollEvents()) {
                            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && key.watchable().equals(inbox)
                                    && event.context() instanceof Path name && Files.isDirectory(inbox.resolve(name))) {
                                register(inbox.resolve(name), watch); // a school's folder made while running
                            }
                        }
                        key.reset();
                        wake();
                    }
                } catch (InterruptedException | ClosedWatchServiceException e) {
                    // stopping
                }
            }, "inbox-watch");
            t.setDaemon(true);
            t.start();
            return watch;
        } catch (IOException | UnsupportedOperationException e) {
            log.info("No file watch on {} ({}); relying on the periodic scan", inbox, e.toString());
            return null;
        }
    }

    private static void register(Path dir, WatchService watch) {
        try {
            dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        } catch (IOException e) {
            log.debug("No file watch on {}: {}", dir, e.toString());
        }
    }

    private static void stopQuietly(Javalin web) {
        try {
            web.stop();
        } catch (RuntimeException e) {
            log.debug("Stopping the web server: {}", e.toString());
        }
    }
}
