package ru.vprsvod.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.vprsvod.workbook.XlsxCell.decimal;
import static ru.vprsvod.workbook.XlsxCell.integer;
import static ru.vprsvod.workbook.XlsxCell.note;
import static ru.vprsvod.workbook.XlsxCell.percent;
import static ru.vprsvod.workbook.XlsxHeader.column;
import static ru.vprsvod.workbook.XlsxHeader.group;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes real books and reads them back with POI's full model, which sees every style and setting. */
class XlsxBookTest {

    @TempDir
    Path dir;

    @Test
    void aConsolidatedTableKeepsItsValuesStylesAndLayout() throws IOException {
        Path file = dir.resolve("svod.xlsx");
        try (XlsxBook book = new XlsxBook(dir); OutputStream out = Files.newOutputStream(file)) {
            XlsxSheet sheet = book.sheet("Сводка");
            sheet.columns(8, 30, 12, 10, 10, 25);
            sheet.title("Результаты ВПР по математике, 5 класс").subtitle("Энский муниципальный район").skipRows(1);
            sheet.header("Код", "Школа", "Участников", "Средний балл", "Доля «2»", "Примечание");
            sheet.freezeHeader().autoFilter();
            sheet.row("1001", "=МБОУ СОШ №1", 54, decimal(3.8612), percent(0.074), note(""));
            sheet.row("1002", "МБОУ СОШ №2", 12_345, decimal(4.25), percent(0.31).highlighted(true),
                    note("Доля отметок «2» выше районной более чем вдвое; проверить объективность"));
            sheet.row("1003", "МБОУ ООШ №3", null, decimal(Double.NaN), percent(0.5).highlighted(false), null);
            sheet.totalRow("", "Итого по району", 12_399, decimal(4.2), percent(0.12), note(""));
            book.write(out);
        }

        try (XSSFWorkbook wb = readBack(file)) {
            XSSFSheet sheet = wb.getSheet("Сводка");
            assertEquals("Результаты ВПР по математике, 5 класс", text(sheet, "A1"));
            assertEquals("Энский муниципальный район", text(sheet, "A2"));
            assertTrue(sheet.getMergedRegions().containsAll(List.of(
                    CellRangeAddress.valueOf("A1:F1"), CellRangeAddress.valueOf("A2:F2"))));
            assertTrue(wb.getFontAt(cell(sheet, "A1").getCellStyle().getFontIndex()).getBold());

            assertEquals("Доля «2»", text(sheet, "E4"));
            assertTrue(cell(sheet, "E4").getCellStyle().getWrapText());
            assertEquals("D9D9D9", rgb(cell(sheet, "E4")));

            XSSFCell name = cell(sheet, "B5");
            assertEquals(CellType.STRING, name.getCellType(), "text starting with = must stay text");
            assertEquals("=МБОУ СОШ №1", name.getStringCellValue());
            assertEquals(54, cell(sheet, "C5").getNumericCellValue());
            assertEquals("#,##0", cell(sheet, "C5").getCellStyle().getDataFormatString());
            assertEquals(3.8612, cell(sheet, "D5").getNumericCellValue(), "the value is kept, only shown rounded");
            assertEquals("0.0", cell(sheet, "D5").getCellStyle().getDataFormatString());
            assertEquals(0.074, cell(sheet, "E5").getNumericCellValue());
            assertEquals("0.0%", cell(sheet, "E5").getCellStyle().getDataFormatString());
            assertEquals(null, rgb(cell(sheet, "E5")));

            assertEquals("FFC7CE", rgb(cell(sheet, "E6")), "a flagged value is on light red");
            assertTrue(cell(sheet, "F6").getCellStyle().getWrapText());
            assertTrue(sheet.getRow(5).getHeightInPoints() > sheet.getDefaultRowHeightInPoints(),
                    "a long note makes its row taller");

            assertEquals(CellType.BLANK, cell(sheet, "C7").getCellType(), "null is an empty bordered cell");
            assertEquals(CellType.BLANK, cell(sheet, "D7").getCellType(), "NaN (no pupils) is an empty cell");

            assertTrue(wb.getFontAt(cell(sheet, "B8").getCellStyle().getFontIndex()).getBold());
            assertTrue(wb.getFontAt(cell(sheet, "E8").getCellStyle().getFontIndex()).getBold());
            assertEquals("0.0%", cell(sheet, "E8").getCellStyle().getDataFormatString());

            assertEquals(4, sheet.getPaneInformation().getHorizontalSplitPosition(), "titles, gap and header frozen");
            assertEquals("A4:F8", sheet.getCTWorksheet().getAutoFilter().getRef());
            assertEquals(30 * 256, sheet.getColumnWidth(1));
        }
    }

