package ru.vprsvod.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects problems in document order without stopping at the first one. The same mistake met again in
 * another repetition of a loop is counted, not repeated; the list is capped so a wholly wrong data set
 * cannot flood the user.
 */
final class Problems {

    static final int LIMIT = 200;

    private record Key(String part, String place, String tag, String message, String suggestion) {
    }

    /**
     * The first occurrence and the distinct repetitions it happened in. The same «where» twice is the
     * same tag seen twice (a text box is stored in two copies), not a second repetition.
     */
    private static final class Entry {
        final TemplateProblem first;
        final String where;
        final java.util.Set<String> repetitions = new java.util.HashSet<>();

        Entry(TemplateProblem first, String where) {
            this.first = first;
            this.where = where;
            repetitions.add(where);
        }
    }

    private final Map<Key, Entry> entries = new LinkedHashMap<>();
    private int dropped;

    void add(TemplateProblem problem) {
        add(problem, "");
    }

    /** {@code where} says which repetition of which loops, e.g. «школа № 3»; empty outside loops. */
    void add(TemplateProblem problem, String where) {
        Key key = new Key(problem.part(), problem.place(), problem.tag(), problem.message(), problem.suggestion());
        Entry entry = entries.get(key);
        if (entry != null) {
            entry.repetitions.add(where);
        } else if (entries.size() < LIMIT) {
            entries.put(key, new Entry(problem, where));
        } else {
            dropped++;
        }
    }

    void add(TagSite site, String message, String suggestion, String where) {
        add(new TemplateProblem(site.part(), site.place(), site.raw(), site.context(), message,
                suggestion == null ? "" : suggestion), where);
    }

    void addAll(List<TemplateProblem> problems) {
        problems.forEach(this::add);
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    List<TemplateProblem> list() {
        List<TemplateProblem> out = new ArrayList<>();
        for (Entry entry : entries.values()) {
            TemplateProblem p = entry.first;
            String note = entry.where.isEmpty() ? "" : entry.where;
            int count = entry.repetitions.size();
            if (count > 1) {
                note = (note.isEmpty() ? "" : "впервые: " + note + "; ") + "повторяется " + count + " "
                        + RussianText.pluralForm(java.math.BigDecimal.valueOf(count), "раз", "раза", "раз");
            }
            String message = note.isEmpty() ? p.message() : p.message() + " (" + note + ")";
            out.add(new TemplateProblem(p.part(), p.place(), p.tag(), p.context(), message, p.suggestion()));
        }
        if (dropped > 0) {
            out.add(new TemplateProblem("шаблон", "", "", "",
                    "показаны первые " + LIMIT + " ошибок, ещё " + dropped + " не показаны",
                    "исправьте эти ошибки и проверьте шаблон снова"));
        }
        return out;
    }
}
