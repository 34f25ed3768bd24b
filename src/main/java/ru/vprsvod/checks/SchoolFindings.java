package ru.vprsvod.checks;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import ru.vprsvod.reference.School;

/**
 * One school in one year: the findings per work, the school-level flags (rule F), the index of non-objectivity
 * (a weighted count of markers) and, when it enters the municipal risk group, the reasons why.
 *
 * @param schoolFlags  flags about the school as a whole (F: on last year's list)
 * @param schoolSkips  school-level checks that could not be made
 * @param index        Σ weight(rule) × markers of that rule (a rule counts once per work; F once per school)
 * @param riskReasons  why the school is in the risk group, one plain sentence each («признак E — резкое изменение
 *                     результатов по сравнению с прошлым годом: Русский язык, 4 класс»); empty when it is not
 * @param recommendReasons why a school outside the risk group is recommended for the re-check (its signs of the
 *                     rules named in «рекомендовать включить школы с признаками»), in the same form; empty otherwise
 */
public record SchoolFindings(School school, int year, List<WorkFindings> works, List<Flag> schoolFlags,
                             List<Skip> schoolSkips, BigDecimal index, List<String> riskReasons,
                             List<String> recommendReasons) {

    public SchoolFindings {
        Objects.requireNonNull(school, "school");
        works = List.copyOf(works);
        schoolFlags = List.copyOf(schoolFlags);
        schoolSkips = List.copyOf(schoolSkips);
        Objects.requireNonNull(index, "index");
        riskReasons = List.copyOf(riskReasons);
        recommendReasons = List.copyOf(recommendReasons);
    }

    /** A school with no recommendation to re-check. */
    public SchoolFindings(School school, int year, List<WorkFindings> works, List<Flag> schoolFlags, List<Skip> schoolSkips,
                          BigDecimal index, List<String> riskReasons) {
        this(school, year, works, schoolFlags, schoolSkips, index, riskReasons, List.of());
    }

    /**
     * Whether the school, outside the risk group, has signs the department's rules name for a re-check
     * recommendation: documents show it as «рекомендуется включить» with {@link #recommendReasons()}.
     */
    public boolean recheckRecommended() {
        return !recommendReasons.isEmpty();
    }

    public boolean riskGroup() {
        return !riskReasons.isEmpty();
    }

    public boolean flagged() {
        return !schoolFlags.isEmpty() || works.stream().anyMatch(WorkFindings::flagged);
    }

    public boolean flagged(Rule rule) {
        return schoolFlags.stream().anyMatch(f -> f.rule() == rule) || works.stream().anyMatch(w -> w.flagged(rule));
    }

    /** Markers per rule: works where the rule fired (F: 1 when the school was on a list). */
    public Map<Rule, Integer> markers() {
        Map<Rule, Integer> markers = new EnumMap<>(Rule.class);
        for (WorkFindings w : works) {
            w.markers().forEach(r -> markers.merge(r, 1, Integer::sum));
        }
        if (schoolFlags.stream().anyMatch(f -> f.rule() == Rule.F)) {
            markers.put(Rule.F, 1);
        }
        return markers;
    }

    /** Every flag, school-level first. */
    public List<Flag> allFlags() {
        List<Flag> all = new java.util.ArrayList<>(schoolFlags);
        works.forEach(w -> all.addAll(w.flags()));
        return all;
    }
}
