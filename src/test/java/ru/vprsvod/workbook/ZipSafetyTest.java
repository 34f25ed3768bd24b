package ru.vprsvod.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pre-flight check that runs before fastexcel-reader, which has no zip-bomb protection of its own. */
class ZipSafetyTest {

    private static final String BOMB = "Файл повреждён или слишком велик после распаковки (возможна «zip-бомба»): ";

    @TempDir
    Path dir;

    @Test
    void a300MegabyteRunOfZerosIsCaughtEarly() throws IOException {
        Path file = dir.resolve("bomb.xlsx");
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            for (Map.Entry<String, Object> e : Fixtures.xlsxEntries(Fixtures.SPREADSHEETML_MAIN, "", null).entrySet()) {
                zip.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
                if (e.getKey().endsWith("sheet1.xml")) {
                    byte[] zeros = new byte[1 << 20];
                    for (int i = 0; i < 300; i++) {
                        zip.write(zeros); // streamed: 300 MB inflated, ~300 KB on disk, 1 MB in memory
                    }
                } else {
                    zip.write(((String) e.getValue()).getBytes(StandardCharsets.UTF_8));
                }
                zip.closeArchiveEntry();
            }
        }

        String reason = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Fixtures.reason(file));

        assertTrue(reason.startsWith(BOMB + "часть «xl/worksheets/sheet1.xml» сжата в "), reason);
        assertTrue(reason.endsWith(" раз, так не сжимаются настоящие таблицы."), reason);
    }

    @Test
    void theTotalInflatedSizeIsCountedNotTakenFromHeaders() {
        Path file = Fixtures.xlsx(dir.resolve("big.xlsx"), rowsOfRandomNumbers(60_000), null);
        ReadLimits limits = new ReadLimits(50L << 20, 1L << 20, 1000, 100, 100_000, 1000, 5_000_000);

        assertEquals(BOMB + "после распаковки больше 1 МБ.", Fixtures.reason(file, limits));
    }

    @Test
    void aLegitimateRepetitiveResultsSheetIsNotTakenForABomb() throws IOException {
        // 300 pupils with identical marks, and a 20 000-row region sheet of the same: as repetitive as real
        // results get. Both stay far below the 100:1 ratio (POI's own rule would judge them the same).
        for (int rows : new int[] {300, 20_000}) {
            Path file = Fixtures.write(dir.resolve("repetitive-" + rows + ".xlsx"), new SXSSFWorkbook(), wb -> {
                var sheet = wb.createSheet("Протокол");
                for (int r = 0; r < rows; r++) {
                    var row = sheet.createRow(r);
                    row.createCell(0).setCellValue("Школа №1");
                    for (int c = 1; c < 30; c++) {
                        row.createCell(c).setCellValue(1);
                    }
                }
            });

            assertEquals(rows, Fixtures.open(file).sheets().get(0).rows().size());
            assertTrue(ratio(file, "xl/worksheets/sheet1.xml") < ZipPreflight.MAX_RATIO / 2.0);
        }
    }

    @Test
    void tooManyEntries() {
        Map<String, Object> entries = Fixtures.xlsxEntries(Fixtures.SPREADSHEETML_MAIN, Fixtures.sheetWith(""), null);
        for (int i = 0; i < 10; i++) {
            entries.put("xl/media/image" + i + ".png", new byte[] {1});
        }
        Path file = Fixtures.zip(dir.resolve("many.xlsx"), entries);
        ReadLimits limits = new ReadLimits(50L << 20, 400L << 20, 5, 100, 100_000, 1000, 5_000_000);

        assertEquals(BOMB + "в архиве больше 5 частей.", Fixtures.reason(file, limits));
    }

    @Test
    void duplicateEntryNamesEvenInAnotherCase() {
        Map<String, Object> exact = Fixtures.xlsxEntries(Fixtures.SPREADSHEETML_MAIN, Fixtures.sheetWith(""), null);
        exact.put("xl/worksheets/sheet1.xml#dup", Fixtures.sheetWith("<row r=\"1\"><c r=\"A1\"><v>666</v></c></row>"));
        Map<String, Object> cased = Fixtures.xlsxEntries(Fixtures.SPREADSHEETML_MAIN, Fixtures.sheetWith(""), null);
        cased.put("XL/Worksheets/Sheet1.xml", Fixtures.sheetWith(""));

        assertEquals("Файл повреждён: в архиве дважды записана часть «xl/worksheets/sheet1.xml». "
                + "Откройте его в Excel и сохраните заново.", Fixtures.reason(Fixtures.zip(dir.resolve("dup.xlsx"), exact)));
        assertEquals("Файл повреждён: в архиве дважды записана часть «XL/Worksheets/Sheet1.xml». "
                + "Откройте его в Excel и сохраните заново.", Fixtures.reason(Fixtures.zip(dir.resolve("case.xlsx"), cased)));
    }

    @Test
    void aCellFarBeyondColumnXfdIsRefusedBeforeFastexcelPadsTheRow() {
        Path file = Fixtures.xlsx(dir.resolve("wide.xlsx"), "<row r=\"1\"><c r=\"ZZZZZZ1\"><v>1</v></c></row>", null);

        String reason = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Fixtures.reason(file));

        assertEquals("Файл повреждён: ячейка «ZZZZZZ1» лежит за пределами листа Excel. "
                + "Откройте файл в Excel и сохраните заново.", reason);
    }

    @Test
    void aSharedStringIndexPastTheTableIsRefusedBeforeFastexcelPadsTheTable() {
        Path file = Fixtures.xlsx(dir.resolve("sst.xlsx"), "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>2000000000</v></c></row>",
                "<si><t>единственная</t></si>");

        String reason = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Fixtures.reason(file));

        assertEquals("Файл повреждён: ячейка ссылается на строку №2\u00A0000\u00A0000\u00A0001 из таблицы строк, "
                + "а в ней 1. Откройте файл в Excel и сохраните заново.", reason);
    }

    @Test
    void theGuardReadsOnWhereFastexcelReadsOn() {
        // fastexcel takes the text of <v> with any child elements in it; the scan must not stop there.
        Path file = Fixtures.xlsx(dir.resolve("child.xlsx"), "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0<x/></v></c>"
                + "<c r=\"B1\" t=\"s\"><v>000000000000000000000000000000000000000000002000000000</v></c></row>",
                "<si><t>единственная</t></si>");

        String reason = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Fixtures.reason(file));

        assertEquals("Файл повреждён: ячейка ссылается на строку №2\u00A0000\u00A0000\u00A0001 из таблицы строк, "
                + "а в ней 1. Откройте файл в Excel и сохраните заново.", reason);
    }

    @Test
    void thousandsOfArrayFormulasAreRefused() {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 20_000; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><f t=\"array\" ref=\"A")
                    .append(r).append("\">1</f><v>1</v></c></row>");
        }
        Path file = Fixtures.xlsx(dir.resolve("arrays.xlsx"), rows.toString(), null);

        assertEquals("Файл слишком сложный для чтения: на листе 20\u00A0000 формул массива. Замените формулы "
                + "значениями (Специальная вставка → Значения) и отправьте файл ещё раз.", Fixtures.reason(file));
    }

    @Test
    void entityExpansionInSharedStringsIsRefused() {
        Map<String, Object> entries = Fixtures.xlsxEntries(Fixtures.SPREADSHEETML_MAIN,
                Fixtures.sheetWith("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"), null);
        entries.put("xl/sharedStrings.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
                <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&d;&d;&d;&d;</t></si></sst>
                """);

        assertEquals("Файл повреждён: не удаётся прочитать книгу Excel (.xlsx). Откройте его в Excel и сохраните заново.",
                Fixtures.reason(Fixtures.zip(dir.resolve("laughs.xlsx"), entries)));
    }

    private static String rowsOfRandomNumbers(int rows) {
        Random random = new Random(1);
        StringBuilder xml = new StringBuilder();
        for (int r = 1; r <= rows; r++) {
            xml.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>")
                    .append(random.nextInt(1_000_000)).append("</v></c></row>");
        }
        return xml.toString();
    }

    private static double ratio(Path file, String entryName) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            ZipArchiveEntry entry = zip.getEntry(entryName);
            return (double) entry.getSize() / entry.getCompressedSize();
        }
    }
}
