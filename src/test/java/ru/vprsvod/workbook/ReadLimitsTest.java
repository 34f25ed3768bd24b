package ru.vprsvod.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each limit is named in its message together with the sheet and the first cell past it. */
class ReadLimitsTest {

    private static final ReadLimits SMALL = new ReadLimits(50L << 20, 400L << 20, 1000, 2, 10, 5, 20);

    @TempDir
    Path dir;

    @Test
    void sheets() {
        Path file = Fixtures.write(dir.resolve("sheets.xlsx"), new XSSFWorkbook(), wb -> {
            wb.createSheet("Первый");
            wb.createSheet("Второй");
            wb.createSheet("Третий");
        });

        assertEquals("В файле больше 2 листов, а допускается не больше 2.", Fixtures.reason(file, SMALL));
    }

    @Test
    void rowsInEveryFormat() {
        String expected = "Лист «Протокол» слишком длинный: заполнена ячейка B11, а допускается не больше 10 строк на листе.";
        assertEquals(expected, Fixtures.reason(valueAt(dir.resolve("rows.xlsx"), new XSSFWorkbook(), 10, 1), SMALL));
        assertEquals(expected, Fixtures.reason(valueAt(dir.resolve("rows.xls"), new HSSFWorkbook(), 10, 1), SMALL));
        Path ods = Fixtures.ods(dir.resolve("rows.ods"), "", """
                <table:table table:name="Протокол"><table:table-row table:number-rows-repeated="10"/>
                <table:table-row><table:table-cell/><table:table-cell office:value-type="float" office:value="1"/></table:table-row>
                </table:table>""");
        assertEquals(expected, Fixtures.reason(ods, SMALL));
    }

    @Test
    void columns() {
        assertEquals("Лист «Протокол» слишком широкий: заполнена ячейка F1, а допускается не больше 5 столбцов.",
                Fixtures.reason(valueAt(dir.resolve("cols.xlsx"), new XSSFWorkbook(), 0, 5), SMALL));
    }

    @Test
    void cellsOfTheWholeFile() {
        // 12 cells on each sheet; the limit of 20 is for the whole file.
        Path filled = Fixtures.write(dir.resolve("filled.xlsx"), new XSSFWorkbook(), wb -> {
            for (String name : new String[] {"Первый", "Второй"}) {
                var sheet = wb.createSheet(name);
                for (int r = 0; r < 3; r++) {
                    var row = sheet.createRow(r);
                    for (int c = 0; c < 4; c++) {
                        row.createCell(c).setCellValue(r * 10 + c);
                    }
                }
            }
        });

        assertEquals("В файле слишком много заполненных ячеек: на листе «Второй» их число превысило 20 для всего файла.",
                Fixtures.reason(filled, SMALL));
    }

    @Test
    void aMillionRowsAreNotReadToRejectThem() {
        Path file = Fixtures.write(dir.resolve("million.xlsx"), new SXSSFWorkbook(), wb -> {
            var sheet = wb.createSheet("Протокол");
            for (int r = 0; r < 300_000; r++) {
                sheet.createRow(r).createCell(0).setCellValue(r);
            }
        });

        String reason = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Fixtures.reason(file, SMALL));

        assertEquals("Лист «Протокол» слишком длинный: заполнена ячейка A11, а допускается не больше 10 строк на листе.", reason);
    }

    private static <W extends Workbook> Path valueAt(Path file, W workbook, int row, int column) {
        return Fixtures.write(file, workbook, wb -> wb.createSheet("Протокол").createRow(row).createCell(column).setCellValue(1));
    }
}
