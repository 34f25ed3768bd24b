package ru.vprsvod.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsReadingTest {

    @TempDir
    Path dir;

    @Test
    void readsValuesCachedFormulaResultsAndHiddenSheets() {
        Path file = Fixtures.write(dir.resolve("school.xls"), new HSSFWorkbook(), wb -> {
            HSSFSheet sheet = wb.createSheet("Протокол");
            HSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue("Иванов И.");
            row.createCell(1).setCellValue(3);
            row.createCell(2).setCellValue(0.25);
            row.createCell(3).setCellValue(true);
            row.createCell(4).setCellErrorValue(FormulaError.NA);
            row.createCell(5).setCellFormula("B2*2");
            row.createCell(6).setCellFormula("\"x\"&A2");
            row.createCell(7).setCellFormula("B2/0");
            row.createCell(8).setCellFormula("B2>1");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            sheet.protectSheet("секрет");
            wb.createSheet("Служебный").createRow(0).createCell(0).setCellValue("метаданные");
            wb.setSheetVisibility(1, SheetVisibility.VERY_HIDDEN);
        });

        Workbook workbook = Fixtures.open(file);

        assertEquals(FileFormat.XLS, workbook.format());
        Sheet sheet = workbook.sheets().get(0);
        assertFalse(sheet.hidden());
        assertEquals("""
                A2=TEXT:Иванов И.
                B2=NUMBER:3
                C2=NUMBER:0.25
                D2=BOOLEAN:ИСТИНА
                E2=ERROR:#N/A
                F2=NUMBER:6
                G2=TEXT:xИванов И.
                H2=ERROR:#DIV/0!
                I2=BOOLEAN:ИСТИНА
                """, Fixtures.dump(sheet));
        assertTrue(workbook.sheets().get(1).hidden());
    }

    @Test
    void passwordProtectedXlsIsRejectedWithAdvice() throws IOException {
        Path file = dir.resolve("secret.xls");
        Biff8EncryptionKey.setCurrentUserPassword("пароль");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Лист1").createRow(0).createCell(0).setCellValue(1);
            wb.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        assertEquals("Файл защищён паролем: снимите пароль на открытие (Файл → Сведения → Защита книги) "
                + "и отправьте файл ещё раз.", Fixtures.reason(file));
    }

    @Test
    void excel95AndOtherOfficeFilesAreToldApart() throws IOException {
        assertEquals("Файл сохранён в устаревшем формате Excel 5.0/95 или более раннем, который не поддерживается: "
                + "откройте его в Excel и сохраните как .xlsx (Файл → Сохранить как → Книга Excel).",
                Fixtures.reason(ole2(dir.resolve("old.xls"), "Book")));
        assertEquals("Файл не является таблицей Excel или LibreOffice: это документ Word 97–2003 (.doc).",
                Fixtures.reason(ole2(dir.resolve("letter.xls"), "WordDocument")));
        assertEquals("Файл не является таблицей Excel или LibreOffice: это презентация PowerPoint 97–2003 (.ppt).",
                Fixtures.reason(ole2(dir.resolve("slides.xls"), "PowerPoint Document")));
        assertEquals("Файл повреждён: не удаётся прочитать книгу Excel 97–2003 (.xls). Откройте его в Excel и "
                + "сохраните как .xlsx (Файл → Сохранить как → Книга Excel).",
                Fixtures.reason(ole2(dir.resolve("garbage.xls"), "Workbook")));
    }

    /** An OLE2 container with one stream of junk bytes under the given name. */
    private static Path ole2(Path file, String streamName) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}), streamName);
            fs.writeFilesystem(out);
        }
        return file;
    }
}
