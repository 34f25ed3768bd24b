package ru.vprsvod.lowresults;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import ru.vprsvod.consolidation.Campaign;
import ru.vprsvod.reference.Rules;
import ru.vprsvod.reference.School;

/**
 * The schools with low results over every year the store has, by the rules in force now (so the years compare
 * alike, as the risk-group index history does): which school was on the list in which years. Kept apart from the
 * objectivity signs like {@link LowResults} itself.
 */
public final class LowResultsHistory {

    /** A school that was on the list at least once: the years it was, and its works above the threshold in each. */
    public record Row(School school, Map<Integer, Integer> worksByYear) {
        public Row {
            worksByYear = java.util.Collections.unmodifiableMap(new TreeMap<>(worksByYear));
        }

        public boolean listed(int year) {
            return worksByYear.containsKey(year);
        }

        /** The years on the list, oldest first. */
        public List<Integer> years() {
            return List.copyOf(worksByYear.keySet());
        }
    }

    private static final LowResultsHistory EMPTY = new LowResultsHistory(new TreeMap<>());

    private final TreeMap<Integer, LowResults> byYear;

    private LowResultsHistory(TreeMap<Integer, LowResults> byYear) {
        this.byYear = byYear;
    }

    public static LowResultsHistory empty() {
        return EMPTY;
    }

    /** Every campaign's list, by the same rules. */
    public static LowResultsHistory of(List<Campaign> campaigns, Rules rules) {
        TreeMap<Integer, LowResults> byYear = new TreeMap<>();
        for (Campaign c : campaigns) {
            byYear.put(c.year(), LowResults.of(c, rules));
        }
        return new LowResultsHistory(byYear);
    }

    /** The years with data, oldest first. */
    public List<Integer> years() {
        return List.copyOf(byYear.keySet());
    }

    public Optional<LowResults> year(int year) {
        return Optional.ofNullable(byYear.get(year));
    }

    /**
     * Every school listed in any year: the most years on the list first, then the latest year on it, then the name.
     */
    public List<Row> rows() {
        Map<String, School> schools = new LinkedHashMap<>();
        Map<String, Map<Integer, Integer>> works = new LinkedHashMap<>();
        byYear.forEach((year, low) -> {
            for (LowResults.LowWork w : low.works()) {
                String login = w.school().school().login();
                schools.putIfAbsent(login, w.school().school());
                works.computeIfAbsent(login, k -> new TreeMap<>()).merge(year, 1, Integer::sum);
            }
        });
        List<Row> rows = new ArrayList<>();
        works.forEach((login, years) -> rows.add(new Row(schools.get(login), years)));
        rows.sort(Comparator.comparingInt((Row r) -> -r.worksByYear().size())
                .thenComparingInt(r -> -r.years().get(r.years().size() - 1))
                .thenComparing(r -> r.school().name()));
        return rows;
    }
}
