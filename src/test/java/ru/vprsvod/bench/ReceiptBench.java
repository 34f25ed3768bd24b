package ru.vprsvod.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import ru.vprsvod.testing.Protocol;

/**
 * From a school's file dropped into the watched inbox to its receipt in the outbox, as a clerk copying a file onto
 * the share waits for it: the jar runs as the README starts it ({@code java -jar … serve}, the default settle and
 * poll times), a whole form is copied into its inbox, and the time until the receipt file appears is measured from
 * outside, by another process. Jars given side by side (the current build and, say, one built from an earlier
 * commit) run at the same time, each in its own folder, and take their drops in turn, so the machine's load is the
 * same for both. A drop waits until the pass after the previous one is done (the documents remade).
 *
 * <p>{@code ReceiptBench --jar target/vpr-svod.jar [--jar OTHER.jar …] [--drops 10] [--work DIR]}
 */
public final class ReceiptBench {

    /** Maths, grade 4: the example reference's work with a task list, whose forms the service accepts. */
    private static final Object[] FULL = {1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 2};

    private ReceiptBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> jars = new ArrayList<>();
        int drops = 10;
        Path work = Path.of("target", "bench", "receipts");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--jar" -> jars.add(Path.of(args[i + 1]).toAbsolutePath());
                case "--drops" -> drops = Integer.parseInt(args[i + 1]);
                case "--work" -> work = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (jars.isEmpty()) {
            jars.add(Path.of("target", "vpr-svod.jar").toAbsolutePath());
        }
        Map<Path, List<Double>> seconds = run(jars, drops, work);
        System.out.println("| jar | median | min–max | drops |");
        System.out.println("|---|---|---|---|");
        seconds.forEach((jar, s) -> System.out.printf(Locale.ROOT, "| %s | %.2f s | %.2f–%.2f s | %d |%n", label(jar), Race.median(s),
                s.stream().mapToDouble(d -> d).min().orElse(0), s.stream().mapToDouble(d -> d).max().orElse(0), s.size()));
    }

    /** A jar as the command line named it, relative to the current folder. */
    private static Path label(Path jar) {
        Path here = Path.of("").toAbsolutePath();
        return jar.startsWith(here) ? here.relativize(jar) : jar;
    }

    static Map<Path, List<Double>> run(List<Path> jars, int drops, Path work) throws Exception {
        deleteQuietly(work);
        List<Service> services = new ArrayList<>();
        Map<Path, List<Double>> seconds = new LinkedHashMap<>();
        try {
            for (int j = 0; j < jars.size(); j++) {
                services.add(Service.start(jars.get(j), Files.createDirectories(work.resolve("service-" + (j + 1)))));
                seconds.put(jars.get(j), new ArrayList<>());
            }
            Random random = new Random(12);
            for (int drop = 0; drop < drops; drop++) {
                for (Service service : services) {
                    // Other pupils each time, so a drop is a resubmission, never a duplicate of the one before.
                    Protocol form = Protocol.math4();
                    for (int p = 0; p < 25; p++) {
                        Object[] points = FULL.clone();
                        points[random.nextInt(points.length)] = 0;
                        form.pupil(40_000 + p, "4А", 2 + random.nextInt(4), points);
                    }
                    Path ready = form.write(service.folder.resolve("staging").resolve("edu990002_Математика_4_2026.xlsx"));
                    double s = service.drop(ready);
                    seconds.get(service.jar).add(s);
                    System.out.printf(Locale.ROOT, "drop %d into %s: receipt after %.2f s%n", drop + 1, label(service.jar), s);
                    // The receipt is written before the pass remakes the documents; wait for them (and a random
                    // part of a poll period, so the drops do not fall in step with the service's polls).
                    service.awaitIdle();
                    Thread.sleep(random.nextInt(5_000));
                }
            }
        } finally {
            for (Service service : services) {
                service.stop();
            }
        }
        return seconds;
    }

    /** One running copy of a jar in its own folder: the shipped templates and reference, an empty inbox. */
    private static final class Service {

        final Path jar;
        final Path folder;
        final Process process;
        private final List<String> lines = new ArrayList<>();
        private int receipts;

        private Service(Path jar, Path folder, Process process) {
            this.jar = jar;
            this.folder = folder;
            this.process = process;
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        synchronized (lines) {
                            lines.add(line);
                        }
                    }
                } catch (IOException e) {
                    // stopped
                }
            }, "service-output");
            reader.setDaemon(true);
            reader.start();
        }

        static Service start(Path jar, Path folder) throws Exception {
            IngestBench.copyTree(Path.of("templates"), folder.resolve("templates"));
            Files.createDirectories(folder.resolve("inbox"));
            Files.createDirectories(folder.resolve("outbox"));
            Files.createDirectories(folder.resolve("staging"));
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dorg.slf4j.simpleLogger.log.ru.vprsvod.log.LifeLog=info", "-jar", jar.toString(), "serve",
                    "--port", String.valueOf(port), "--pdf", "нет").directory(folder.toFile()).redirectErrorStream(true);
            builder.environment().put("LC_ALL", "C.UTF-8");
            Service service = new Service(jar, folder, builder.start());
            service.await("ВПР-Свод работает", 60);
            service.awaitIdle();
            return service;
        }

        /** Copies a whole file into the inbox; returns the seconds until its receipt appears in the outbox. */
        double drop(Path ready) throws Exception {
            Path schoolOutbox = folder.resolve("outbox").resolve("edu990002");
            long start = System.nanoTime();
            Files.copy(ready, folder.resolve("inbox").resolve(ready.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            while (count(schoolOutbox) <= receipts) {
                if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(120)) {
                    throw new IllegalStateException(jar + ": no receipt within 2 minutes; printed:\n" + String.join("\n", lines));
                }
                Thread.sleep(5);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            receipts++;
            return seconds;
        }

        private static int count(Path dir) throws IOException {
            if (!Files.isDirectory(dir)) {
                return 0;
            }
            try (Stream<Path> files = Files.list(dir)) {
                return (int) files.filter(p -> p.getFileName().toString().startsWith("Протокол № ")).count();
            }
        }

        /** Waits until nothing has been logged for two seconds: the pass, its documents and report.json are done. */
        void awaitIdle() throws InterruptedException {
            int seen = -1;
            while (true) {
                int now;
                synchronized (lines) {
                    now = lines.size();
                }
                if (now == seen) {
                    return;
                }
                seen = now;
                Thread.sleep(2_000);
            }
        }

        private void await(String text, int seconds) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < end) {
                synchronized (lines) {
                    if (lines.stream().anyMatch(l -> l.contains(text))) {
                        return;
                    }
                }
                if (!process.isAlive()) {
                    break;
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException(jar + " did not start; printed:\n" + String.join("\n", lines));
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static void deleteQuietly(Path dir) throws IOException {
        if (Files.exists(dir)) {
            IngestBench.deleteTree(dir);
        }
    }
}
