package ru.vprsvod.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import ru.vprsvod.ProductIngest;
import ru.vprsvod.testing.RegionGenerator;

/**
 * The benchmark harness at a tiny scale, so the generator and every race keep working between benchmark runs:
 * the figures are not checked (a test cannot time anything on a shared machine), only that each contestant ran
 * on the whole data set and the product recorded every file.
 */
class BenchSmokeIT {

    @TempDir
    Path dir;

    @Test
    void generatorWritesSixFormsPerSchoolWithSharedStringsAsExcelDoes() throws Exception {
        RegionGenerator.Written w = RegionGenerator.write(3, 5, dir.resolve("справочник.xlsx"), dir.resolve("inbox"));
        assertEquals(5, w.schools());
        assertEquals(30, w.files());
        assertEquals(30, IngestBench.files(dir.resolve("inbox")).size());
        assertTrue(w.rows() > 30 * 4, "rows " + w.rows());
        Path form = IngestBench.files(dir.resolve("inbox")).get(0);
        assertTrue(form.getFileName().toString().matches("edu74\\d{4}_(Математика|Русский язык)_\\d_2026\\.xlsx"), form.toString());
        try (ZipFile zip = new ZipFile(form.toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(zip.getEntry("xl/sharedStrings.xml") != null, "no shared strings part");
            assertTrue(sheet.contains("t=\"s\""), "texts are not shared strings");
        }
        // The same seed writes the same region.
        RegionGenerator.Written again = RegionGenerator.write(3, 5, dir.resolve("again/справочник.xlsx"),
                dir.resolve("again/inbox"));
        assertEquals(w.rows(), again.rows());
    }

    @Test
    void ingestRaceRunsEveryContestantAndTheProductRecordsEveryFile() throws Exception {
        RegionGenerator.write(5, 4, dir.resolve("data/справочник.xlsx"), dir.resolve("data/inbox"));
        Race race = IngestBench.race(dir.resolve("data"), dir.resolve("work"), null).run(0, 1);
        for (String name : List.of("product: full ingest", "fastexcel-reader", "POI XSSFReader (SAX)")) {
            assertEquals(1, race.seconds(name).size(), name);
        }
        assertTrue(race.table("fastexcel-reader").contains("| fastexcel-reader |"), race.table("fastexcel-reader"));

        ProductIngest.Result r = ProductIngest.run(copy(dir.resolve("data/inbox")), dir.resolve("data/справочник.xlsx"),
                dir.resolve("run"));
        assertEquals(24, r.files());
        assertEquals(24, r.submissions());
    }

    @Test
    void documentsRaceFillsTheSameTableOfEveryWorkInOurEngine() throws Exception {
        RegionGenerator.write(5, 4, dir.resolve("data/справочник.xlsx"), dir.resolve("data/inbox"));
        ProductIngest.run(copy(dir.resolve("data/inbox")), dir.resolve("data/справочник.xlsx"), dir.resolve("run"));
        Map<String, Object> values = DocsBench.data(dir.resolve("data/справочник.xlsx"), dir.resolve("run/data"));
        List<?> works = (List<?>) values.get("works");
        assertEquals(6, works.size());
        assertEquals(4, ((List<?>) ((Map<?, ?>) works.get(0)).get("schools")).size());

        boolean docxtemplater = Files.isDirectory(Path.of("bench/docxtemplater/node_modules/docxtemplater"));
        Race race = DocsBench.race(dir.resolve("data/справочник.xlsx"), dir.resolve("run/data"), Path.of("bench/docxtemplater"),
                dir.resolve("docs"), docxtemplater).run(0, 1);
        assertEquals(1, race.seconds("our engine (DocxTemplate)").size());
        String filled = ru.vprsvod.testing.DocxText.open(dir.resolve("docs/ours-out.docx")).plain().allText();
        assertTrue(filled.contains("Математика, 4 класс"), filled);
        assertTrue(filled.contains("Итого"), filled);
        assertTrue(!filled.contains("{{"), "a tag left unfilled: " + filled);
    }

    @Test
    void incrementalPassTakesTheResubmittedFormAlone() throws Exception {
        RegionGenerator.write(5, 3, dir.resolve("data/справочник.xlsx"), dir.resolve("data/inbox"));
        List<Double> seconds = IncrementalBench.run(dir.resolve("data"), Path.of("templates"), 1);
        assertEquals(1, seconds.size());
    }

    @Test
    void receiptBenchTimesADropIntoTheRunningJar() throws Exception {
        Path jar = Path.of("target", "vpr-svod.jar").toAbsolutePath();
        java.util.Map<Path, List<Double>> seconds = ReceiptBench.run(List.of(jar), 1, dir.resolve("receipts"));
        assertEquals(1, seconds.get(jar).size());
    }

    @Test
    void readBenchRunsUnderJmh() throws Exception {
        java.util.Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(ReadBench.class.getName()).forks(0).warmupIterations(0).measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200)).shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT).build()).run(); // JMH's banners are for a benchmark run, not a build log
        assertEquals(3, results.size());
    }

    private Path copy(Path inbox) throws Exception {
        Path copy = dir.resolve("copy-" + System.nanoTime()).resolve("inbox");
        IngestBench.copyTree(inbox, copy);
        return copy;
    }
}
