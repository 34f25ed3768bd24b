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
    void theFlagSaysInPlainWordsWhatIsAtTheBoundaryAndBelowIt() {
        Flag flag = flags(spread(6, 1, 2, 20, 6)).get(0);
        assertEquals("На наименьшем балле отметки «4» (6 баллов) — 20 участников (30,8\u00a0% писавших, по району — 30,8\u00a0%),"
                + " а на 5 и 4 баллах — 2 и 1 (по району — 3,1\u00a0% и 1,5\u00a0% писавших). Похоже, что часть работ «дотянута»"
                + " до отметки «4». Признак требует анализа.", flag.text());
        assertEquals(List.of("участников по баллам: 1 — 6, 2 — 6, 3 — 6, 4 — 1, 5 — 2, 6 — 20, 7 — 6, 8 — 6, 9 — 6",
                "на границе (6) — 20, в среднем на двух баллах ниже — 1,5 (на границе в 13,3 раза больше), лишних участников —"
                        + " 18,5; на балл выше (7) — 6",
                "вероятность случайно получить на 6 баллах 20 участников при 4,5 в среднем на соседних баллах (3–9) — менее"
                        + " 0,000001; получить так мало на 5 и 4 баллах при 6,0 в среднем на баллах вокруг — 0,002"),
                flag.details());
        assertEquals(List.of(RuleParameter.C_RATIO, RuleParameter.C_EXCESS, RuleParameter.C_CHANCE, RuleParameter.C_HOLE_CHANCE,
                RuleParameter.MIN_DISTRIBUTION), flag.thresholds().stream().map(s -> s.parameter()).toList());
    }

    /**
     * The case of issue 19: pupils pushed both to the lowest «3» (6 points) and to the lowest «4» (10) of Математика 4
     * (max 20, «5» from 15). Scores 4, 5, 6, 7 hold 1, 0, 15, 9 pupils and 8, 9, 10 hold 0, 0, 22. The hole under the
     * «3» must not be measured against 8 and 9, which the second push emptied.
     */
    @Test
    void twoNeighbouringPushesAreBothFlagged() {
        int[] counts = {0, 0, 1, 2, 1, 0, 15, 9, 0, 0, 22, 8, 7, 6, 5, 4, 3, 2, 1, 1, 0};
        ru.vprsvod.reference.Scale scale = new ru.vprsvod.reference.Scale(20, 6, 10, 15);
        List<ru.vprsvod.reference.Task> tasks = new java.util.ArrayList<>();
        for (int t = 1; t <= 20; t++) {
            tasks.add(new ru.vprsvod.reference.Task(String.valueOf(t), 1, ru.vprsvod.reference.Level.BASIC));
        }
        ru.vprsvod.statistics.WorkStatsAccumulator a = new ru.vprsvod.statistics.WorkStatsAccumulator(scale, tasks);
        int code = 1;
        for (int score = 0; score < counts.length; score++) {
            int[] points = new int[20];
            for (int t = 0; t < score; t++) {
                points[t] = 1;
            }
            for (int i = 0; i < counts[score]; i++) {
                a.add(new ru.vprsvod.submission.Participant(code + 1, String.valueOf(code++), "4А", "м", "1", false, 4,
                        ru.vprsvod.submission.Points.of(points), score));
            }
        }
        ru.vprsvod.reference.WorkSpec spec = new ru.vprsvod.reference.WorkSpec(new ru.vprsvod.reference.Work(2026, "Математика", 4),
                scale, tasks);
        Verdict v = new Verdict();
        BoundaryPeakRule.check(new SchoolWork(Group.school("edu1", "СОШ"), spec, a.snapshot()), Rules.defaults(), v);
        assertEquals(List.of("C.3", "C.4"), kinds(v));
        // Without skipping the other push's scores (1, 2, 3, 7, 8, 9 around the hole: 2 a score) a hole of 1 pupil where
        // 4 are expected is not improbable enough: P = 0,09 > 0,05.
        assertEquals(0.0916, BoundaryPeakRule.poissonAtMost(1, 4.0), 0.0001);
        java.math.BigDecimal ratio = new java.math.BigDecimal("3");
        java.math.BigDecimal excess = new java.math.BigDecimal("7");
        assertEquals(4.5, BoundaryPeakRule.holeSurroundingsMean(a.snapshot(), scale, 6, ratio, excess), 1e-9,
                "3, 2, 1 below; 7, then 11, 12 above (8, 9, 10 are the «4» push)");
        assertEquals(5.5, BoundaryPeakRule.holeSurroundingsMean(a.snapshot(), scale, 10, ratio, excess), 1e-9,
                "7, then 3, 2 below (4, 5, 6 are the «3» push); 11, 12, 13 above («5» shows no pile)");
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
