package ru.vprsvod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.intake.Pipeline;
import ru.vprsvod.consolidation.Journal;
import ru.vprsvod.consolidation.ReceivedFile;
import ru.vprsvod.submission.Status;
import ru.vprsvod.testing.SharedCorpus;
import ru.vprsvod.testing.MutableClock;
import ru.vprsvod.testing.Protocol;

/**
 * Every file of Apache POI's test spreadsheets (broken, fuzzed, encrypted, bombs …), dropped into the inbox at
 * once and run through the real service: each is rejected with a clear Russian receipt — unreadable ones moved
 * to quarantine, readable ones for not being a results form — within the per-file time bound, with its bytes
 * kept exactly, and the service goes on to accept a good file afterwards. Prints the figures for the record.
 * (The reader alone is covered by {@code workbook.CorpusRobustnessIT}.)
 */
class CorpusThroughPipelineIT {

    private static final Path CORPUS = SharedCorpus.POI_SPREADSHEETS;
    private static final Duration PER_FILE = Duration.ofSeconds(20);
    private static final Set<String> ENCRYPTED = Set.of("password.xls", "xor-encryption-abc.xls", "35897-type4.xls");
    /** A whole sentence: capital first, full stop (or closing bracket) last. */
    private static final Pattern SENTENCE = Pattern.compile("[А-ЯЁ].*[.)»]", Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void everyCorpusFileIsRejectedCleanlyInTimeWithItsBytesKeptAndTheServiceGoesOn() throws Exception {
        SharedCorpus.poiSpreadsheets();
        Department d = new Department(dir);
        Map<String, String> sent = new TreeMap<>();
        for (Path file : Department.filesUnder(CORPUS)) {
            Files.copy(file, d.inbox.resolve(file.getFileName().toString()));
            sent.put(file.getFileName().toString(), Department.sha256(file));
        }
        MutableClock clock = MutableClock.spring2026();

        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        List<ReceivedFile> files = new ArrayList<>();
        try (App app = d.open(d.settings(Duration.ZERO, Duration.ofHours(1), PER_FILE), clock)) {
            files.addAll(app.pipeline().runOnce().files());
            // The few that never look whole (fuzzed zips without an end record …) are taken after the give-up time.
            clock.advance(Duration.ofHours(1));
            Pipeline.Pass second = app.pipeline().runOnce();
            files.addAll(second.files());
            long millis = (System.nanoTime() - started) / 1_000_000;
            long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();

            assertEquals(List.of(), second.waiting(), "nothing left in the inbox");
            assertEquals(sent.size(), files.size(), "every corpus file was tried");
            Map<String, Long> checkMillis = new HashMap<>();
            for (Journal.Event e : app.store.journal().latest(100_000)) {
                if (e.step() == Journal.Step.CHECKED) {
                    checkMillis.put(e.claimId(), Long.parseLong(e.detail().replaceAll(".*\\bms=(\\d+).*", "$1")));
                }
            }
            int unreadable = 0;
            int wrongLayout = 0;
            int clean = 0;
            Map<String, Integer> reasons = new TreeMap<>();
            for (ReceivedFile file : files) {
                String name = file.originalName();
                assertEquals(Status.REJECTED, file.status(), name);
                assertEquals(sent.get(name), file.sha256(), name);
                assertEquals(sent.get(name), Department.sha256(d.data.resolve(file.archivePath())), "bytes kept: " + name);
                String receipt = new String(Files.readAllBytes(d.outbox.resolve(file.receiptPath())), StandardCharsets.UTF_8);
                assertTrue(receipt.contains("Результат: ОТКЛОНЁН"), name);
                assertTrue(!file.problems().isEmpty(), name);
                boolean ours = false;
                for (var problem : file.problems()) {
                    assertTrue(SENTENCE.matcher(problem.describe()).matches(), name + ": " + problem.describe());
                    ours |= problem.message().startsWith("Внутренняя ошибка") || problem.message().contains("не удалось проверить за");
                }
                if (!ours) {
                    clean++;
                }
                if (file.archivePath().startsWith("quarantine/")) {
                    unreadable++;
                    reasons.merge(file.problems().get(0).message(), 1, Integer::sum);
                } else {
                    wrongLayout++;
                }
                if (ENCRYPTED.contains(name)) {
                    assertTrue(receipt.toLowerCase(Locale.ROOT).contains("файл защищён паролем"), name + ":\n" + receipt);
                }
            }
            long slowest = checkMillis.values().stream().mapToLong(Long::longValue).max().orElse(0);
            assertTrue(slowest < PER_FILE.toMillis(), "slowest check " + slowest + " ms");
            assertEquals(0, app.pipeline().health().stuckReaders());

            Protocol.math4().pupil(40001, "4А", 5, 1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 2)
                    .write(d.inbox.resolve("edu990002_Математика_4_2026.xlsx"));
            List<ReceivedFile> after = app.pipeline().runOnce().files();
            assertEquals(Status.ACCEPTED, after.get(0).status(), "the service goes on");

            StringBuilder out = new StringBuilder(String.format("%n=== Corpus through the pipeline: %d files tried, %d rejected"
                            + " cleanly (%d readable but not a results form, %d unreadable → quarantine), %d by a failure of"
                            + " ours or the time bound; %d ms in all (%d ms per file), slowest check %d ms;"
                            + " peak heap (sum of pool peaks, an upper bound) %d MB%n", files.size(), clean, wrongLayout,
                    unreadable, files.size() - clean, millis, millis / files.size(), slowest, peakHeap >> 20));
            reasons.forEach((reason, n) -> out.append(String.format("%5d  %s%n", n, reason)));
            System.out.println(out);
            assertEquals(files.size(), clean, "every file rejected for a reason of its own, none by our failure");
        }
    }
}
