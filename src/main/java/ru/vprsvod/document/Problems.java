package ru.vprsvod.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects problems without stopping at the first one and lists them in document order, whichever pass found
 * them (the analysis, the lint against a schema, the rendering). The same mistake met again in another
 * repetition of a loop is counted, not repeated; the list is capped so a wholly wrong data set cannot flood
 * the user.
 *
 * <p>The order of a problem is a number: {@link #ofTag} for a problem at a tag (tags are numbered in document
 * order across all parts), {@link #beforeTag} for one in the text just before a tag (an unclosed brace).
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
        final long order;
        final java.util.Set<String> repetitions = new java.util.HashSet<>();

        Entry(TemplateProblem first, String where, long order) {
            this.first = first;
            this.where = where;
            this.order = order;
            repetitions.add(where);
        }
    }

    private final Map<Key, Entry> entries = new LinkedHashMap<>();
    private int dropped;

    /** The order of a problem at the tag with this number. */
    static long ofTag(int tagId) {
        return 2L * tagId + 1;
    }

    /** The order of a problem in a paragraph whose first tag (if it has any) gets this number. */
    static long beforeTag(int nextTagId) {
        return 2L * nextTagId;
    }

    /**
     * @param where which repetition of which loops, e.g. «школа № 3»; empty outside loops
     * @param order where the problem is in the document, see {@link #ofTag}
     */
    void add(TemplateProblem problem, String where, long order) {
        Key key = new Key(problem.part(), problem.place(), problem.tag(), problem.message(), problem.suggestion());
        Entry entry = entries.get(key);
        if (entry != null) {
            entry.repetitions.add(where);
        } else if (entries.size() < LIMIT) {
            entries.put(key, new Entry(problem, where, order));
        } else {
            dropped++;
        }
    }

    void add(TagSite site, String message, String suggestion, String where) {
        add(new TemplateProblem(site.part(), site.place(), site.raw(), site.context(), message,
                suggestion == null ? "" : suggestion), where, ofTag(site.id()));
    }

    /** The problems of an analysis, with their orders. */
    void addAll(Plan plan) {
        for (int i = 0; i < plan.problems().size(); i++) {
            add(plan.problems().get(i), "", plan.problemOrder().get(i));
        }
    }

    /** The order of each problem {@link #list()} returns, for a {@link Plan} to keep. */
    List<Long> orders() {
        List<Long> orders = new ArrayList<>(sorted().stream().map(e -> e.order).toList());
        if (dropped > 0) {
            orders.add(Long.MAX_VALUE); // the note on how many more there are comes last
        }
        return orders;
    }

    private List<Entry> sorted() {
        List<Entry> sorted = new ArrayList<>(entries.values());
        sorted.sort(java.util.Comparator.comparingLong(e -> e.order)); // stable: the same place keeps its finding order
        return sorted;
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    List<TemplateProblem> list() {
        List<TemplateProblem> out = new ArrayList<>();
        for (Entry entry : sorted()) {
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
