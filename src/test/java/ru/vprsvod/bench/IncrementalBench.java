package ru.vprsvod.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ru.vprsvod.ProductRuns;
import ru.vprsvod.testing.RegionGenerator;

/**
 * Re-processing after one school resubmits a file: a district (or region) is taken in whole by one pass of the
 * service, then, round after round, one school's form for one work comes again with other pupils' points, and the
 * pass that takes it — recording it, replacing the school's earlier submission, the statistics, the checks and
 * every output whose data changed — is timed in the warm JVM, as the running service would do it.
 *
 * <p>{@code IncrementalBench --data DIR [--rounds 5] [--templates templates]}: DIR as written by
 * {@code RegionGenerator}. The resubmitted forms come from the same generator with other seeds.
 */
public final class IncrementalBench {

    private IncrementalBench() {
    }

    public static void main(String[] args) throws Exception {
        Path data = null;
        Path templates = Path.of("templates");
        int rounds = 5;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--templates" -> templates = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<Double> seconds = run(data, templates, rounds);
        System.out.printf(Locale.ROOT, "resubmission pass: median %.3f s, min–max %.3f–%.3f s over %d rounds%n",
                Race.median(seconds), seconds.stream().mapToDouble(d -> d).min().orElse(0),
                seconds.stream().mapToDouble(d -> d).max().orElse(0), seconds.size());
    }

    /** Seconds of each resubmission pass (after the first, full pass, which is not counted). */
    static List<Double> run(Path data, Path templates, int rounds) throws Exception {
        Path work = Files.createTempDirectory("vpr-bench-incremental");
        Path inbox = work.resolve("inbox");
        IngestBench.copyTree(data.resolve("inbox"), inbox);
        int schools = (int) Files.list(data.resolve("inbox")).count();
        List<Double> seconds = new ArrayList<>();
        try (ProductRuns product = ProductRuns.open(inbox, data.resolve("справочник.xlsx"), templates, work)) {
            long start = System.nanoTime();
            int taken = product.pass();
            System.out.printf(Locale.ROOT, "first pass: %d files, %.3f s%n", taken, (System.nanoTime() - start) / 1e9);
            for (int round = 0; round < rounds + 1; round++) {
                // Another draw of the same district: the same school and work, other pupils' points.
                Path other = work.resolve("other-" + round);
                RegionGenerator.write(1000 + round, schools, other.resolve("справочник.xlsx"), other.resolve("inbox"));
                Path login = Files.list(other.resolve("inbox")).sorted().skip(round % schools).findFirst().orElseThrow();
                Path form = Files.list(login).sorted().findFirst().orElseThrow();
                Path target = inbox.resolve(login.getFileName().toString()).resolve(form.getFileName().toString());
                Files.createDirectories(target.getParent());
                Files.copy(form, target, StandardCopyOption.REPLACE_EXISTING);
                start = System.nanoTime();
                int n = product.pass();
                double s = (System.nanoTime() - start) / 1e9;
                if (n != 1) {
                    throw new IllegalStateException("the resubmission pass took " + n + " files, not the one resubmitted");
                }
                System.out.printf(Locale.ROOT, "%s resubmission %d (%s): %d file, %.3f s%n", round == 0 ? "warmup" : "      ",
                        round, form.getFileName(), n, s);
                if (round > 0) {
                    seconds.add(s);
                }
            }
        }
        IngestBench.deleteTree(work);
        return seconds;
    }
}
