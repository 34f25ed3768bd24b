package ru.vprsvod.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.vprsvod.reference.Rules;

/** Boundary of «4» is 6 points; «3» is 3, «5» is 9 (see {@link Group}). */
class BoundaryPeakRuleTest {

    /** {@code twoBelow}, {@code oneBelow} and {@code at} pupils at 4, 5 and 6 points, the rest at 10 (far from boundaries). */
    private static Verdict check(int twoBelow, int oneBelow, int at) {
        return check(twoBelow, oneBelow, at, 0);
    }

    /** As above, with {@code above} pupils at 7 points, just over the boundary. */
    private static Verdict check(int twoBelow, int oneBelow, int at, int above) {
        Group g = new Group().scoring(twoBelow, 4, 3).scoring(oneBelow, 5, 3).scoring(at, 6, 4).scoring(above, 7, 4);
        int rest = Math.max(0, 25 - twoBelow - oneBelow - at - above);
        g.scoring(rest, 10, 5);
        Verdict v = new Verdict();
        BoundaryPeakRule.check(g.of("edu1"), Rules.defaults(), v);
        return v;
    }

    private static List<String> kinds(Verdict v) {
        return v.flags.stream().map(Flag::kind).toList();
    }

    @Test
    void ratioToTheTwoScoresBelow() {
        assertEquals(List.of(), kinds(check(4, 4, 11)), "11 against a mean of 4: 2,75 times");
        assertEquals(List.of("C.4"), kinds(check(4, 4, 12)), "12 against 4: exactly 3 times, 8 extra");
        assertEquals(List.of("C.4"), kinds(check(4, 4, 13)), "3,25 times");
    }

    @Test
    void extraPupilsAtTheBoundary() {
        assertEquals(List.of(), kinds(check(0, 0, 6)), "6 extra");
        assertEquals(List.of("C.4"), kinds(check(0, 0, 7)), "exactly 7 extra");
        assertEquals(List.of("C.4"), kinds(check(0, 0, 8)), "8 extra");
        assertEquals(List.of(), kinds(check(1, 2, 8)), "8 against 1,5: 5,3 times but 6,5 extra");
    }

    @Test
    void aRisingSlopeIsNotAPeak() {
        assertEquals(List.of(), kinds(check(4, 4, 12, 12)), "as many just above the boundary");
        assertEquals(List.of("C.4"), kinds(check(4, 4, 12, 11)));
    }

    @Test
    void theFlagNamesTheCountsAndThresholds() {
        assertEquals("Пик на границе отметки «4»: 6 баллов набрали 12 участников, а 5 и 4 балла — 1 и 2 (в среднем 1,5):"
                + " в 8,0 раза больше при пороге 3 (по умолчанию; собственное; ориентир — ФИОКО 2026 (рекомендации по"
                + " анализу, §4)), лишних участников 10,5 при пороге 7 (по умолчанию; собственное); на балл выше (7) — 0."
                + " Признак требует анализа.",
                check(2, 1, 12).flags.get(0).text());
    }

    @Test
    void fewerThanTwentyParticipantsIsASkip() {
        Group g = new Group().scoring(19, 6, 4);
        Verdict v = new Verdict();
        BoundaryPeakRule.check(g.of("edu1"), Rules.defaults(), v);
        assertEquals(List.of(), v.flags);
        assertEquals(Rule.C, v.skipped.get(0).rule());
        Group twenty = new Group().scoring(20, 6, 4);
        Verdict w = new Verdict();
        BoundaryPeakRule.check(twenty.of("edu1"), Rules.defaults(), w);
        assertEquals(List.of("C.4"), kinds(w));
    }
}
