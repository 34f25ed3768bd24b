package ru.vprsvod.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.vprsvod.consolidation.Campaign;
import ru.vprsvod.consolidation.SchoolResult;
import ru.vprsvod.consolidation.WorkResults;
import ru.vprsvod.lowresults.LowResults;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.Rules;
import ru.vprsvod.reference.School;
import ru.vprsvod.reference.Work;
import ru.vprsvod.reference.WorkSpec;
import ru.vprsvod.statistics.WorkStats;

/**
 * The low-results rule ({@link LowResults}) at its boundaries, on constructed districts: school «low» of 20 pupils
 * and three others of 20, so that 6 «2» at «low» against 6 elsewhere is exactly 15 p. p. above the district (30 % vs 15 %)
 * and 6 against 7 is 13.75 p. p. (Its fixtures are the rule tests' {@link Group}, hence this package.)
 */
class LowResultsRuleTest {

    private static final Work MATH = Group.WORK;
    private static final Work RUSSIAN = new Work(2026, "Русский язык", 4);

    /** A work where «low» has {@code lowTwos} of 20 pupils with «2» and the three others {@code otherTwos} in all, at most 3 each. */
    static WorkResults work(Work work, int lowTwos, int otherTwos) {
        List<SchoolResult> schools = new ArrayList<>();
        WorkStats district = null;
        int[] twos = {lowTwos, Math.min(otherTwos, 3), Math.min(Math.max(otherTwos - 3, 0), 3), Math.max(otherTwos - 6, 0)};
        String[] logins = {"low", "b", "c", "d"};
        for (int i = 0; i < 4; i++) {
            WorkStats stats = new Group().scoring(twos[i], 1, null).scoring(20 - twos[i], 5, null).stats();
            schools.add(Group.result(Group.school(logins[i], "СОШ"), work, i + 1, stats));
            district = district == null ? stats : district.plus(stats);
        }
        return new WorkResults(new WorkSpec(work, Group.SCALE, Group.TASKS), schools, district);
    }

    private static LowResults low(Rules rules, WorkResults... works) {
        return LowResults.of(new Campaign(2026, List.of(works), List.of()), rules);
    }

    @Test
    void fifteenPointsOnTwoWorksIsLowAndTheExcessIsExact() {
        LowResults low = low(Rules.defaults(), work(MATH, 6, 6), work(RUSSIAN, 6, 6));
        assertEquals(List.of("low"), low.schools().stream().map(School::login).toList());
        assertEquals(2, low.works().size());
        assertEquals(30.0, low.works().get(0).share(), 1e-9);
        assertEquals(15.0, low.works().get(0).district(), 1e-9);
        assertEquals(15.0, low.works().get(0).excess(), 1e-9);
        assertEquals("доля отметок «2» выше районной на 15 п. п. и более — не менее чем на 2 работах", low.ruleText());
    }

    @Test
    void justBelowFifteenPointsOnOneOfTheTwoWorksIsNotLow() {
        assertTrue(low(Rules.defaults(), work(MATH, 6, 6), work(RUSSIAN, 6, 7)).isEmpty());
    }

    @Test
    void withOneWorkEnoughOnlyTheWorkAtTheThresholdIsListed() {
        LowResults low = low(Rules.defaults().with(RuleParameter.LOW_WORKS, "1"), work(MATH, 6, 6), work(RUSSIAN, 6, 7));
        assertEquals(List.of("Математика, 4 класс"), low.works().stream().map(w -> w.work().spec().work().title()).toList());
        assertEquals("доля отметок «2» выше районной на 15 п. п. и более хотя бы на одной работе", low.ruleText());
    }

    @Test
    void aThresholdSetForOneWorkAppliesToThatWorkOnly() {
        Rules rules = Rules.defaults().with(RuleParameter.LOW_POINTS, "Русский язык", 4, "16", "задано вручную");
        assertTrue(low(rules, work(MATH, 6, 6), work(RUSSIAN, 6, 6)).isEmpty());
        Rules lower = Rules.defaults().with(RuleParameter.LOW_POINTS, "Русский язык", 4, "13,75", "задано вручную");
        assertEquals(1, low(lower, work(MATH, 6, 6), work(RUSSIAN, 6, 7)).schools().size());
    }

    @Test
    void worksWrittenByFewerThanTheMinimumAreNotCounted() {
        Rules rules = Rules.defaults().with(RuleParameter.MIN_DISTRIBUTION, "21");
        assertTrue(low(rules, work(MATH, 6, 6), work(RUSSIAN, 6, 6)).isEmpty());
        assertEquals(1, low(Rules.defaults().with(RuleParameter.MIN_DISTRIBUTION, "20"), work(MATH, 6, 6), work(RUSSIAN, 6, 6))
                .schools().size());
    }
}
