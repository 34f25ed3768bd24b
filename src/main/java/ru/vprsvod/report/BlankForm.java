package ru.vprsvod.report;

import ru.vprsvod.russian.RussianFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import ru.vprsvod.reference.School;
import ru.vprsvod.reference.Task;
import ru.vprsvod.reference.Work;
import ru.vprsvod.reference.WorkSpec;
import ru.vprsvod.workbook.XlsxBook;
import ru.vprsvod.workbook.XlsxCell;
import ru.vprsvod.workbook.XlsxSheet;
import ru.vprsvod.workbook.XlsxValidation;

/**
 * A blank results form for one school and one work, handed out on the web page: the FIS OKO «Протокол» layout
 * with the work's task columns and maxima from the reference, Excel data validation on every entry cell (points
 * 0..max or «Х», journal marks 2..5), and a protected «Сведения» sheet naming the school and the work, so that
 * our own reader knows them whatever the file is later called. Most mistakes cannot be typed in the first place.
 */
public final class BlankForm {

    /** Rows ready for participants; Excel checks input only where a rule was placed. */
    static final int ROWS = 150;
    static final String JOURNAL_MARK = "Отметка за предыдущий триместр/ четверть/полугодие";

    private BlankForm() {
    }

    /** «edu990001_Математика_4_2026.xlsx»: the name our reader also understands (README, «Файл школы»). */
    public static String fileName(School school, Work work) {
        return school.login() + "_" + work.subject().replace(' ', '_') + "_" + work.grade() + "_" + work.year() + ".xlsx";
    }

    /** Whether a form can be made: without the reference's task list the task columns are unknown. */
    public static boolean available(WorkSpec spec) {
        return spec.hasTasks();
    }

    public static void write(OutputStream out, WorkSpec spec, School school, Instant madeAt, ZoneId zone,
                             Path temporaryRoot) throws IOException {
        if (!available(spec)) {
            throw new IllegalArgumentException("no tasks in the reference for " + spec.work());
        }
        Work work = spec.work();
        try (XlsxBook book = new XlsxBook(temporaryRoot)) {
            protocol(book.sheet("Протокол"), spec, school);
            XlsxSheet about = book.sheet("Сведения");
            about.columns(24, 70);
            about.title("Сведения о бланке");
            about.skipRows(1);
            // «Логин ОО», «Предмет», «Класс», «Год» are the labels the reader looks for (submission.KeyValues).
            about.row("Логин ОО", school.login());
            about.row("Наименование", school.name());
            about.row("Предмет", work.subject());
            about.row("Класс", work.grade());
            about.row("Год", work.year());
            about.row("Максимальный балл", spec.scale().maxScore());
            about.row("Шкала перевода", spec.scale().describe());
            about.row("Бланк сформирован", RussianFormat.dateTime(madeAt, zone) + ", программа «ВПР-Свод»");
            about.skipRows(1);
            about.row(XlsxCell.note("Этот лист заполнен программой и защищён: по нему программа узнаёт школу и работу."
                    + " Результаты вносятся на лист «Протокол»."));
            about.protect(UUID.randomUUID().toString());
            book.write(out);
        }
    }

    private static void protocol(XlsxSheet sheet, WorkSpec spec, School school) {
        Work work = spec.work();
        List<Task> tasks = spec.tasks();
        List<String> header = new ArrayList<>(List.of("Код", "Вариант"));
        double[] widths = new double[tasks.size() + 6];
        widths[0] = 10;
        widths[1] = 14;
        for (int t = 0; t < tasks.size(); t++) {
            header.add(tasks.get(t).code() + " (" + tasks.get(t).maxPoints() + "б)");
            widths[2 + t] = 8;
        }
        header.addAll(List.of("Класс", "Пол", JOURNAL_MARK, "Итого баллов"));
        int classColumn = 2 + tasks.size();
        widths[classColumn] = 8;
        widths[classColumn + 1] = 6;
        widths[classColumn + 2] = 18;
        widths[classColumn + 3] = 9;
        sheet.columns(widths);
        // «ВПР 2026 Математика 4 класс» is FIS OKO's own title, which the reader understands too.
        sheet.title("ВПР " + work.year() + " " + work.subject() + " " + work.grade() + " класс");
        sheet.subtitle(school.name() + " (" + school.login() + ")");
        sheet.subtitle("По строке на участника. Баллы — целые числа от 0 до максимума задания (в скобках) или «Х»,"
                + " если участник не приступал к заданию; отсутствовавшему — «отсутствовал» в столбце «Вариант».");
        sheet.skipRows(1);
        sheet.header(header.toArray(String[]::new));
        sheet.freezeHeader();
        int first = sheet.nextRow();
        int last = first + ROWS - 1;
        for (int t = 0; t < tasks.size(); t++) {
            sheet.validation(XlsxValidation.pointsOrAbsent(tasks.get(t).maxPoints()), first, last, 2 + t, 2 + t);
        }
        sheet.validation(XlsxValidation.list("м", "ж"), first, last, classColumn + 1, classColumn + 1);
        sheet.validation(XlsxValidation.wholeNumber(2, 5).withError("Недопустимая отметка",
                "Отметка по журналу — целое число от 2 до 5; оставьте ячейку пустой, если отметки нет."),
                first, last, classColumn + 2, classColumn + 2);
        sheet.validation(XlsxValidation.wholeNumber(0, spec.scale().maxScore()), first, last, classColumn + 3, classColumn + 3);
    }
}
