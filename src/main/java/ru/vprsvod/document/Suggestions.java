package ru.vprsvod.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Finds the names an author probably meant: close by edit distance, or sharing a beginning. */
final class Suggestions {

    private static final int MAX_SHOWN = 8;

    private Suggestions() {
    }

    /** Names close to {@code typed}, best first; empty when nothing is close. */
    static List<String> close(String typed, Collection<String> known) {
        String a = normal(typed);
        record Scored(String name, int score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String name : known) {
            String b = normal(name);
            int distance = distance(a, b);
            int allowed = Math.max(1, Math.min(a.length(), b.length()) / 3);
            boolean prefix = a.length() >= 3 && (b.startsWith(a) || a.startsWith(b));
            if (distance <= allowed || prefix) {
                scored.add(new Scored(name, distance));
            }
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::score).thenComparing(Scored::name))
                .limit(MAX_SHOWN)
                .map(Scored::name)
                .collect(Collectors.toList());
    }

    /**
     * «есть: «срок_исполнения», «срок_отчёта»» with the close names, or with all names when none is close
     * (a short list helps as much), or empty when there is nothing to offer.
     */
    static String offer(String typed, Collection<String> known) {
        List<String> close = close(typed, known);
        if (!close.isEmpty()) {
            return "есть: " + quoted(close);
        }
        if (known.isEmpty()) {
            return "";
        }
        List<String> all = known.stream().sorted().limit(MAX_SHOWN + 1L).collect(Collectors.toList());
        String list = quoted(all.subList(0, Math.min(all.size(), MAX_SHOWN)));
        return "есть: " + list + (all.size() > MAX_SHOWN ? " и другие" : "");
    }

    static String quoted(List<String> names) {
        return names.stream().map(n -> "«" + n + "»").collect(Collectors.joining(", "));
    }

    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** Optimal string alignment distance: Levenshtein plus swapped neighbours, a common typo. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
