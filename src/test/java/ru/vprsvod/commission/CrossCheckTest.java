package ru.vprsvod.commission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.vprsvod.reference.GradeSet;
import ru.vprsvod.reference.School;

class CrossCheckTest {

    private static School school(int i) {
        return new School("sch" + i, "", "МБОУ СОШ № " + i, "СОШ № " + i, "СОШ", "", "", "", GradeSet.range(1, 11));
    }

    @Test
    void noSchoolChecksItselfTheRiskGroupIsCheckedFromOutsideEvenlyAndReproducibly() {
        for (long seed = 1; seed <= 300; seed++) {
            Random r = new Random(seed);
            int n = 2 + r.nextInt(20);
            List<School> schools = new ArrayList<>();
            Set<String> risk = new HashSet<>();
            for (int i = 1; i <= n; i++) {
                schools.add(school(i));
                if (r.nextInt(4) == 0) {
                    risk.add("sch" + i);
                }
            }
            CrossCheck plan = CrossCheck.plan(schools, risk, true, seed);
            assertEquals(n, plan.pairs().size());
            assertEquals(n, plan.pairs().stream().map(p -> p.checked().login()).distinct().count(), "each school once");
            Map<String, Integer> load = new HashMap<>();
            for (CrossCheck.Pair p : plan.pairs()) {
                assertFalse(p.checked().login().equals(p.checker().login()), "seed " + seed);
                if (risk.contains(p.checked().login()) && risk.size() < n) {
                    assertFalse(risk.contains(p.checker().login()), "seed " + seed + ": " + p);
                }
                if (risk.contains(p.checked().login())) {
                    load.merge(p.checker().login(), 1, Integer::sum);
                }
            }
            if (!risk.isEmpty() && risk.size() < n) {
                List<Integer> outsideLoads = schools.stream().filter(s -> !risk.contains(s.login()))
                        .map(s -> load.getOrDefault(s.login(), 0)).toList();
                int max = outsideLoads.stream().mapToInt(Integer::intValue).max().orElseThrow();
                int min = outsideLoads.stream().mapToInt(Integer::intValue).min().orElseThrow();
                assertTrue(max - min <= 1, "seed " + seed + ": " + load);
            }
            assertEquals(plan.pairs(), CrossCheck.plan(new ArrayList<>(schools), Set.copyOf(risk), true, seed).pairs());
        }
    }

    @Test
    void oneSchoolCannotBeCrossChecked() {
        assertEquals(List.of("Перекрёстная проверка невозможна: в районе 1 школа с результатами, нужно не менее двух."),
                CrossCheck.plan(List.of(school(1)), Set.of(), true, 1).problems());
        assertEquals(List.of("Перекрёстная проверка невозможна: в районе 0 школ с результатами, нужно не менее двух."),
                CrossCheck.plan(List.of(), Set.of(), true, 1).problems());
    }

    @Test
    void aSingleSchoolOutsideTheGroupIsCheckedByOneInsideAndItIsSaid() {
        CrossCheck plan = CrossCheck.plan(List.of(school(1), school(2), school(3)), Set.of("sch2", "sch3"), true, 5);
        assertEquals(List.of("Вне группы риска одна школа (МБОУ СОШ № 1): её работы проверяет школа группы риска"
                + " " + plan.pairs().get(0).checker().name() + "."), plan.problems());
        assertTrue(plan.pairs().stream().filter(p -> !p.checked().login().equals("sch1")).allMatch(p -> p.checker().login().equals("sch1")));
    }
}
