package ru.vprsvod.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The format comes from the content; whatever else a file is, the sender is told what it looks like. */
class FormatDetectionTest {

    private static final String NOT_A_TABLE = "Файл не является таблицей Excel или LibreOffice: ";
    private static final String SAVE_AS = "Откройте его в Excel и сохраните как .xlsx (Файл → Сохранить как → Книга Excel).";

    @TempDir
    Path dir;

    @Test
    void emptyFile() {
        assertEquals("Файл пустой (0 байт).", Fixtures.reason(Fixtures.bytes(dir.resolve("results.xlsx"), new byte[0])));
    }

    @Test
    void textAndCsvRenamedAsWorkbooks() {
        Path txt = Fixtures.text(dir.resolve("results.xlsx"), "Просто заметка, а не таблица.\n");
        Path csv = Fixtures.bytes(dir.resolve("results.xls"),
                "Код;ФИО;Балл\n1001;Иванов;5\n".getBytes(Charset.forName("windows-1251")));

        assertEquals(NOT_A_TABLE + "это текстовый файл (возможно, CSV). " + SAVE_AS, Fixtures.reason(txt));
        assertEquals(NOT_A_TABLE + "это текстовый файл (возможно, CSV). " + SAVE_AS, Fixtures.reason(csv));
    }

    @Test
    void pdfImageAndArchives() {
        Path pdf = Fixtures.bytes(dir.resolve("results.xlsx"), "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(Charset.forName("ISO-8859-1")));
        Path png = Fixtures.bytes(dir.resolve("scan.xlsx"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});
        Path rar = Fixtures.bytes(dir.resolve("packed.xlsx"), new byte[] {'R', 'a', 'r', '!', 0x1A, 0x07, 0x01, 0});

        assertEquals(NOT_A_TABLE + "это документ PDF. Отправьте исходную таблицу (.xlsx), а не её печатную форму.",
                Fixtures.reason(pdf));
        assertEquals(NOT_A_TABLE + "это изображение (PNG). Отправьте саму таблицу (.xlsx), а не её снимок или скан.",
                Fixtures.reason(png));
        assertEquals(NOT_A_TABLE + "это архив RAR. Распакуйте его и отправьте саму таблицу.", Fixtures.reason(rar));
    }

    @Test
    void htmlAndXml2003SavedWithASpreadsheetName() {
        Path html = Fixtures.text(dir.resolve("export.xls"), "\uFEFF<html><body><table><tr><td>1</td></tr></table></body></html>");
        Path xml2003 = Fixtures.text(dir.resolve("export2003.xls"), """
                <?xml version="1.0"?>
                <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="1"/></Workbook>
                """);

        assertEquals(NOT_A_TABLE + "это веб-страница (HTML), сохранённая под именем таблицы. " + SAVE_AS, Fixtures.reason(html));
        assertEquals("Файл сохранён в формате «Таблица XML 2003», который не поддерживается: откройте его в Excel "
                + "и сохраните как .xlsx (Файл → Сохранить как → Книга Excel).", Fixtures.reason(xml2003));
    }

    @Test
    void wordAndPowerPointDocumentsRenamedAsWorkbooks() throws IOException {
        Path docx = dir.resolve("results.xlsx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            doc.createParagraph().createRun().setText("Отчёт");
            doc.write(out);
        }
        Path pptx = dir.resolve("slides.xlsx");
        try (XMLSlideShow show = new XMLSlideShow(); OutputStream out = Files.newOutputStream(pptx)) {
            show.createSlide();
            show.write(out);
        }

        assertEquals(NOT_A_TABLE + "это документ Word (.docx).", Fixtures.reason(docx));
        assertEquals(NOT_A_TABLE + "это презентация PowerPoint (.pptx).", Fixtures.reason(pptx));
    }

    @Test
    void binaryWorkbookAndPlainZip() {
        Path xlsb = Fixtures.zip(dir.resolve("results.xlsx"), Fixtures.entries("[Content_Types].xml", """
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                 <Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>
                </Types>
                """, "xl/workbook.bin", new byte[] {1, 2, 3}));
        Path zip = Fixtures.zip(dir.resolve("packed.xlsx"), Fixtures.entries("школа/результаты.xlsx", new byte[] {1, 2, 3}));

        assertEquals("Формат .xlsb (двоичная книга Excel) не поддерживается: сохраните файл как .xlsx "
                + "(Файл → Сохранить как → Книга Excel).", Fixtures.reason(xlsb));
        assertEquals(NOT_A_TABLE + "это ZIP-архив. Распакуйте его и отправьте саму таблицу.", Fixtures.reason(zip));
    }

    @Test
    void encryptedXlsxAsksToRemoveThePassword() throws Exception {
        Path file = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("пароль");
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream data = encryptor.getDataStream(fs)) {
                wb.createSheet("Лист1").createRow(0).createCell(0).setCellValue(1);
                wb.write(data);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        String reason = Fixtures.reason(file);

        assertEquals("Файл защищён паролем: снимите пароль на открытие (Файл → Сведения → Защита книги) "
                + "и отправьте файл ещё раз.", reason);
    }

    @Test
    void truncatedXlsxIsABrokenArchive() throws IOException {
        Path whole = Fixtures.write(dir.resolve("whole.xlsx"), new XSSFWorkbook(),
                wb -> wb.createSheet("Лист1").createRow(0).createCell(0).setCellValue(1));
        byte[] bytes = Files.readAllBytes(whole);
        Path half = Fixtures.bytes(dir.resolve("half.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        Path halfOds = Fixtures.bytes(dir.resolve("half.ods"), Arrays.copyOf(bytes, bytes.length / 2));

        assertEquals("Файл повреждён: не удаётся прочитать архив .xlsx. Откройте его в Excel и сохраните заново.",
                Fixtures.reason(half));
        assertEquals("Файл повреждён: не удаётся прочитать архив .ods. Откройте его в LibreOffice Calc и сохраните заново.",
                Fixtures.reason(halfOds), "the name only chooses which program to recommend");
    }

    @Test
    void strictOpenXmlIsNamed() {
        Path file = Fixtures.zip(dir.resolve("strict.xlsx"), Fixtures.xlsxEntries(
                "http://purl.oclc.org/ooxml/spreadsheetml/main",
                "<worksheet xmlns=\"http://purl.oclc.org/ooxml/spreadsheetml/main\"><sheetData/></worksheet>", null));

        assertEquals("Файл сохранён как «Электронная таблица в строгом формате Open XML», который не поддерживается: "
                + "откройте его в Excel и сохраните как .xlsx (Файл → Сохранить как → Книга Excel).", Fixtures.reason(file));
    }

    @Test
    void tooLargeFileIsRejectedBeforeReading() {
        Path file = Fixtures.bytes(dir.resolve("big.xlsx"), new byte[3 * 1024 * 1024 + 200 * 1024]);
        ReadLimits limits = new ReadLimits(2 * 1024 * 1024, 1 << 30, 100, 10, 100, 100, 1000);

        assertEquals("Файл слишком большой: 3,2 МБ, а допускается не больше 2 МБ.", Fixtures.reason(file, limits));
    }

    @Test
    void aMissingFileIsNotTheSendersFaultAndIsThrown() {
        assertThrows(UncheckedIOException.class, () -> Workbooks.read(dir.resolve("нет такого.xlsx"), ReadLimits.defaults()));
    }
}