    @Test
    void aHeaderWithGroupsTakesTwoRows() throws IOException {
        Path file = write(book -> {
            XlsxSheet sheet = book.sheet("Отметки");
            sheet.header(column("Код"), column("Школа"), group("Отметки", "«2»", "«3»", "«4»", "«5»"), column("Всего"));
            sheet.freezeHeader();
            sheet.row("1001", "СОШ №1", 1, 2, 3, 4, 10);
        });

        try (XSSFWorkbook wb = readBack(file)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals("Отметки", text(sheet, "C1"));
            assertEquals("«2»", text(sheet, "C2"));
            assertEquals("«5»", text(sheet, "F2"));
            assertEquals("Всего", text(sheet, "G1"));
            assertEquals(sorted(List.of("A1:A2", "B1:B2", "C1:F1", "G1:G2")), sorted(sheet.getMergedRegions()));
            assertEquals(2, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertEquals(10, cell(sheet, "G3").getNumericCellValue());
        }
    }

    @Test
    void aBlankFormCarriesValidationAndAHiddenProtectedMetadataSheet() throws IOException {
        Path file = write(book -> {
            XlsxSheet meta = book.sheet("Служебный");
            meta.row("форма", "ВПР-2025/математика/5");
            meta.protect("служебный").hideCompletely();
            XlsxSheet form = book.sheet("Протокол");
            form.header("Код", "Задание 1", "Задание 2", "Отметка", "Вариант");
            form.validation(XlsxValidation.pointsOrAbsent(2), 1, 30, 1, 2);
            form.validation(XlsxValidation.wholeNumber(2, 5), 1, 30, 3, 3);
            form.validation(XlsxValidation.list("1", "2"), 1, 30, 4, 4);
            book.sheet("Справка").hide();
        });

        try (XSSFWorkbook wb = readBack(file)) {
            assertEquals(SheetVisibility.VERY_HIDDEN, wb.getSheetVisibility(0));
            assertTrue(wb.getSheetAt(0).getProtect());
            assertEquals(SheetVisibility.HIDDEN, wb.getSheetVisibility(2));
            assertEquals(1, wb.getActiveSheetIndex(), "the visible form opens first, not the metadata");

            List<XSSFDataValidation> rules = wb.getSheet("Протокол").getDataValidations();
            assertEquals(3, rules.size());
            XSSFDataValidation points = rule(rules, "B2:C31");
            assertEquals(ValidationType.FORMULA, points.getValidationConstraint().getValidationType());
            assertEquals("OR(AND(ISNUMBER(B2),B2=INT(B2),B2>=0,B2<=2),B2=\"Х\",B2=\"X\")",
                    points.getValidationConstraint().getFormula1());
            assertEquals("Введите целое число от 0 до 2 или «Х», если ученик не выполнял задание.", points.getErrorBoxText());
            assertEquals(DataValidation.ErrorStyle.STOP, points.getErrorStyle());
            XSSFDataValidation mark = rule(rules, "D2:D31");
            assertEquals(ValidationType.INTEGER, mark.getValidationConstraint().getValidationType());
            assertEquals("2", mark.getValidationConstraint().getFormula1());
            assertEquals("5", mark.getValidationConstraint().getFormula2());
            assertEquals("Недопустимое значение", mark.getErrorBoxTitle());
            XSSFDataValidation variant = rule(rules, "E2:E31");
            assertEquals(List.of("1", "2"), List.of(variant.getValidationConstraint().getExplicitListValues()));
        }
    }

    @Test
    void sheetNamesAreMadeSafeAndUnique() throws IOException {
        Path file = write(book -> {
            assertEquals("Математика_5_6", book.sheet("Математика/5:6").name());
            assertEquals("математика_5_6 (2)", book.sheet("математика/5:6").name());
            assertEquals("Очень длинное название листа пр", book.sheet("Очень длинное название листа про всё").name());
        });

        try (XSSFWorkbook wb = readBack(file)) {
            assertEquals(3, wb.getNumberOfSheets());
        }
    }

    @Test
    void rowFilesStayInTheBooksFolderAndCloseRemovesThem() throws IOException {
        Path root = Files.createDirectory(dir.resolve("tmp"));
        try (XlsxBook book = new XlsxBook(root)) {
            XlsxSheet sheet = book.sheet("Большой");
            for (int r = 0; r < 1_000; r++) {
                sheet.row("Школа " + r, r);
            }
            try (Stream<Path> files = Files.walk(root)) {
                assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("sheet-")),
                        "rows beyond the window are flushed to the book's own folder");
            }
            book.write(new ByteArrayOutputStream());
            assertThrows(IllegalStateException.class, () -> book.sheet("ещё"), "a book is written once");
        }
        try (Stream<Path> left = Files.list(root)) {
            assertEquals(List.of(), left.collect(Collectors.toList()));
        }
    }

    @Test
    void whatTheBookWritesOurReaderReadsBack() throws IOException {
        Path file = write(book -> {
            XlsxSheet sheet = book.sheet("Сводка");
            sheet.header("Школа", "Балл", "Доля");
            for (int r = 0; r < 50_000; r++) {
                sheet.row("Школа №" + r, r % 6, percent(r % 100 / 100.0));
            }
        });

        Sheet sheet = Fixtures.open(file).sheets().get(0);

        assertEquals(50_001, sheet.rows().size());
        Fixtures.assertCell(sheet, "A50001", CellKind.TEXT, "Школа №49999");
        Fixtures.assertNumber(sheet, "B50001", 1, "1");
        Fixtures.assertNumber(sheet, "C50001", 0.99, "0.99");
    }

    @Test
    void textLongerThanExcelAllowsIsCutNotFailed() {
        XlsxCell cell = XlsxCell.note("я".repeat(40_000));

        assertEquals(32_767, cell.text().length());
        assertTrue(cell.text().endsWith("…"));
    }

    private interface BookContent {
        void fill(XlsxBook book);
    }

    private Path write(BookContent content) throws IOException {
        Path file = Files.createTempFile(dir, "book-", ".xlsx");
        try (XlsxBook book = new XlsxBook(dir); OutputStream out = Files.newOutputStream(file)) {
            content.fill(book);
            book.write(out);
        }
        return file;
    }

    private static XSSFWorkbook readBack(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static XSSFCell cell(XSSFSheet sheet, String address) {
        org.apache.poi.ss.util.CellAddress a = new org.apache.poi.ss.util.CellAddress(address);
        return sheet.getRow(a.getRow()).getCell(a.getColumn());
    }

    private static String text(XSSFSheet sheet, String address) {
        return cell(sheet, address).getStringCellValue();
    }

    private static String rgb(XSSFCell cell) {
        var color = cell.getCellStyle().getFillForegroundXSSFColor();
        return color == null ? null : color.getARGBHex().substring(2);
    }

    private static XSSFDataValidation rule(List<XSSFDataValidation> rules, String range) {
        return rules.stream().filter(r -> r.getRegions().getCellRangeAddress(0).formatAsString().equals(range))
                .findFirst().orElseThrow(() -> new AssertionError("no validation on " + range));
    }

    private static List<String> sorted(List<?> ranges) {
        return ranges.stream().map(r -> r instanceof CellRangeAddress c ? c.formatAsString() : (String) r)
                .sorted().collect(Collectors.toList());
    }
}
