package ru.vprsvod.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import ru.vprsvod.testing.SharedCorpus;

/**
 * Every file of Apache POI's test spreadsheets (broken, fuzzed, encrypted, bombs …) must come back as
 * Opened or Unreadable, within a time bound, and untouched. The summary printed at the end (files, opened,
 * reasons, time, slowest files, peak heap) is what to compare when the readers change.
 */
class CorpusRobustnessIT {

    private static final Path CORPUS = SharedCorpus.POI_SPREADSHEETS;
    private static final Duration PER_FILE = Duration.ofSeconds(20);

    /** The corpus files that are encrypted with a password to open. */
    private static final Set<String> ENCRYPTED = Set.of("password.xls", "xor-encryption-abc.xls", "35897-type4.xls");

    private static final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    private static long startedNanos;

    private record Outcome(String file, WorkbookReading reading, long millis) {
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusFileIsOpenedOrRejectedWithinTimeAndLeftUnchanged() throws IOException {
        SharedCorpus.poiSpreadsheets();
        startedNanos = System.nanoTime();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        List<Path> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String before = sha256(file);
            FileTime modified = Files.getLastModifiedTime(file);
            long start = System.nanoTime();
            WorkbookReading reading = assertTimeoutPreemptively(PER_FILE, () -> Workbooks.read(file, ReadLimits.defaults()));
            long millis = (System.nanoTime() - start) / 1_000_000;
            outcomes.add(new Outcome(file.getFileName().toString(), reading, millis));

            assertNotNull(reading);
            assertEquals(before, sha256(file), "the file was changed by reading it");
            assertEquals(modified, Files.getLastModifiedTime(file));
            if (reading instanceof WorkbookReading.Unreadable u) {
                assertTrue(u.reason().matches("[А-ЯЁ].*[.)]") && u.reason().length() > 20, u.reason());
            }
            if (ENCRYPTED.contains(file.getFileName().toString())) {
                assertInstanceOf(WorkbookReading.Unreadable.class, reading);
                String reason = ((WorkbookReading.Unreadable) reading).reason();
                assertTrue(reason.toLowerCase(Locale.ROOT).contains("файл защищён паролем"), reason);
            }
        }));
    }

    @Test
    void theSameSampleSavedAsXlsxXlsAndOdsReadsTheSame() {
        SharedCorpus.poiSpreadsheets();
        List<String> dumps = Stream.of("SampleSS.xlsx", "SampleSS.xls", "SampleSS.ods")
                .map(name -> Fixtures.open(CORPUS.resolve(name)).sheets().stream()
                        .map(sheet -> sheet.name() + "\n" + Fixtures.dump(sheet)).collect(Collectors.joining()))
                .collect(Collectors.toList());

        assertTrue(dumps.get(0).contains("D7=NUMBER:13"), dumps.get(0));
        assertEquals(dumps.get(0), dumps.get(1));
        assertEquals(dumps.get(0), dumps.get(2));
    }

    @AfterAll
    static void printSummary() {
        if (outcomes.isEmpty()) {
            return;
        }
        long totalMillis = (System.nanoTime() - startedNanos) / 1_000_000;
        long opened = outcomes.stream().filter(o -> o.reading instanceof WorkbookReading.Opened).count();
        Map<String, Integer> reasons = new TreeMap<>();
        for (Outcome o : outcomes) {
            if (o.reading instanceof WorkbookReading.Unreadable u) {
                reasons.merge(u.reason(), 1, Integer::sum);
            }
        }
        StringBuilder out = new StringBuilder("\n=== POI corpus: ").append(outcomes.size()).append(" files, ")
                .append(opened).append(" opened, ").append(outcomes.size() - opened).append(" unreadable, ")
                .append(totalMillis).append(" ms in all\n");
        reasons.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> out.append(String.format("%5d  %s%n", e.getValue(), e.getKey())));
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        out.append(String.format("peak heap (sum of pool peaks, an upper bound): %d MB%n", peakHeap >> 20));
        out.append("slowest:\n");
        outcomes.stream().sorted((a, b) -> Long.compare(b.millis, a.millis)).limit(8)
                .forEach(o -> out.append(String.format("%7d ms  %s%n", o.millis, o.file)));
        System.out.println(out);
        if (Boolean.getBoolean("corpus.details")) {
            outcomes.stream().sorted((a, b) -> a.file.compareTo(b.file)).forEach(o -> System.out.println(
                    "DETAIL\t" + o.file + "\t" + o.millis + "\t" + (o.reading instanceof WorkbookReading.Unreadable u
                            ? u.reason() : "OPENED " + ((WorkbookReading.Opened) o.reading).workbook().sheets().size())));
        }
    }

    static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
