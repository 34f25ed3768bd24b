package ru.vprsvod.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;
import ru.vprsvod.ProductIngest;

/**
 * The ingest benchmark: the product's full path (take, archive, read, check, record, receipt; then statistics
 * and objectivity checks) against readers that merely read the same files — fastexcel-reader, POI's streaming
 * reader, and (when asked) Python's openpyxl and pandas — side by side in one JVM, round after round.
 *
 * <p>{@code IngestBench --data DIR [--rounds 5] [--warmup 1] [--python SCRIPT] [--work DIR]}: DIR holds
 * {@code inbox/} and {@code справочник.xlsx} as {@code RegionGenerator} writes them. The product consumes an inbox,
 * so each of its runs gets a fresh copy first (the copy is not timed). Python runs as a child process of
 * {@code /usr/bin/python3 SCRIPT ENGINE DIR/inbox}, which prints its own reading time (interpreter start and imports
 * excluded, which favours Python).
 */
public final class IngestBench {

    private IngestBench() {
    }

    public static void main(String[] args) throws Exception {
        Path data = null;
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "vpr-bench-ingest");
        Path python = null;
        int rounds = 5;
        int warmup = 1;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                case "--python" -> python = Path.of(args[i + 1]);
                case "--work" -> work = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (data == null) {
            throw new IllegalArgumentException("usage: IngestBench --data DIR [--rounds N] [--warmup N] [--python SCRIPT]");
        }
        Race race = race(data, work, python);
        race.run(warmup, rounds);
        System.out.println();
        System.out.print(race.table("fastexcel-reader"));
    }

    /** The contestants over one generated data set; public parts so the smoke test can run a tiny race. */
    static Race race(Path data, Path work, Path python) throws IOException {
        Path inbox = data.resolve("inbox");
        Path reference = data.resolve("справочник.xlsx");
        List<Path> files = files(inbox);
        long rows = 0;
        System.out.printf(Locale.ROOT, "%d files, %d bytes%n", files.size(), files.stream().mapToLong(f -> f.toFile().length()).sum());
        Race race = new Race();
        race.add("product: full ingest", () -> {
            Path run = work.resolve("run");
            deleteTree(run);
            Path copy = run.resolve("inbox");
            copyTree(inbox, copy);
            ProductIngest.Result r = ProductIngest.run(copy, reference, run);
            if (r.files() != files.size()) {
                throw new IllegalStateException("the product recorded " + r.files() + " of " + files.size() + " files");
            }
            System.out.printf(Locale.ROOT, "        product: %d files, %d submissions, %d schools in risk groups%n", r.files(),
                    r.submissions(), r.riskGroup());
            return r.nanos();
        });
        race.add("fastexcel-reader", () -> timed(() -> PeerReaders.readAll(files, PeerReaders::fastexcel)));
        race.add("POI XSSFReader (SAX)", () -> timed(() -> PeerReaders.readAll(files, PeerReaders::poiStreaming)));
        if (python != null) {
            race.add("openpyxl (read-only)", () -> python(python, "openpyxl", inbox));
            race.add("pandas.read_excel", () -> python(python, "pandas", inbox));
        }
        return race;
    }

    private static long timed(java.util.function.Supplier<PeerReaders.Tally> read) {
        long start = System.nanoTime();
        PeerReaders.Tally t = read.get();
        long nanos = System.nanoTime() - start;
        if (t.cells() == 0) {
            throw new IllegalStateException("nothing read");
        }
        return nanos;
    }

    /** The Python peer's own reading time, in nanoseconds, from its last output line («seconds=…»). */
    private static long python(Path script, String engine, Path inbox) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("/usr/bin/python3", script.toString(), engine, inbox.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("python failed: " + out);
        }
        String last = out.strip().lines().reduce((a, b) -> b).orElse("");
        return Math.round(Double.parseDouble(last.substring(last.indexOf("seconds=") + 8).strip()) * 1e9);
    }

    static List<Path> files(Path inbox) throws IOException {
        try (Stream<Path> walk = Files.walk(inbox)) {
            return walk.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList();
        }
    }

    /** A copy with the files' times kept, so the inbox sees them as settled. */
    static void copyTree(Path from, Path to) throws IOException {
        FileUtils.copyDirectory(from.toFile(), to.toFile(), true);
    }

    static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            FileUtils.deleteDirectory(root.toFile());
        }
    }
}
