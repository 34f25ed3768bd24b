package ru.vprsvod.report;

import ru.vprsvod.russian.RussianFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import ru.vprsvod.checks.Findings;
import ru.vprsvod.checks.Flag;
import ru.vprsvod.checks.IndexPoint;
import ru.vprsvod.checks.RecheckSelection;
import ru.vprsvod.checks.Rule;
import ru.vprsvod.checks.SchoolFindings;
import ru.vprsvod.checks.SelectedWork;
import ru.vprsvod.checks.WorkFindings;
import ru.vprsvod.checks.YearFindings;
import ru.vprsvod.recheck.RecheckComparison;
import ru.vprsvod.reference.Setting;
import ru.vprsvod.workbook.XlsxBook;
import ru.vprsvod.workbook.XlsxCell;
import ru.vprsvod.workbook.XlsxHeader;
import ru.vprsvod.workbook.XlsxSheet;

/**
 * The objectivity sheets of the consolidated workbook: every sign with its explanation, the risk group with its
 * index and reasons, the index over the years, the works selected for the re-check with the seed and deadlines
 * (and what the re-check found, once protocols came back), and the rules in force with their sources.
 */
final class ObjectivitySheets {

    private final int year;
    private final YearFindings signs;
    private final Findings findings;
    private final BiConsumer<XlsxSheet, String> titles;

    ObjectivitySheets(int year, YearFindings signs, Findings findings, BiConsumer<XlsxSheet, String> titles) {
        this.year = year;
        this.signs = signs;
        this.findings = findings;
        this.titles = titles;
    }

    void write(XlsxBook book) {
        flags(book.sheet("Признаки"));
        riskGroup(book.sheet("Группа риска"));
        history(book.sheet("История индекса"));
        if (findings.recheck().year() == year) {
            recheck(book.sheet("Перепроверка"));
            if (!findings.recheckResults().works().isEmpty()) {
                recheckResults(book.sheet("Итоги перепроверки"));
                RecheckResultsBook.summary(book.sheet("Итоги перепроверки по школам"), findings.recheckResults(), login -> signs
                        .school(login).map(s -> s.school().name()).orElse(login), titles);
            }
        }
        rules(book.sheet("Правила"));
    }

    private void flags(XlsxSheet sheet) {
        titles.accept(sheet, "Признаки необъективности (каждый признак — повод для анализа, а не доказательство)");
        for (ru.vprsvod.checks.Skip k : signs.skipped()) {
            sheet.subtitle("Признак " + k.rule().name() + ": " + k.reason() + ".");
        }
        if (!signs.skipped().isEmpty()) {
            sheet.skipRows(1);
        }
        sheet.columns(34, 12, 22, 9, 30, 70, 50, 60);
        sheet.header("Школа", "Логин", "Работа", "Признак", "Название", "Пояснение", "Подробности", "Пороги (источник)");
        sheet.freezeHeader().autoFilter().printLandscapeOnePageWide();
        for (SchoolFindings s : signs.schools()) {
            for (Flag f : s.schoolFlags()) {
                sheet.row(flagRow(s, "школа в целом", f));
            }
            for (WorkFindings w : s.works()) {
                for (Flag f : w.flags()) {
                    sheet.row(flagRow(s, w.work().title(), f));
                }
            }
        }
    }

    private static Object[] flagRow(SchoolFindings s, String work, Flag f) {
        return new Object[] {s.school().name(), s.school().login(), work, f.rule().name(), f.rule().title(),
            XlsxCell.note(f.text()), XlsxCell.note(String.join("\n", f.details())),
            XlsxCell.note(String.join("\n", f.thresholds().stream().map(ObjectivityData::threshold).toList()))};
    }

