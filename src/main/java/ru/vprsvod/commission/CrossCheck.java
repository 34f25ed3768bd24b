package ru.vprsvod.commission;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import ru.vprsvod.reference.School;
import ru.vprsvod.russian.RussianFormat;

/**
 * Cross-checking (перекрёстная проверка): which school's teachers check each school's works. No school checks
 * itself; where asked, the schools of the risk group are checked by schools outside it (each outside school taking
 * as even a share of them as the numbers allow), and the others check one another in a ring. Reproducible: the same
 * schools, group and seed give the same pairs.
 */
public final class CrossCheck {

    /** The works of {@code checked} are checked by teachers of {@code checker}. */
    public record Pair(School checked, School checker) {
    }

    private final List<Pair> pairs;
    private final List<String> problems;

    private CrossCheck(List<Pair> pairs, List<String> problems) {
        this.pairs = List.copyOf(pairs);
        this.problems = List.copyOf(problems);
    }

    /**
     * @param riskGroup    logins of the schools of the risk group
     * @param riskOutside  whether the risk group's schools are checked by schools outside it
     */
    public static CrossCheck plan(List<School> schools, Set<String> riskGroup, boolean riskOutside, long seed) {
        List<School> all = new ArrayList<>(schools);
        all.sort(Comparator.comparing(School::login));
        Collections.shuffle(all, new Random(seed));
        List<String> problems = new ArrayList<>();
        List<Pair> pairs = new ArrayList<>();
        if (all.size() < 2) {
            problems.add("Перекрёстная проверка невозможна: в районе " + RussianFormat.count(all.size(), "школа", "школы", "школ")
                    + " с результатами, нужно не менее двух.");
            return new CrossCheck(pairs, problems);
        }
        List<School> outside = all.stream().filter(s -> !riskGroup.contains(s.login())).toList();
        List<School> inside = all.stream().filter(s -> riskGroup.contains(s.login())).toList();
        if (!riskOutside || inside.isEmpty()) {
            ring(all, pairs);
        } else if (outside.isEmpty()) {
            problems.add("Все школы района в группе риска: проверить их школами вне группы нельзя, школы проверяют друг"
                    + " друга по кругу.");
            ring(all, pairs);
        } else {
            if (outside.size() >= 2) {
                ring(outside, pairs);
            } else {
                pairs.add(new Pair(outside.get(0), inside.get(0)));
                problems.add("Вне группы риска одна школа (" + outside.get(0).name() + "): её работы проверяет школа группы"
                        + " риска " + inside.get(0).name() + ".");
            }
            for (int i = 0; i < inside.size(); i++) {
                pairs.add(new Pair(inside.get(i), outside.get(i % outside.size())));
            }
        }
        pairs.sort(Comparator.comparing((Pair p) -> p.checked().name()));
        return new CrossCheck(pairs, problems);
    }

    /** Each school checked by the next one in the (shuffled) order. */
    private static void ring(List<School> schools, List<Pair> pairs) {
        for (int i = 0; i < schools.size(); i++) {
            pairs.add(new Pair(schools.get(i), schools.get((i + 1) % schools.size())));
        }
    }

    /** Every school with its checker, by the checked school's name. */
    public List<Pair> pairs() {
        return pairs;
    }

    public List<String> problems() {
        return problems;
    }
}
