package ru.vprsvod.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import ru.vprsvod.checks.Findings;
import ru.vprsvod.lowresults.LowResults;
import ru.vprsvod.lowresults.LowResultsHistory;
import ru.vprsvod.workbook.XlsxBook;
import ru.vprsvod.workbook.XlsxCell;
import ru.vprsvod.workbook.XlsxSheet;

/**
 * The low-results sheets of the consolidated workbook, apart from the objectivity sheets: the year's schools with
 * every work above the threshold («Низкие результаты»), and which schools were on the list in which years («История
 * низких результатов», by the rules in force now, like the index history).
 */
final class LowResultsSheets {

    private LowResultsSheets() {
    }

    static void write(XlsxBook book, int year, Findings findings, BiConsumer<XlsxSheet, String> titles) {
        LowResultsHistory history = findings.lowResults();
        LowResults low = history.year(year).orElse(null);
        if (low == null) {
            return;
        }
        XlsxSheet sheet = book.sheet("Низкие результаты");
        titles.accept(sheet, "Школы с низкими результатами (Порядок, п.\u00a07.4; не признак необъективности)");
        sheet.subtitle("Правило: " + low.ruleText() + "; учитываются работы, которые писали не менее "
                + low.minimumPresent() + " участников. Пороги — на листе «Правила».");
        sheet.skipRows(1);
        sheet.columns(34, 12, 24, 10, 10, 12, 12);
        sheet.header("Школа", "Логин", "Работа", "Писали", "«2», %", "«2» по району, %", "Разница, п. п.");
        sheet.freezeHeader().autoFilter().printLandscapeOnePageWide();
        for (LowResults.LowWork w : low.works()) {
            sheet.row(w.school().school().name(), w.school().school().login(), w.work().spec().work().title(),
                    (long) w.school().stats().present(), XlsxCell.percent(w.share() / 100), XlsxCell.percent(w.district() / 100),
                    XlsxCell.decimal(w.shownExcess()));
        }
        if (low.isEmpty()) {
            sheet.row("Школ с низкими результатами нет.");
        }

        List<Integer> years = history.years().stream().filter(y -> y <= year).toList();
        XlsxSheet past = book.sheet("История низких результатов");
        titles.accept(past, "Школы с низкими результатами по годам (число работ с низкими результатами; выделено — в перечне)");
        double[] widths = new double[3 + years.size()];
        widths[0] = 34;
        widths[1] = 12;
        for (int i = 2; i < widths.length - 1; i++) {
            widths[i] = 10;
        }
        widths[widths.length - 1] = 12;
        past.columns(widths);
        List<String> header = new ArrayList<>(List.of("Школа", "Логин"));
        years.forEach(y -> header.add(String.valueOf(y)));
        header.add("Лет в перечне");
        past.header(header.toArray(String[]::new));
        past.freezeHeader().autoFilter().printLandscapeOnePageWide();
        boolean any = false;
        for (LowResultsHistory.Row r : history.rows()) {
            long on = r.years().stream().filter(y -> y <= year).count();
            if (on == 0) {
                continue;
            }
            any = true;
            List<Object> row = new ArrayList<>(List.of(r.school().name(), r.school().login()));
            for (int y : years) {
                row.add(r.listed(y) ? XlsxCell.integer(r.worksByYear().get(y)).asHighlighted() : XlsxCell.text("—"));
            }
            row.add(on);
            past.row(row.toArray());
        }
        if (!any) {
            past.row("Ни в одном году школ с низкими результатами не было.");
        }
    }
}