    private void riskGroup(XlsxSheet sheet) {
        titles.accept(sheet, "Муниципальная группа риска");
        sheet.columns(6, 34, 12, 9, 6, 6, 6, 6, 6, 6, 90);
        List<XlsxHeader> header = new ArrayList<>(List.of(XlsxHeader.column("№"), XlsxHeader.column("Школа"),
                XlsxHeader.column("Логин"), XlsxHeader.column("Индекс")));
        header.add(XlsxHeader.group("Маркеры (работ с признаком)", "A", "B", "C", "D", "E", "F"));
        header.add(XlsxHeader.column("Причины включения"));
        sheet.header(header.toArray(XlsxHeader[]::new));
        sheet.freezeHeader().autoFilter().printLandscapeOnePageWide();
        int n = 1;
        for (SchoolFindings s : signs.riskGroup()) {
            List<Object> row = new ArrayList<>(List.of((long) n++, s.school().name(), s.school().login(),
                    XlsxCell.number(s.index().doubleValue(), ru.vprsvod.workbook.XlsxStyle.DECIMAL_1)));
            Map<Rule, Integer> markers = s.markers();
            for (Rule rule : Rule.values()) {
                Integer count = markers.get(rule);
                row.add(count == null ? null : XlsxCell.integer(count).asHighlighted());
            }
            row.add(XlsxCell.note(String.join("\n", s.riskReasons())));
            sheet.row(row.toArray());
        }
        if (signs.riskGroup().isEmpty()) {
            sheet.row("", "Группа риска не сформирована: ни одна школа не отвечает условиям включения.");
        }
        List<SchoolFindings> recommended = signs.recommended();
        if (!recommended.isEmpty()) {
            sheet.skipRows(1);
            sheet.row("", "Рекомендуется включить в перепроверку: школы вне группы риска с другими признаками");
            int m = 1;
            for (SchoolFindings s : recommended) {
                List<Object> row = new ArrayList<>(List.of((long) m++, s.school().name(), s.school().login(),
                        XlsxCell.number(s.index().doubleValue(), ru.vprsvod.workbook.XlsxStyle.DECIMAL_1)));
                Map<Rule, Integer> markers = s.markers();
                for (Rule rule : Rule.values()) {
                    Integer count = markers.get(rule);
                    row.add(count == null ? null : XlsxCell.integer(count));
                }
                row.add(XlsxCell.note("рекомендуется включить: " + String.join("\n", s.recommendReasons())));
                sheet.row(row.toArray());
            }
        }
    }

    private void history(XlsxSheet sheet) {
        titles.accept(sheet, "Индекс необъективности по годам (выделено — школа в группе риска)");
        TreeSet<Integer> years = new TreeSet<>();
        findings.years().forEach(y -> years.add(y.year()));
        double[] widths = new double[2 + years.size()];
        widths[0] = 34;
        widths[1] = 12;
        for (int i = 2; i < widths.length; i++) {
            widths[i] = 10;
        }
        sheet.columns(widths);
        List<String> header = new ArrayList<>(List.of("Школа", "Логин"));
        years.forEach(y -> header.add(String.valueOf(y)));
        sheet.header(header.toArray(String[]::new));
        sheet.freezeHeader().autoFilter().printLandscapeOnePageWide();
        for (SchoolFindings s : signs.schools()) {
            List<Object> row = new ArrayList<>(List.of(s.school().name(), s.school().login()));
            List<IndexPoint> points = findings.history(s.school().login());
            for (int y : years) {
                IndexPoint p = points.stream().filter(point -> point.year() == y).findFirst().orElse(null);
                row.add(p == null ? null : XlsxCell.number(p.index().doubleValue(), ru.vprsvod.workbook.XlsxStyle.DECIMAL_1)
                        .highlighted(p.riskGroup()));
            }
            sheet.row(row.toArray());
        }
    }

