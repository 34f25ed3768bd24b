package ru.vprsvod.schedule;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.School;
import ru.vprsvod.reference.WorkSpec;
import ru.vprsvod.russian.RussianFormat;
import ru.vprsvod.workbook.XlsxBook;
import ru.vprsvod.workbook.XlsxCell;
import ru.vprsvod.workbook.XlsxSheet;
import ru.vprsvod.workbook.XlsxValidation;

/**
 * The blank «График проведения ВПР» a school fills in: one row ready for each work of the year the school is
 * expected to write (its grades on the reference's «Школы» sheet), spare rows below, and Excel data validation
 * on entry cells — dates within the period, subjects from the reference's list, grades the school teaches — so
 * that {@link ScheduleReader} reads it back and most mistakes cannot be typed in the first place.
 */
public final class ScheduleForm {

    /** Spare rows below the prefilled ones, for a work written on two dates by different classes. */
    static final int SPARE_ROWS = 20;

    private ScheduleForm() {
    }

    /** «edu990001_График_ВПР_2026.xlsx». */
    public static String fileName(School school, int year) {
        return school.login() + "_График_ВПР_" + year + ".xlsx";
    }

    /** The works of the campaign year the school is expected to write, by grade then subject. */
    public static List<WorkSpec> expectedWorks(Reference reference, School school) {
        return reference.specs(reference.campaignYear()).stream()
                .filter(s -> school.grades().contains(s.work().grade())).toList();
    }

    public static void write(OutputStream out, Reference reference, School school, Instant madeAt, ZoneId zone,
                             Path temporaryRoot) throws IOException {
        int year = reference.campaignYear();
        Optional<LocalDate> end = reference.requisites().optionalPeriodEnd();
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = end.orElse(LocalDate.of(year, 12, 31));
        List<WorkSpec> works = expectedWorks(reference, school);
        try (XlsxBook book = new XlsxBook(temporaryRoot)) {
            XlsxSheet sheet = book.sheet("График");
            sheet.columns(14, 28, 11, 30);
            sheet.title("График проведения ВПР " + year);
            // «Логин ОО» and the login right of it: what ScheduleReader looks for above the table.
            sheet.row("Логин ОО", school.login());
            sheet.row("Школа", school.name());
            sheet.row(XlsxCell.note("По строке на работу: дата проведения (" + (end.isPresent()
                    ? "с " + RussianFormat.date(first) + " по " + RussianFormat.date(last) : "в " + year + " году")
                    + ") и классы, которые её пишут, через запятую: «4А, 4Б». Если классы пишут работу в разные дни —"
                    + " по строке на каждый день. Бланк сформирован " + RussianFormat.dateTime(madeAt, zone) + "."));
            sheet.header("Дата", "Предмет", "Параллель", "Классы");
            sheet.freezeHeader();
            int firstRow = sheet.nextRow();
            for (WorkSpec spec : works) {
                sheet.row(XlsxCell.empty(), spec.work().subject(), spec.work().grade(), XlsxCell.empty());
            }
            int lastRow = firstRow + works.size() + SPARE_ROWS - 1;
            sheet.validation(XlsxValidation.dateBetween(first, last), firstRow, lastRow, 0, 0);
            String[] subjects = reference.specs(year).stream().map(s -> s.work().subject()).distinct().sorted()
                    .toArray(String[]::new);
            if (subjects.length > 0) {
                sheet.validation(XlsxValidation.list(subjects), firstRow, lastRow, 1, 1);
            }
            int[] grades = works.stream().mapToInt(s -> s.work().grade()).toArray();
            if (grades.length > 0) {
                int min = java.util.Arrays.stream(grades).min().getAsInt();
                int max = java.util.Arrays.stream(grades).max().getAsInt();
                sheet.validation(XlsxValidation.wholeNumber(min, max).withError("Нет такой параллели",
                        "Параллель работы — целое число от " + min + " до " + max + "."), firstRow, lastRow, 2, 2);
            }
            book.write(out);
        }
    }
}
