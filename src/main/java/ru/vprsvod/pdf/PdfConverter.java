package ru.vprsvod.pdf;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Converts .docx documents to PDF with LibreOffice, when it is installed, through a small pool of headless
 * {@code soffice} workers. Each worker has a LibreOffice profile of its own ({@code -env:UserInstallation}): two
 * processes sharing one collide on its lock, and a process started with the coordinator's own profile would hand
 * the work to the LibreOffice open on the desktop. A worker converts the documents waiting in the queue in one
 * process (starting LibreOffice costs about 1.5 s, a document a fraction of that), at most
 * {@link Options#documentsPerProcess} of them, so every process is fresh after a few dozen documents. A document
 * that makes no progress within {@link Options#perDocument} is given up, its process killed and the worker's
 * profile rebuilt; the documents queued behind it are converted by a new process.
 *
 * <p>Without LibreOffice the converter is {@linkplain #available() unavailable}, says why in {@link #status()}, and
 * every conversion fails at once: the .docx documents are made all the same.
 */
public final class PdfConverter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PdfConverter.class);

    /**
     * @param workers             processes converting at the same time
     * @param perDocument         how long one document may take before its process is killed
     * @param startup             extra time the first document of a process may take (LibreOffice starting, a new
     *                            profile being made)
     * @param documentsPerProcess after this many documents a worker starts a new process
     */
    public record Options(int workers, Duration perDocument, Duration startup, int documentsPerProcess) {
        public Options {
            if (workers < 1 || documentsPerProcess < 1) {
                throw new IllegalArgumentException("workers and documents per process must be positive");
            }
            Objects.requireNonNull(perDocument, "perDocument");
            Objects.requireNonNull(startup, "startup");
        }

        /** Two workers (our machines have two cores), a minute per document, twenty documents per process. */
        public static Options defaults() {
            return new Options(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())), Duration.ofSeconds(60),
                    Duration.ofSeconds(60), 20);
        }
    }

    /** One document waiting for a worker. */
    static final class Job {
        final String name;
        final byte[] docx;
        final CompletableFuture<PdfResult> result = new CompletableFuture<>();
        int attempts;

        Job(String name, byte[] docx) {
            this.name = name;
            this.docx = docx;
        }
    }

    private final String status;
    private final boolean available;
    private final LinkedBlockingDeque<Job> queue = new LinkedBlockingDeque<>();
    private final List<Worker> workers = new ArrayList<>();
    private final AtomicInteger outstanding = new AtomicInteger();
    private final AtomicInteger processes = new AtomicInteger();
    private volatile boolean closed;

    private PdfConverter(boolean available, String status) {
        this.available = available;
        this.status = status;
    }

    /**
     * Looks for LibreOffice and starts the workers. Never fails: without LibreOffice the converter is unavailable.
     *
     * @param soffice the program to use, or null to look for it (PATH, then the usual install folders)
     * @param workDir a folder of the converter's own: profiles and documents in conversion live there
     */
    public static PdfConverter start(Path soffice, Path workDir, Options options) {
        Optional<Office.Found> office = Office.find(soffice);
        if (office.isEmpty()) {
            String why = soffice != null ? "программа " + soffice + " не найдена или не запускается"
                    : "LibreOffice не найден (нет программы soffice)";
            log.warn("PDF documents are not made: {}", why);
            return new PdfConverter(false, "PDF не формируются: " + why + ". Документы формируются в формате Word (.docx)."
                    + " Чтобы получать и PDF, установите LibreOffice (https://ru.libreoffice.org/) и перезапустите программу.");
        }
        PdfConverter converter = new PdfConverter(true, "PDF формирует " + office.get().version() + " ("
                + options.workers() + " " + (options.workers() == 1 ? "процесс" : "процесса") + ")");
        // Absolute: each soffice runs in its job folder, so a path relative to our working directory (the README's
        // default «--data data») would name files that are not there.
        Path home = workDir.toAbsolutePath().normalize();
        for (int i = 1; i <= options.workers(); i++) {
            Worker worker = new Worker(converter, office.get().program(), home.resolve("worker-" + i), options);
            converter.workers.add(worker);
            Thread thread = new Thread(worker, "pdf-" + i);
            thread.setDaemon(true); // a conversion is redone next time; it never holds the service up
            worker.thread = thread;
            thread.start();
        }
        log.info("PDF: {} at {}, {} workers", office.get().version(), office.get().program(), options.workers());
        return converter;
    }

    /** A converter that makes no PDFs, e.g. when the coordinator turned them off. */
    public static PdfConverter off(String why) {
        return new PdfConverter(false, "PDF не формируются: " + why + ".");
    }

    public boolean available() {
        return available;
    }

    /** For the coordinator: who makes the PDFs, or why there are none and what to do. */
    public String status() {
        return status;
    }

    /**
     * Queues a document; the future completes on a worker thread. An unavailable or closed converter fails at once.
     *
     * @param name the document's name, for the log and messages
     */
    public CompletableFuture<PdfResult> convert(String name, byte[] docx) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(docx, "docx");
        if (!available || closed) {
            return CompletableFuture.completedFuture(new PdfResult.Failed(available ? "программа завершает работу" : status));
        }
        Job job = new Job(name, docx.clone());
        outstanding.incrementAndGet();
        job.result.whenComplete((r, e) -> {
            synchronized (outstanding) {
                outstanding.decrementAndGet();
                outstanding.notifyAll();
            }
        });
        queue.addLast(job);
        return job.result;
    }

    /** Waits until every queued document is converted or given up; false if the time ran out first. */
    public boolean awaitIdle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (outstanding) {
            while (outstanding.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(outstanding, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    /** How many LibreOffice processes the workers have started so far. */
    public int processesStarted() {
        return processes.get();
    }

    /**
     * Finishes the documents already queued (waiting at most {@code wait}), then stops the workers and any
     * LibreOffice process still running. Documents not converted by then fail.
     */
    public void close(Duration wait) {
        if (closed) {
            return;
        }
        if (available && !awaitIdle(wait)) {
            log.warn("PDF: stopping with {} documents not converted", outstanding.get());
        }
        closed = true;
        for (Worker worker : workers) {
            worker.stop();
        }
        for (Worker worker : workers) {
            try {
                worker.thread.join(10_000); // let it clean up its job folder
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Job job;
        while ((job = queue.pollFirst()) != null) {
            job.result.complete(new PdfResult.Failed("программа завершила работу раньше, чем PDF был сформирован"));
        }
    }

    /** Closes waiting up to five minutes for the queued documents (a one-off run must leave its PDFs behind). */
    @Override
    public void close() {
        close(Duration.ofMinutes(5));
    }

    boolean isClosed() {
        return closed;
    }

    LinkedBlockingDeque<Job> queue() {
        return queue;
    }

    void processStarted() {
        processes.incrementAndGet();
    }

    @Override
    public String toString() {
        return "PdfConverter[" + status + "]";
    }
}
