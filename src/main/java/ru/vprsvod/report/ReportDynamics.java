package ru.vprsvod.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.vprsvod.consolidation.Campaign;
import ru.vprsvod.consolidation.WorkResults;
import ru.vprsvod.lowresults.LowResults;
import ru.vprsvod.lowresults.LowResultsHistory;
import ru.vprsvod.reference.Work;
import ru.vprsvod.russian.RussianFormat;
import ru.vprsvod.statistics.Percent;
import ru.vprsvod.statistics.WorkStats;

/**
 * The parts of the analytical report that compare figures: the district's results of each work against the same work
 * a year earlier, and the schools with low results — a share of «2» well above the district's on a work (the Порядок's
 * analysis asks for both, п. 7.1 and 7.4).
 */
final class ReportDynamics {

    /** How a figure of the district changed from one year to the next. */
    record Change(Work work, String indicator, double before, double after) {
        double delta() {
            return after - before;
        }

        /** The change of the figures as printed (each rounded to one decimal), so the table adds up for a reader. */
        double shownDelta() {
            return Percent.round1(after) - Percent.round1(before);
        }
    }

    private ReportDynamics() {
    }

    /** Every work of this year with district results in both years, and how each figure changed. */
    static List<List<Change>> changes(Campaign current, Campaign previous) {
        List<List<Change>> out = new ArrayList<>();
        if (previous == null) {
            return out;
        }
        for (WorkResults w : current.works()) {
            Optional<WorkResults> before = earlier(w, previous);
            if (w.schools().isEmpty() || before.isEmpty()) {
                continue;
            }
            WorkStats now = w.district();
            WorkStats then = before.get().district();
            List<Change> changes = new ArrayList<>();
            changes.add(new Change(w.spec().work(), "Доля «2», %", then.markPercent(2), now.markPercent(2)));
            changes.add(new Change(w.spec().work(), "Качество, %", then.quality(), now.quality()));
            changes.add(new Change(w.spec().work(), "Успеваемость, %", then.success(), now.success()));
            if (w.spec().scale().maxScore() == before.get().spec().scale().maxScore()) {
                changes.add(new Change(w.spec().work(), "Средний балл", then.meanScore(), now.meanScore()));
            }
            out.add(changes);
        }
        return out;
    }

    /** The same subject and grade a year earlier, when the district has results of it. */
    private static Optional<WorkResults> earlier(WorkResults w, Campaign previous) {
        Work work = w.spec().work();
        return previous.works().stream().filter(p -> !p.schools().isEmpty() && p.spec().work().subject().equals(work.subject())
                && p.spec().work().grade() == work.grade()).findFirst();
    }

    /** The works of this year that have no results a year earlier: «Математика, 5 класс». */
    static List<String> withoutEarlier(Campaign current, Campaign previous) {
        List<String> out = new ArrayList<>();
        for (WorkResults w : current.works()) {
            if (!w.schools().isEmpty() && (previous == null || earlier(w, previous).isEmpty())) {
                out.add(w.spec().work().title());
            }
        }
        return out;
    }

    /** The dynamics as document data: per work its title and rows {показатель, было, стало, изменение}. */
    static List<Map<String, Object>> data(List<List<Change>> changes) {
        List<Map<String, Object>> works = new ArrayList<>();
        for (List<Change> work : changes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("работа", work.get(0).work().title());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Change c : work) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("показатель", c.indicator());
                row.put("было", RussianFormat.decimal1(c.before()));
                row.put("стало", RussianFormat.decimal1(c.after()));
                row.put("изменение", signed(c.shownDelta()) + (c.indicator().endsWith("%") ? " п. п." : ""));
                rows.add(row);
            }
            m.put("показатели", rows);
            works.add(m);
        }
        return works;
    }

    /** «+2,3», «−0,4», «0,0»; «—» when a figure is undefined. */
    static String signed(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        double rounded = Percent.round1(value);
        String digits = RussianFormat.decimal1(Math.abs(rounded));
        return rounded > 0 ? "+" + digits : rounded < 0 ? "−" + digits : digits;
    }

    static List<Map<String, Object>> lowData(LowResults low) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LowResults.LowWork l : low.works()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("название", l.school().school().name());
            m.put("логин", l.school().school().login());
            m.put("работа", l.work().spec().work().title());
            m.put("писали", l.school().stats().present());
            m.put("доля2", RussianFormat.decimal1(l.share()));
            m.put("район", RussianFormat.decimal1(l.district()));
            m.put("разница", signed(l.shownExcess()));
            rows.add(m);
        }
        return rows;
    }

    /**
     * The schools on the low-results list in any year up to {@code year} (by today's rules, like the index history):
     * the years each was on it and how many of its works were low in {@code year}. Empty with fewer than two years of
     * data, where the history would only repeat the year's own table.
     */
    static List<Map<String, Object>> lowHistory(LowResultsHistory history, int year) {
        List<Integer> years = history.years().stream().filter(y -> y <= year).toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        if (years.size() < 2) {
            return rows;
        }
        for (LowResultsHistory.Row r : history.rows()) {
            List<Integer> on = r.years().stream().filter(y -> y <= year).toList();
            if (on.isEmpty()) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("название", r.school().name());
            m.put("логин", r.school().login());
            m.put("годы", String.join(", ", on.stream().map(String::valueOf).toList()));
            m.put("лет", on.size());
            m.put("в_этом_году", r.listed(year) ? RussianFormat.count(r.worksByYear().get(year), "работа", "работы", "работ") : "нет");
            rows.add(m);
        }
        return rows;
    }

    /** «2024–2026» or «2025, 2026»: the years the history covers. */
    static String lowHistoryYears(LowResultsHistory history, int year) {
        List<Integer> years = history.years().stream().filter(y -> y <= year).toList();
        if (years.isEmpty()) {
            return "";
        }
        boolean consecutive = years.get(years.size() - 1) - years.get(0) == years.size() - 1;
        return consecutive && years.size() > 2 ? years.get(0) + "\u2013" + years.get(years.size() - 1)
                : String.join(", ", years.stream().map(String::valueOf).toList());
    }
}
