package ru.vprsvod.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.Rules;

/** Tasks 1–5 are Б, 6–8 П, 9–10 В, one point each (see {@link Group}). */
class SolveRateRuleTest {

    private static Verdict check(Group g, Rules rules) {
        Verdict v = new Verdict();
        SolveRateRule.check(g.of("edu1"), rules, v);
        return v;
    }

    private static List<String> kinds(Verdict v, String kind) {
        return v.flags.stream().map(Flag::kind).filter(kind::equals).toList();
    }

    /** 20 pupils solving 3 of the 5 basic tasks and {@code hard} of the 5 advanced and high ones. */
    private static Group levels(int hard) {
        int[] points = new int[10];
        points[0] = points[1] = points[2] = 1;
        for (int t = 5; t < 5 + hard; t++) {
            points[t] = 1;
        }
        return new Group().withPoints(20, 4, points);
    }

    @Test
    void harderTasksSolvedAsWellAsBasicOnes() {
        assertEquals(List.of(), kinds(check(levels(2), Rules.defaults()), "D.levels"), "П/В 40 % against Б 60 %");
        Verdict at = check(levels(3), Rules.defaults());
        assertEquals(List.of("D.levels"), kinds(at, "D.levels"), "60 % against 60 %: not worse is the sign");
        assertEquals("Задания повышенного и высокого уровня (П, В) решены не хуже базовых (Б): 60,0\u00a0% против 60,0\u00a0% (по"
                + " району — 60,0\u00a0% против 60,0\u00a0%). Обычно трудные задания решают хуже; так бывает, когда ответы"
                + " известны заранее или проверка необъективна. Признак требует анализа.", at.flags.get(0).text());
        assertEquals(List.of("D.levels"), kinds(check(levels(4), Rules.defaults()), "D.levels"));
        assertEquals(List.of(), kinds(check(levels(4), Rules.defaults().with(RuleParameter.D_LEVEL_MARGIN, "25")), "D.levels"),
                "80 % − 60 % = 20 п. п. below a margin of 25");
    }

    @Test
    void withoutTaskLevelsTheComparisonIsSkippedWithANote() {
        Group g = new Group(Group.tasks(false)).scoring(20, 5, 3);
        Verdict v = check(g, Rules.defaults());
        assertEquals(List.of(), v.flags);
        assertTrue(v.skipped.get(0).reason().startsWith("в справочнике (лист «Задания») не указаны уровни сложности"),
                v.skipped.toString());
    }

    /** 10 pupils with «3» solving tasks 1, 2 and 10; 10 with «5», of whom {@code failTen} miss task 10 and the rest task 9. */
    private static Group groups(int failTen, int threes, boolean threesSolveNine) {
        Group g = new Group();
        g.withPoints(threes, 3, 1, 1, 0, 0, 0, 0, 0, 0, threesSolveNine ? 1 : 0, 1);
        g.withPoints(failTen, 5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0);
        g.withPoints(10 - failTen, 5, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1);
        return g;
    }

    @Test
    void pupilsWithThreeSolvingATaskBetterThanPupilsWithFive() {
        Rules oneTask = Rules.defaults().with(RuleParameter.D_INVERTED_TASKS, "1");
        assertEquals(List.of(), kinds(check(groups(1, 10, false), oneTask), "D.groups"), "task 10: 100 % against 90 %, exactly 10 п. п.");
        assertEquals(List.of("D.groups"), kinds(check(groups(2, 10, false), oneTask), "D.groups"), "100 % against 80 %");
        assertEquals(List.of(), kinds(check(groups(2, 10, false), Rules.defaults()), "D.groups"), "one task is below the default of 2");
        Verdict two = check(groups(5, 10, true), Rules.defaults());
        assertEquals(List.of("D.groups"), kinds(two, "D.groups"));
        Flag flag = two.flags.stream().filter(f -> f.kind().equals("D.groups")).findFirst().orElseThrow();
        assertEquals(List.of("задание 9: получившие «3» — 100,0\u00a0%, получившие «5» — 50,0\u00a0%",
                "задание 10: получившие «3» — 100,0\u00a0%, получившие «5» — 50,0\u00a0%"), flag.details());
        assertEquals("Получившие «5» справились хуже получивших «3» с 2 заданиями (9, 10). Обычно получившие «5» решают каждое"
                + " задание не хуже; это может означать необъективную проверку. Признак требует анализа.", flag.text());
    }

    @Test
    void groupsBelowTenAreNotCompared() {
        Verdict v = check(groups(5, 9, true).scoring(1, 10, 5), Rules.defaults());
        assertEquals(List.of(), kinds(v, "D.groups"));
        assertTrue(v.skipped.stream().anyMatch(s -> s.reason().equals("сравнение групп по отметкам не выполнено: «3» получили 9,"
                + " «5» — 11, а в каждой группе нужно не менее 10")), v.skipped.toString());
    }
}
