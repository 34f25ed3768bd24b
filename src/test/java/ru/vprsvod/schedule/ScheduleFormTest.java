package ru.vprsvod.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.ReferenceLoader;
import ru.vprsvod.reference.ReferenceReading;
import ru.vprsvod.reference.School;
import ru.vprsvod.reference.Work;
import ru.vprsvod.testing.ReferenceWorkbook;
import ru.vprsvod.workbook.WorkbookReading;
import ru.vprsvod.workbook.Workbooks;

class ScheduleFormTest {

    @TempDir
    Path dir;

    @Test
    void theBlankCarriesItsValidationsAndReadsBackOnceFilledIn() throws Exception {
        Reference reference = ((ReferenceReading.Loaded) ReferenceLoader.load(ReferenceWorkbook.example()
                .write(dir.resolve("справочник.xlsx")))).reference();
        School school = reference.school("edu990001").orElseThrow();
        Path blank = dir.resolve(ScheduleForm.fileName(school, 2026));
        try (OutputStream out = Files.newOutputStream(blank)) {
            ScheduleForm.write(out, reference, school, Instant.parse("2026-03-02T07:00:00Z"), ZoneId.of("Europe/Moscow"), dir);
        }
        assertEquals("edu990001_График_ВПР_2026.xlsx", blank.getFileName().toString());

        Path filled = dir.resolve("заполненный.xlsx");
        try (InputStream in = Files.newInputStream(blank); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("График");
            List<? extends DataValidation> validations = sheet.getDataValidations();
            assertEquals(3, validations.size(), "date, subject, grade");
            DataValidationConstraint date = validations.stream()
                    .filter(v -> v.getValidationConstraint().getValidationType() == DataValidationConstraint.ValidationType.DATE)
                    .findFirst().orElseThrow().getValidationConstraint();
            assertEquals("DATE(2026,1,1)", date.getFormula1());
            assertEquals("DATE(2026,5,20)", date.getFormula2());
            int header = 0;
            while (sheet.getRow(header) == null || sheet.getRow(header).getCell(0) == null
                    || !"Дата".equals(sheet.getRow(header).getCell(0).getStringCellValue())) {
                header++;
            }
            assertEquals("Логин ОО", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("edu990001", sheet.getRow(1).getCell(1).getStringCellValue());
            // The four works of 2026 in grades 4 and 5, prefilled under the header; the school types dates and classes.
            int h = header;
            List<String> works = List.of(h + 1, h + 2, h + 3, h + 4).stream().map(r -> sheet.getRow(r).getCell(1).getStringCellValue()
                    + " " + (int) sheet.getRow(r).getCell(2).getNumericCellValue()).toList();
            assertEquals(List.of("Математика 4", "Русский язык 4", "Математика 5", "Русский язык 5"), works);
            for (int r = h + 1; r <= h + 4; r++) {
                sheet.getRow(r).createCell(0).setCellValue(LocalDate.of(2026, 4, 19 + r - h));
                sheet.getRow(r).createCell(3).setCellValue((int) sheet.getRow(r).getCell(2).getNumericCellValue() + "А");
            }
            try (OutputStream out = Files.newOutputStream(filled)) {
                wb.write(out);
            }
        }
        WorkbookReading.Opened opened = (WorkbookReading.Opened) Workbooks.read(filled);
        ScheduleReader.Reading reading = ScheduleReader.find("заполненный.xlsx", opened.workbook(), reference).orElseThrow();
        assertEquals(List.of(), reading.problems());
        assertEquals(List.of(
                new Sitting("edu990001", LocalDate.of(2026, 4, 20), new Work(2026, "Математика", 4), List.of("4А")),
                new Sitting("edu990001", LocalDate.of(2026, 4, 21), new Work(2026, "Русский язык", 4), List.of("4А")),
                new Sitting("edu990001", LocalDate.of(2026, 4, 22), new Work(2026, "Математика", 5), List.of("5А")),
                new Sitting("edu990001", LocalDate.of(2026, 4, 23), new Work(2026, "Русский язык", 5), List.of("5А"))),
                reading.sittings());
    }
}