    private void recheck(XlsxSheet sheet) {
        RecheckSelection r = findings.recheck();
        titles.accept(sheet, "Работы, отобранные для муниципальной перепроверки");
        sheet.subtitle("Отобрано " + r.works().size() + " из " + r.districtWorks() + " работ района (требуется не менее "
                + r.required() + "); срок перепроверки — " + date(r.deadline()) + "; хранить работы и протоколы до "
                + date(r.keepUntil()) + ".");
        sheet.subtitle("Начальное число случайной выборки: " + r.seed() + " (" + r.seedOrigin() + ").");
        for (String note : r.notes()) {
            sheet.subtitle("Примечание: " + note);
        }
        for (ru.vprsvod.checks.RecommendedSchool s : r.recommended()) {
            sheet.subtitle("Рекомендуется включить: " + s.school().name() + " (" + s.school().login() + ") — "
                    + String.join("; ", s.reasons()) + (s.boundaryWorks() > 0 ? "; работ с баллом на границе отметки в работах с"
                    + " признаками — " + s.boundaryWorks() : "") + ".");
        }
        sheet.skipRows(1);
        sheet.columns(6, 34, 12, 18, 7, 14, 8, 8, 8, 8, 50);
        sheet.header("№", "Школа", "Логин", "Предмет", "Класс", "Код участника", "Класс (буква)", "Вариант", "Балл", "Отметка",
                "Почему отобрана");
        sheet.freezeHeader().autoFilter().printLandscapeOnePageWide();
        int n = 1;
        for (SelectedWork w : r.works()) {
            sheet.row((long) n++, w.school().name(), w.school().login(), w.work().subject(), w.work().grade(), w.code(),
                    w.className(), w.variant(), w.primaryScore(), w.mark(), XlsxCell.note(w.why()));
        }
    }

    private void recheckResults(XlsxSheet sheet) {
        RecheckComparison c = findings.recheckResults();
        titles.accept(sheet, "Итоги перепроверки: баллы и отметки школы и комиссии");
        sheet.subtitle("Перепроверено работ: " + c.works().size() + "; изменены баллы: " + c.changedScores()
                + "; изменены отметки: " + c.changedMarks() + " (понижены: " + c.lowered() + ", повышены: " + c.raised() + ").");
        for (String note : c.notes()) {
            sheet.subtitle("Примечание: " + note);
        }
        sheet.skipRows(1);
        sheet.columns(12, 18, 7, 14, 10, 10, 10, 10, 14, 30);
        sheet.header("Логин", "Предмет", "Класс", "Код участника", "Балл школы", "Балл комиссии", "Отметка школы",
                "Отметка комиссии", "Изменение", "Задания с другим баллом");
        sheet.freezeHeader().autoFilter().printLandscapeOnePageWide();
        for (RecheckComparison.Compared w : c.works()) {
            sheet.row(w.school(), w.work().subject(), w.work().grade(), w.code(), w.scoreBefore(), w.scoreAfter(),
                    w.markBefore(), XlsxCell.integer(w.markAfter()).highlighted(w.markAfter() != w.markBefore()),
                    w.direction(), String.join(", ", w.changedTasks()));
        }
    }

    private void rules(XlsxSheet sheet) {
        titles.accept(sheet, "Правила признаков необъективности, действующие при расчёте");
        sheet.columns(14, 70, 16, 8, 16, 60, 14, 14);
        sheet.header("Правило", "Параметр", "Предмет", "Класс", "Значение", "Источник", "По умолчанию", "Ячейка справочника");
        sheet.freezeHeader().autoFilter().printLandscapeOnePageWide();
        for (Setting s : findings.rules().all()) {
            sheet.row(s.parameter().rule(), XlsxCell.note(s.parameter().label()), s.subject(), s.grade() == 0 ? null : s.grade(),
                    ObjectivityData.value(s), XlsxCell.note(s.source()), XlsxCell.text(s.byDefault() ? "да" : "нет")
                            .highlighted(!s.byDefault()), s.cell());
        }
    }

    private static String date(java.time.LocalDate date) {
        return date == null ? "не определён (в «Реквизитах» нет даты окончания периода проведения ВПР)" : RussianFormat.date(date);
    }
}
