package ru.vprsvod.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.io.file.PathUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One worker of the pool: takes the documents waiting in the queue (up to the per-process limit), converts them in
 * one {@code soffice --convert-to pdf} process with the worker's own profile, and watches that process: a document
 * whose PDF does not appear in time gets the process killed. LibreOffice converts the files in the order given, so
 * the first file without a complete PDF is the one it was stuck on; the ones before it are done, the ones after it
 * go back to the front of the queue.
 */
final class Worker implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(Worker.class);

    /** After taking a document, how long to wait for the rest of a burst (a pass queues its documents together). */
    private static final long LINGER_MILLIS = 300;
    /** A document that failed inside a batch is tried once more on its own before it is given up. */
    private static final int ATTEMPTS = 2;

    private final PdfConverter converter;
    private final String program;
    private final Path home;
    private final PdfConverter.Options options;
    private volatile Process running;
    private volatile boolean stopping;
    Thread thread;

    Worker(PdfConverter converter, String program, Path home, PdfConverter.Options options) {
        this.converter = converter;
        this.program = program;
        this.home = home.toAbsolutePath(); // soffice runs in the job folder: every path it is given must be absolute
        this.options = options;
    }

    @Override
    public void run() {
        while (!stopping) {
            List<PdfConverter.Job> batch;
            try {
                batch = take();
            } catch (InterruptedException e) {
                return;
            }
            if (batch.isEmpty()) {
                continue;
            }
            try {
                convert(batch);
            } catch (IOException | RuntimeException e) {
                log.error("PDF worker failed on {} documents", batch.size(), e);
                batch.forEach(job -> job.result.complete(new PdfResult.Failed("ошибка при запуске LibreOffice: " + e.getMessage())));
            } catch (InterruptedException e) {
                batch.forEach(job -> job.result.complete(new PdfResult.Failed("программа завершила работу раньше, чем PDF был сформирован")));
                return;
            }
        }
    }

    void stop() {
        stopping = true;
        kill();
        if (thread != null) {
            thread.interrupt();
        }
    }

    private List<PdfConverter.Job> take() throws InterruptedException {
        List<PdfConverter.Job> batch = new ArrayList<>();
        PdfConverter.Job first = converter.queue().pollFirst(500, TimeUnit.MILLISECONDS);
        if (first == null) {
            return batch;
        }
        batch.add(first);
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LINGER_MILLIS);
        while (batch.size() < options.documentsPerProcess()) {
            long left = until - System.nanoTime();
            PdfConverter.Job next = left > 0 ? converter.queue().pollFirst(left, TimeUnit.NANOSECONDS) : converter.queue().pollFirst();
            if (next == null) {
                break;
            }
            batch.add(next);
        }
        return batch;
    }

    private void convert(List<PdfConverter.Job> batch) throws IOException, InterruptedException {
        Files.createDirectories(home);
        Path job = Files.createTempDirectory(home, "job-");
        try {
            Path out = Files.createDirectories(job.resolve("out"));
            List<String> command = new ArrayList<>(List.of(program, "-env:UserInstallation=" + profile().toUri(),
                    "--headless", "--invisible", "--nologo", "--norestore", "--nodefault", "--nolockcheck",
                    "--convert-to", "pdf", "--outdir", out.toString()));
            for (int i = 0; i < batch.size(); i++) {
                // Plain ASCII names: the documents' own names may not survive the command line on every system.
                Path in = job.resolve("d" + (i + 1) + ".docx");
                Files.write(in, batch.get(i).docx);
                command.add(in.toString());
            }
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).directory(job.toFile()).redirectErrorStream(true)
                    .redirectOutput(job.resolve("soffice.log").toFile()).start();
            process.getOutputStream().close();
            running = process;
            converter.processStarted();
            int done = watch(process, out, batch.size(), start);
            running = null;
            boolean timedOut = done >= 0;
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            List<PdfConverter.Job> retry = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                PdfConverter.Job j = batch.get(i);
                byte[] pdf = completePdf(out.resolve("d" + (i + 1) + ".pdf"));
                if (pdf != null) {
                    j.result.complete(new PdfResult.Converted(pdf, took));
                } else if (stopping) {
                    j.result.complete(new PdfResult.Failed("программа завершила работу раньше, чем PDF был сформирован"));
                } else if (timedOut && i == done) {
                    log.warn("PDF: «{}» took longer than {} s; LibreOffice stopped", j.name, options.perDocument().toSeconds());
                    j.result.complete(new PdfResult.Failed("LibreOffice не сформировал PDF за " + options.perDocument().toSeconds()
                            + " с и был остановлен"));
                } else if (timedOut && i > done) {
                    retry.add(j); // never reached: not its fault
                } else if (++j.attempts < ATTEMPTS && batch.size() > 1) {
                    retry.add(j);
                } else {
                    String tail = tail(job.resolve("soffice.log"));
                    log.warn("PDF: LibreOffice made no PDF of «{}» (exit code {}): {}", j.name, process.exitValue(), tail);
                    j.result.complete(new PdfResult.Failed("LibreOffice не смог преобразовать документ"
                            + (tail.isEmpty() ? "" : " (" + tail + ")")));
                }
            }
            if (timedOut && Files.exists(profile())) {
                // A killed LibreOffice may leave its profile locked or half-written: the next process gets a new one.
                PathUtils.deleteDirectory(profile());
            }
            for (int i = retry.size() - 1; i >= 0; i--) {
                converter.queue().addFirst(retry.get(i));
            }
            log.info("PDF: {} of {} documents in {} ms", batch.size() - retry.size(), batch.size(), took.toMillis());
        } finally {
            try {
                PathUtils.deleteDirectory(job);
            } catch (IOException e) {
                log.warn("PDF: could not remove {}: {}", job, e.toString());
            }
        }
    }

    /**
     * Waits for the process, giving each document its time; returns -1 when the process ended by itself, or the
     * index of the document it was stuck on when it had to be killed.
     */
    private int watch(Process process, Path out, int documents, long start) throws InterruptedException {
        int progress = 0;
        long lastProgress = start;
        while (!process.waitFor(100, TimeUnit.MILLISECONDS)) {
            int produced = 0;
            while (produced < documents && Files.exists(out.resolve("d" + (produced + 1) + ".pdf"))) {
                produced++;
            }
            long now = System.nanoTime();
            if (produced > progress) {
                progress = produced;
                lastProgress = now;
            }
            Duration allowed = progress == 0 ? options.startup().plus(options.perDocument()) : options.perDocument();
            if (now - lastProgress > allowed.toNanos() || stopping) {
                kill();
                process.waitFor(10, TimeUnit.SECONDS);
                // The document being written when it was killed is the last one started, not necessarily incomplete.
                for (int i = 0; i < documents; i++) {
                    if (completePdf(out.resolve("d" + (i + 1) + ".pdf")) == null) {
                        return i;
                    }
                }
                return documents - 1;
            }
        }
        return -1;
    }

    private void kill() {
        Process p = running;
        if (p != null) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    private Path profile() {
        return home.resolve("profile");
    }

    /** The file's bytes if it is a whole PDF (starts with %PDF, ends with %%EOF), else null. */
    static byte[] completePdf(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            String head = new String(bytes, 0, Math.min(5, bytes.length), StandardCharsets.ISO_8859_1);
            String tail = new String(bytes, Math.max(0, bytes.length - 32), Math.min(32, bytes.length), StandardCharsets.ISO_8859_1);
            return head.startsWith("%PDF") && tail.contains("%%EOF") ? bytes : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.contains("javaldx")).toList();
            return lines.isEmpty() ? "" : String.join("; ", lines.subList(Math.max(0, lines.size() - 2), lines.size())).strip();
        } catch (IOException | java.io.UncheckedIOException e) {
            return "";
        }
    }
}
