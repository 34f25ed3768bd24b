package ru.vprsvod.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.vprsvod.consolidation.Campaign;
import ru.vprsvod.consolidation.SchoolResult;
import ru.vprsvod.consolidation.WorkResults;
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

    /** A school's share of «2» at least this many percentage points above the district's on the same work is low. */
    static final int LOW_RESULTS_POINTS = 10;

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

    /** A school on a work with a share of «2» at least {@link #LOW_RESULTS_POINTS} above the district's. */
    record Low(SchoolResult school, WorkResults work, double share, double district) {
        double excess() {
            return share - district;
        }

        double shownExcess() {
            return Percent.round1(share) - Percent.round1(district);
        }
    }

    /** Schools with low results, the largest excess first; works written by fewer than {@code minimum} are left out. */
    static List<Low> lowResults(Campaign campaign, int minimum) {
        List<Low> out = new ArrayList<>();
        for (WorkResults w : campaign.works()) {
            double district = w.district().markPercent(2);
            for (SchoolResult r : w.schools()) {
                double share = r.stats().markPercent(2);
                if (r.stats().present() >= minimum && !Double.isNaN(share) && !Double.isNaN(district)
                        && share - district >= LOW_RESULTS_POINTS) {
                    out.add(new Low(r, w, share, district));
                }
            }
        }
        out.sort(Comparator.comparingDouble(Low::excess).reversed().thenComparing(l -> l.school().school().name()));
        return out;
    }

    static List<Map<String, Object>> lowData(List<Low> low) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Low l : low) {
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
}
