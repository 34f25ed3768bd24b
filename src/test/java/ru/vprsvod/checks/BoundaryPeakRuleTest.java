package ru.vprsvod.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.Rules;

/**
 * Boundary of «4» is 6 points; «3» is 3, «5» is 9 (see {@link Group}). The counting conditions (ratio, extra
 * pupils, a peak rather than a slope) are tested with the two chance conditions switched off (threshold 1), and
 * each chance condition with the counting ones clearly met.
 */
class BoundaryPeakRuleTest {

    /** The default rules with both probability thresholds at 1: only the counting conditions decide. */
    private static final Rules COUNTING_ONLY = Rules.defaults().with(RuleParameter.C_CHANCE, "1")
            .with(RuleParameter.C_HOLE_CHANCE, "1");

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
        BoundaryPeakRule.check(g.of("edu1"), COUNTING_ONLY, v);
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

    /**
     * A realistic spread with a pile at the «4» boundary (6 points) over a hole at 4 and 5: {@code at} pupils at 6,
     * {@code oneBelow}/{@code twoBelow} at 5/4, and {@code background} at every other score 1..10 but 7, which
     * holds {@code above}.
     */
    private static Group spread(int background, int twoBelow, int oneBelow, int at, int above) {
        Group g = new Group();
        for (int score = 1; score <= 10; score++) {
            int n = switch (score) {
                case 4 -> twoBelow;
                case 5 -> oneBelow;
                case 6 -> at;
                case 7 -> above;
                default -> background;
            };
            g.scoring(n, score, 4);
        }
        return g;
    }

    private static List<String> kinds(Group g, Rules rules) {
        Verdict v = new Verdict();
        BoundaryPeakRule.check(g.of("edu1"), rules, v);
        return kinds(v);
    }

    @Test
    void thePileMustBeImprobableAsChance() {
        Group g = spread(3, 0, 0, 14, 3);
        // Neighbours 3..9 without 6: 3, 0, 0, 3, 3, 3 → a mean of 2; P(X ≥ 14) for Poisson(2).
        double p = BoundaryPeakRule.poissonAtLeast(14, 2.0);
        assertEquals(2.9306e-8, p, 0.0001e-8);
        Rules holeOff = Rules.defaults().with(RuleParameter.C_HOLE_CHANCE, "1");
        assertEquals(List.of(), kinds(g, holeOff.with(RuleParameter.C_CHANCE, String.valueOf(p * 0.999))), "just below");
        assertEquals(List.of("C.4"), kinds(g, holeOff.with(RuleParameter.C_CHANCE, String.valueOf(p))), "at the threshold");
        assertEquals(List.of("C.4"), kinds(g, holeOff.with(RuleParameter.C_CHANCE, String.valueOf(p * 1.001))), "above");
    }

    @Test
    void theHoleBelowMustBeImprobableAsChance() {
        Group g = spread(6, 1, 2, 20, 6);
        // Around the hole (1..3 and 7..9): six scores of 6 pupils → 12 expected at 4 and 5 together, 3 found.
        double p = BoundaryPeakRule.poissonAtMost(3, 12.0);
        assertEquals(0.00229, p, 0.00001);
        Rules pileOff = Rules.defaults().with(RuleParameter.C_CHANCE, "1");
        assertEquals(List.of(), kinds(g, pileOff.with(RuleParameter.C_HOLE_CHANCE, String.valueOf(p * 0.999))), "just below");
        assertEquals(List.of("C.4"), kinds(g, pileOff.with(RuleParameter.C_HOLE_CHANCE, String.valueOf(p))), "at");
        assertEquals(List.of("C.4"), kinds(g, pileOff.with(RuleParameter.C_HOLE_CHANCE, String.valueOf(p * 1.001))), "above");
    }

    @Test
    void aRandomSpikeWithoutAHoleUnderItIsNotASign() {
        // 14 at the boundary over a full 5 and 4: a pile, but nobody seems to be missing from just below it.
        assertEquals(List.of(), kinds(spread(6, 6, 6, 20, 6), Rules.defaults()));
        assertEquals(List.of("C.4"), kinds(spread(6, 1, 2, 20, 6), Rules.defaults()));
    }

    @Test
    void poissonTailsAreAccurate() {
        assertEquals(0.052653, BoundaryPeakRule.poissonAtLeast(5, 2.0), 1e-6);
        assertEquals(1.0, BoundaryPeakRule.poissonAtLeast(0, 3.0), 0);
        assertEquals(0.0, BoundaryPeakRule.poissonAtLeast(1, 0.0), 0);
        assertEquals(0.067086, BoundaryPeakRule.poissonAtMost(5, 10.0), 1e-6);
    }

    @Test
    void theFlagNamesTheCountsAndThresholds() {
        assertEquals("Пик на границе отметки «4»: 6 баллов набрали 20 участников, а 5 и 4 балла — 2 и 1 (в среднем 1,5):"
                + " в 13,3 раза больше при пороге 3 (по умолчанию; собственное; ориентир — ФИОКО 2026 (рекомендации по"
                + " анализу, §4)), лишних участников 18,5 при пороге 7 (по умолчанию; собственное); на балл выше (7) — 6;"
                + " при 4,5 участника в среднем на соседних баллах (3–9) случайно такой пик возникает с вероятностью"
                + " менее 0,000001 при пороге 0,0003 (по умолчанию; собственное: проверка по распределению Пуассона"
                + " относительно соседних баллов), а такой провал на баллах 5 и 4 (в среднем 6,0 на баллах вокруг) —"
                + " с вероятностью 0,002 при пороге 0,05 (по умолчанию; собственное: у «дотянутых» участников под"
                + " границей остаётся провал). Признак требует анализа.",
                flags(spread(6, 1, 2, 20, 6)).get(0).text());
    }

    private static List<Flag> flags(Group g) {
        Verdict v = new Verdict();
        BoundaryPeakRule.check(g.of("edu1"), Rules.defaults(), v);
        return v.flags;
    }

    @Test
    void fewerThanTwentyParticipantsIsASkip() {
        Group g = new Group().scoring(19, 6, 4);
        Verdict v = new Verdict();
        BoundaryPeakRule.check(g.of("edu1"), COUNTING_ONLY, v);
        assertEquals(List.of(), v.flags);
        assertEquals(Rule.C, v.skipped.get(0).rule());
        Group twenty = new Group().scoring(20, 6, 4);
        Verdict w = new Verdict();
        BoundaryPeakRule.check(twenty.of("edu1"), COUNTING_ONLY, w);
        assertEquals(List.of("C.4"), kinds(w));
    }
}
