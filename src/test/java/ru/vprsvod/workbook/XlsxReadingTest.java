package ru.vprsvod.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.vprsvod.workbook.Fixtures.assertCell;
import static ru.vprsvod.workbook.Fixtures.assertNumber;

import java.nio.file.Path;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReadingTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryKindOfValueWithItsPosition() {
        Path file = Fixtures.write(dir.resolve("school.xlsx"), new XSSFWorkbook(), wb -> {
            XSSFSheet sheet = wb.createSheet("Протокол");
            XSSFRow header = sheet.createRow(0);
            header.createCell(0).setCellValue("Код");
            header.createCell(1).setCellValue("  ФИО с пробелами  ");
            header.createCell(3).setCellValue("=СУММ(A1)"); // typed text that looks like a formula
            XSSFRow data = sheet.createRow(4);
            data.createCell(0).setCellValue(5);
            data.createCell(1).setCellValue(2.5);
            data.createCell(2).setCellValue(0.1);
            data.createCell(3).setCellValue(true);
            data.createCell(4).setCellValue(false);
            data.createCell(5).setCellErrorValue(FormulaError.DIV0);
            data.createCell(6).setCellValue("");      // empty text is blank
            data.createCell(7);                       // styled blank
            data.createCell(27).setCellValue("AB");
        });

        Workbook workbook = Fixtures.open(file);

        assertEquals(FileFormat.XLSX, workbook.format());
        Sheet sheet = workbook.sheets().get(0);
        assertEquals("Протокол", sheet.name());
        assertFalse(sheet.hidden());
        assertEquals("""
                A1=TEXT:Код
                B1=TEXT:  ФИО с пробелами \s
                D1=TEXT:=СУММ(A1)
                A5=NUMBER:5
                B5=NUMBER:2.5
                C5=NUMBER:0.1
                D5=BOOLEAN:ИСТИНА
                E5=BOOLEAN:ЛОЖЬ
                F5=ERROR:#DIV/0!
                AB5=TEXT:AB
                """, Fixtures.dump(sheet));
        assertNumber(sheet, "B5", 2.5, "2.5");
        assertEquals(2, sheet.rows().size());
        assertNull(sheet.row(1), "rows without values are absent");
    }

    @Test
    void formulasCountAsTheirCachedResultAndUncalculatedOnesAreFlagged() {
        Path file = Fixtures.write(dir.resolve("formulas.xlsx"), new XSSFWorkbook(), wb -> {
            XSSFRow row = wb.createSheet("Итоги").createRow(0);
            row.createCell(0).setCellValue(4);
            row.createCell(1).setCellFormula("A1*2");
            row.createCell(2).setCellFormula("\"ok\"&\"!\"");
            row.createCell(3).setCellFormula("A1>3");
            row.createCell(4).setCellFormula("A1/0");
            row.createCell(5).setCellFormula("IF(A1>9,\"yes\",\"\")");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            // Written after evaluation: POI stores no <v> for it, as generators that never calculate do.
            row.createCell(6).setCellFormula("SUM(A1:B1)");
        });

        Sheet sheet = Fixtures.open(file).sheets().get(0);

        assertEquals("""
                A1=NUMBER:4
                B1=NUMBER:8
                C1=TEXT:ok!
                D1=BOOLEAN:ИСТИНА
                E1=ERROR:#DIV/0!
                G1=FORMULA_WITHOUT_VALUE:=SUM(A1:B1)
                """, Fixtures.dump(sheet), "F1 holds a cached empty string, which is blank");
    }

    @Test
    void escapedCharactersInStringsAreDecodedAsExcelDoes() {
        assertEquals("Строка\r\nдве", XlsxReader.unescape("Строка_x000D_\nдве"));
        assertEquals("_x0041_ буквально", XlsxReader.unescape("_x005F_x0041_ буквально"));
        assertEquals("_x12 и _xZZZZ_ не коды", XlsxReader.unescape("_x12 и _xZZZZ_ не коды"));

        Path file = Fixtures.xlsx(dir.resolve("escaped.xlsx"), "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>Школа_x000D_№1</t></is></c></row>", "<si><t>ИТОГО_x0009_</t></si>");

        assertEquals("A1=TEXT:ИТОГО\t\nB1=TEXT:Школа\r№1\n", Fixtures.dump(Fixtures.open(file).sheets().get(0)));
    }

    @Test
    void hiddenAndVeryHiddenSheetsAreMarked() {
        Path file = Fixtures.write(dir.resolve("hidden.xlsx"), new XSSFWorkbook(), wb -> {
            wb.createSheet("Видимый").createRow(0).createCell(0).setCellValue(1);
            wb.createSheet("Скрытый").createRow(0).createCell(0).setCellValue(2);
            wb.createSheet("Очень скрытый").createRow(0).createCell(0).setCellValue(3);
            wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
            wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
        });

        Workbook workbook = Fixtures.open(file);

        assertEquals(3, workbook.sheets().size());
        assertFalse(workbook.sheets().get(0).hidden());
        assertTrue(workbook.sheets().get(1).hidden());
        assertTrue(workbook.sheets().get(2).hidden());
        assertEquals("Очень скрытый", workbook.sheets().get(2).name());
    }

    @Test
    void inlineStringsFromStreamingWritersAreRead() {
        Path file = Fixtures.write(dir.resolve("inline.xlsx"), new SXSSFWorkbook(), wb -> {
            var row = wb.createSheet("Лист1").createRow(2);
            row.createCell(0).setCellValue("Школа №1");
            row.createCell(1).setCellValue(17);
        });

        Sheet sheet = Fixtures.open(file).sheets().get(0);

        assertCell(sheet, "A3", CellKind.TEXT, "Школа №1");
        assertNumber(sheet, "B3", 17, "17");
    }

    @Test
    void protectedSheetsAndWorkbookStructureStillRead() {
        Path file = Fixtures.write(dir.resolve("protected.xlsx"), new XSSFWorkbook(), wb -> {
            XSSFSheet sheet = wb.createSheet("Защищённый");
            sheet.createRow(0).createCell(0).setCellValue("можно прочитать");
            sheet.protectSheet("секрет");
            wb.lockStructure();
        });

        assertCell(Fixtures.open(file).sheets().get(0), "A1", CellKind.TEXT, "можно прочитать");
    }

    @Test
    void macroEnabledWorkbooksAreXlsm() {
        Path file = Fixtures.write(dir.resolve("macros.xlsm"), new XSSFWorkbook(org.apache.poi.xssf.usermodel.XSSFWorkbookType.XLSM),
                wb -> wb.createSheet("Лист1").createRow(0).createCell(0).setCellValue(1));

        assertEquals(FileFormat.XLSM, Fixtures.open(file).format());
    }

    @Test
    void theNameDoesNotMatterOnlyTheContent() {
        Path file = Fixtures.write(dir.resolve("results.xls"), new XSSFWorkbook(),
                wb -> wb.createSheet("Лист1").createRow(0).createCell(0).setCellValue(1));

        assertEquals(FileFormat.XLSX, Fixtures.open(file).format());
    }
}
