package ru.vprsvod.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.School;
import ru.vprsvod.schedule.ScheduleForm;

/**
 * The product's own «График» blank of a school, filled in with POI as a clerk fills it in Excel: a date and classes
 * in the prefilled row of each work (subject, grade), the rows of works not listed deleted, more rows in the spares.
 */
public final class FilledSchedule {

    /** One row as the clerk types it. */
    public record Line(LocalDate date, String subject, int grade, String classes) {
    }

    private final Reference reference;
    private final School school;
    private final List<Line> lines = new ArrayList<>();

    public FilledSchedule(Reference reference, String login) {
        this.reference = reference;
        this.school = reference.school(login).orElseThrow();
    }

    public FilledSchedule line(LocalDate date, String subject, int grade, String classes) {
        lines.add(new Line(date, subject, grade, classes));
        return this;
    }

    /** The blank filled in, as bytes of an .xlsx. */
    public byte[] bytes(Path temporaryRoot) {
        try {
            ByteArrayOutputStream blank = new ByteArrayOutputStream();
            ScheduleForm.write(blank, reference, school, Instant.parse("2026-03-02T07:00:00Z"), MutableClock.MOSCOW, temporaryRoot);
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(blank.toByteArray()))) {
                XSSFSheet sheet = wb.getSheet("График");
                int header = 0;
                while (sheet.getRow(header) == null || sheet.getRow(header).getCell(0) == null
                        || !"Дата".equals(sheet.getRow(header).getCell(0).getStringCellValue())) {
                    header++;
                }
                CellStyle dated = wb.createCellStyle();
                dated.setDataFormat(wb.createDataFormat().getFormat("dd.mm.yyyy"));
                // Clear the prefilled rows, then type ours from the first.
                for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                    if (sheet.getRow(r) != null) {
                        sheet.removeRow(sheet.getRow(r));
                    }
                }
                int r = header + 1;
                for (Line line : lines) {
                    XSSFRow row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(line.date());
                    row.getCell(0).setCellStyle(dated);
                    row.createCell(1).setCellValue(line.subject());
                    row.createCell(2).setCellValue(line.grade());
                    row.createCell(3).setCellValue(line.classes());
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                wb.write(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param temporaryRoot where the workbook writer may keep its temporary files (not the inbox) */
    public Path write(Path file, Path temporaryRoot) {
        try {
            byte[] bytes = bytes(temporaryRoot);
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(bytes);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
