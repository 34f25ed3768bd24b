package ru.vprsvod.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.vprsvod.checks.SelectedWork;
import ru.vprsvod.commission.SubjectCommission;
import ru.vprsvod.reference.Expert;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.Task;
import ru.vprsvod.reference.Work;
import ru.vprsvod.reference.WorkSpec;
import ru.vprsvod.workbook.XlsxBook;
import ru.vprsvod.workbook.XlsxSheet;
import ru.vprsvod.workbook.XlsxValidation;

/**
 * The re-check protocol workbook of one expert (протокол перепроверки), pre-filled with the works assigned to them:
 * a sheet per work (subject and class), a row per participant code with the school, class and variant, and the
 * work's task columns left empty for the points after the re-check, with Excel validation. It is exactly what
 * {@code recheck.RecheckProtocol} reads back from the inbox: «перепроверка» in the sheet name and title, the columns
 * «Логин ОО», «Предмет», «Класс», «Год», «Код участника» and «1 (1б)»-style task headers. The school's own points are
 * not shown: the expert checks afresh, the program compares.
 */
public final class RecheckBlank {

    /** A sheet name with the class: «Перепроверка 4 класс» (the reader recognises the word, Excel allows 31 characters). */
    static String sheetName(Work work) {
        return "Перепроверка " + work.grade() + " класс";
    }

    private RecheckBlank() {
    }

    /** What the blank is made from, for deciding whether to write it again. */
    public static String fingerprint(SubjectCommission commission, Expert expert, Reference reference) {
        StringBuilder b = new StringBuilder("blank-v1|").append(commission.subject()).append('|').append(expert.name())
                .append('|').append(expert.school()).append('|').append(commission.chair().map(Expert::name).orElse(""));
        for (SelectedWork w : commission.worksOf(expert)) {
            b.append('|').append(w.school().login()).append(',').append(w.school().name()).append(',').append(w.work())
                    .append(',').append(w.code()).append(',').append(w.className()).append(',').append(w.variant());
            reference.spec(w.work()).ifPresent(s -> s.tasks().forEach(t -> b.append(';').append(t.code()).append(t.maxPoints())));
        }
        return b.toString();
    }

    public static void write(OutputStream out, SubjectCommission commission, Expert expert, Reference reference,
                             Path temporaryRoot) throws IOException {
        Map<Work, List<SelectedWork>> byWork = new LinkedHashMap<>();
        commission.worksOf(expert).stream().sorted(java.util.Comparator.comparing((SelectedWork w) -> w.work().grade()))
                .forEach(w -> byWork.computeIfAbsent(w.work(), k -> new ArrayList<>()).add(w));
        try (XlsxBook book = new XlsxBook(temporaryRoot)) {
            for (Map.Entry<Work, List<SelectedWork>> e : byWork.entrySet()) {
                sheet(book.sheet(sheetName(e.getKey())), e.getKey(), reference.spec(e.getKey()).orElse(null), e.getValue(),
                        commission, expert, reference);
            }
            if (byWork.isEmpty()) {
                XlsxSheet empty = book.sheet("Перепроверка");
                empty.title("Протокол перепроверки: эксперту не распределено ни одной работы");
            }
            book.write(out);
        }
    }

    private static void sheet(XlsxSheet sheet, Work work, WorkSpec spec, List<SelectedWork> works, SubjectCommission commission,
                              Expert expert, Reference reference) {
        List<Task> tasks = spec == null ? List.of() : spec.tasks();
        List<String> header = new ArrayList<>(List.of("Логин ОО", "Школа", "Предмет", "Класс", "Год", "Класс участника",
                "Вариант", "Код участника"));
        int fixed = header.size();
        double[] widths = new double[fixed + tasks.size()];
        double[] fixedWidths = {12, 30, 14, 7, 7, 10, 9, 11};
        System.arraycopy(fixedWidths, 0, widths, 0, fixed);
        for (int t = 0; t < tasks.size(); t++) {
            header.add(tasks.get(t).code() + " (" + tasks.get(t).maxPoints() + "б)");
            widths[fixed + t] = 8;
        }
        sheet.columns(widths);
        sheet.title("Протокол перепроверки работ участников ВПР " + work.year() + ": " + work.subject() + ", " + work.grade()
                + " класс");
        sheet.subtitle("Эксперт: " + expert.name() + " (" + CommissionDirective.schoolName(expert.school(), reference) + ")"
                + commission.chair().filter(c -> !c.equals(expert)).map(c -> "; председатель предметной комиссии: " + c.name())
                .orElse(commission.chair().isPresent() ? "; председатель предметной комиссии" : ""));
        sheet.subtitle("Внесите баллы за каждое задание после перепроверки: целое число от 0 до максимума задания (в скобках)"
                + " или «Х», если участник не приступал к заданию. Пустых ячеек баллов не оставляйте. Не меняйте столбцы"
                + " слева от баллов и заголовки: по ним программа находит работу и сравнивает баллы с баллами школы.");
        if (tasks.isEmpty()) {
            sheet.subtitle("В справочнике нет заданий этой работы (лист «Задания»): добавьте столбцы заданий вида «1 (1б)»"
                    + " вручную или заполните лист «Задания» — бланк будет сформирован заново.");
        }
        sheet.skipRows(1);
        sheet.header(header.toArray(String[]::new));
        sheet.freezeHeader();
        int first = sheet.nextRow();
        for (SelectedWork w : works) {
            Object[] row = new Object[fixed + tasks.size()];
            row[0] = w.school().login();
            row[1] = w.school().name();
            row[2] = work.subject();
            row[3] = work.grade();
            row[4] = Integer.toString(work.year()); // text: the integer style groups digits, «2 026»
            row[5] = w.className();
            row[6] = w.variant();
            row[7] = w.code(); // text: codes may start with zeros
            sheet.row(row);
        }
        int last = sheet.nextRow() - 1;
        for (int t = 0; t < tasks.size() && last >= first; t++) {
            sheet.validation(XlsxValidation.pointsOrAbsent(tasks.get(t).maxPoints()), first, last, fixed + t, fixed + t);
        }
        sheet.printLandscapeOnePageWideRepeatingTitles();
    }
}
