package ru.vprsvod.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.BiConsumer;
import java.util.function.Function;
import ru.vprsvod.recheck.RecheckComparison;
import ru.vprsvod.reference.Requisites;
import ru.vprsvod.reference.School;
import ru.vprsvod.russian.RussianFormat;
import ru.vprsvod.statistics.Percent;
import ru.vprsvod.workbook.XlsxBook;
import ru.vprsvod.workbook.XlsxCell;
import ru.vprsvod.workbook.XlsxSheet;

/**
 * The re-check's results going back (Порядок, п. 6.11: the commission's protocol goes to the coordinator and on to
 * the school): each school's own workbook with its works only — which changed, by how much, whether the mark held —,
 * and the department's summary by school on the consolidated workbook. Both are made from the same
 * {@link RecheckComparison} the report and report.json show.
 */
public final class RecheckResultsBook {

    private RecheckResultsBook() {
    }

    /** The school's own workbook «Итоги перепроверки ВПР 2026.xlsx». */
    public static void write(OutputStream out, Path temporaryRoot, int year, School school, RecheckComparison part,
                             Requisites requisites, Instant generatedAt, ZoneId zone) throws IOException {
        try (XlsxBook book = new XlsxBook(temporaryRoot)) {
            XlsxSheet sheet = book.sheet("Итоги перепроверки");
            sheet.title("Итоги муниципальной перепроверки работ ВПР " + year + " г.: " + school.name() + " (" + school.login() + ")");
            sheet.subtitle(requisites.bodyName() + "; сформировано " + RussianFormat.dateTime(generatedAt, zone));
            sheet.subtitle(totals(part));
            for (String note : part.notes()) {
                sheet.subtitle("Примечание: " + note + ".");
            }
            sheet.skipRows(1);
            sheet.columns(24, 14, 11, 11, 10, 11, 11, 16, 30);
            sheet.header("Работа", "Код участника", "Балл школы", "Балл комиссии", "Разница баллов", "Отметка школы",
                    "Отметка комиссии", "Отметка", "Задания с другим баллом");
            sheet.freezeHeader().autoFilter().printLandscapeOnePageWide();
            for (RecheckComparison.Compared w : part.works()) {
                sheet.row(w.work().title(), w.code(), (long) w.scoreBefore(), (long) w.scoreAfter(),
                        signed(w.scoreAfter() - w.scoreBefore()), (long) w.markBefore(),
                        XlsxCell.integer(w.markAfter()).highlighted(w.markAfter() != w.markBefore()), held(w),
                        w.changedTasks().isEmpty() ? "—" : String.join(", ", w.changedTasks()));
            }
            book.write(out);
        }
    }

    /** The department's sheet: one row per school whose works came back, and the district's total. */
    static void summary(XlsxSheet sheet, RecheckComparison all, Function<String, String> names, BiConsumer<XlsxSheet, String> titles) {
        titles.accept(sheet, "Итоги перепроверки по школам (каждая школа получает свою часть в своей папке исходящих)");
        sheet.columns(34, 12, 14, 12, 12, 11, 11, 16);
        sheet.header("Школа", "Логин", "Перепроверено работ", "Изменены баллы", "Изменены отметки", "Понижены", "Повышены",
                "Отметка подтверждена, %");
        sheet.freezeHeader().autoFilter().printLandscapeOnePageWide();
        for (String login : all.schools()) {
            RecheckComparison c = all.ofSchool(login);
            sheet.row(names.apply(login), login, (long) c.works().size(), c.changedScores(), c.changedMarks(), c.lowered(),
                    c.raised(), XlsxCell.percent(c.heldPercent() / 100).highlighted(c.changedMarks() > 0));
        }
        sheet.totalRow("Итого по району", "", (long) all.works().size(), all.changedScores(), all.changedMarks(), all.lowered(),
                all.raised(), XlsxCell.percent(all.heldPercent() / 100));
    }

    /** «Перепроверено работ: 3; изменены баллы: 1; …; отметка подтвердилась у 2 из 3 работ (66,7 %).» */
    public static String totals(RecheckComparison c) {
        long held = c.works().size() - c.changedMarks();
        return "Перепроверено работ: " + c.works().size() + "; изменены баллы: " + c.changedScores() + "; изменены отметки: "
                + c.changedMarks() + " (понижены: " + c.lowered() + ", повышены: " + c.raised() + "); отметка подтвердилась у "
                + held + " из " + RussianFormat.count(c.works().size(), "работы", "работ", "работ") + " ("
                + RussianFormat.decimal1(Percent.round1(c.heldPercent())) + "\u00a0%).";
    }

    /** «подтверждена», «понижена на 1», «повышена на 1». */
    public static String held(RecheckComparison.Compared w) {
        int d = w.markAfter() - w.markBefore();
        return d == 0 ? "подтверждена" : (d < 0 ? "понижена на " : "повышена на ") + Math.abs(d);
    }

    /** «+2», «−1», «0». */
    public static String signed(int d) {
        return d > 0 ? "+" + d : d < 0 ? "\u2212" + (-d) : "0";
    }
}
