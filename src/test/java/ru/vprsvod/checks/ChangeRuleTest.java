package ru.vprsvod.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.vprsvod.consolidation.Campaign;
import ru.vprsvod.consolidation.WorkResults;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.Rules;
import ru.vprsvod.reference.School;
import ru.vprsvod.reference.Work;
import ru.vprsvod.reference.WorkSpec;
import ru.vprsvod.statistics.WorkStats;

class ChangeRuleTest {

    private static final School SCHOOL = Group.school("edu1", "СОШ");

    /** n pupils of whom {@code good} get «4» and the rest «3». */
    private static WorkStats quality(int good, int n) {
        return new Group().scoring(good, 7, 4).scoring(n - good, 5, 3).stats();
    }

    private static Campaign lastYear(Work work, WorkStats school, WorkStats district) {
        WorkSpec spec = new WorkSpec(work, Group.SCALE, Group.TASKS);
        return new Campaign(work.year(), List.of(new WorkResults(spec, List.of(Group.result(SCHOOL, work, 1, school)), district)),
                List.of());
    }

    /** The thresholds of the point tests: 25 and 15 п. п., no standard-error guard. */
    private static final Rules POINTS_ONLY = Rules.defaults().with(RuleParameter.E_QUALITY_PP, "25")
            .with(RuleParameter.E_TWO_PP, "15").with(RuleParameter.E_ERRORS, "0");

    private static Verdict check(Work work, WorkStats now, WorkStats districtNow, Optional<Campaign> previous) {
        return check(work, now, districtNow, previous, POINTS_ONLY);
    }

    private static Verdict check(Work work, WorkStats now, WorkStats districtNow, Optional<Campaign> previous, Rules rules) {
        Verdict v = new Verdict();
        ChangeRule.check(new SchoolWork(SCHOOL, new WorkSpec(work, Group.SCALE, Group.TASKS), now), districtNow, previous, rules, v);
        return v;
    }

    @Test
    void theSameChangeIsASignInALargeSchoolButNotInOneClass() {
        // +30 п. п. against the district in both cases: one class of 20, or 200 pupils.
        Verdict small = check(MATH4, quality(14, 20), quality(8, 20), Optional.of(lastYear(MATH4_2025, quality(8, 20), quality(8, 20))),
                Rules.defaults());
        assertEquals(List.of(), small.flags, "30 п. п. is 2,0 standard errors with 20 pupils a year");
        Verdict large = check(MATH4, quality(140, 200), quality(80, 200),
                Optional.of(lastYear(MATH4_2025, quality(80, 200), quality(80, 200))), Rules.defaults());
        assertEquals(List.of("E.parallel"), large.flags.stream().map(Flag::kind).toList());
        assertTrue(large.flags.get(0).text().endsWith("изменилось на +30,0 п. п. при пороге 30 п. п. (по умолчанию; собственное;"
                + " ориентир — ФИОКО 2026 (рекомендации по анализу, §2)); это 6,3 стандартной ошибки разности при пороге 4,5 (по"
                + " умолчанию; собственное: чтобы случайные колебания малых классов не становились признаком). Признак"
                + " требует анализа."), large.flags.get(0).text());
    }

    @Test
    void theChangeMustBeEnoughStandardErrors() {
        // 140 of 200 now, 80 of 200 a year ago (the district at 40 % both years): +30 п. п. in quality;
        // the standard error of the difference is 100·√(0,7·0,3/200 + 0,4·0,6/200) п. п.
        double inErrors = 30 / ChangeRule.standardError(140, 200, 80, 200);
        Optional<Campaign> then = Optional.of(lastYear(MATH4_2025, quality(80, 200), quality(80, 200)));
        for (double factor : new double[] {1.001, 1.0, 0.999}) {
            Rules rules = Rules.defaults().with(RuleParameter.E_ERRORS, String.valueOf(inErrors * factor));
            Verdict v = check(MATH4, quality(140, 200), quality(80, 200), then, rules);
            assertEquals(factor > 1 ? List.of() : List.of("E.parallel"), v.flags.stream().map(Flag::kind).toList(),
                    "threshold " + factor + " × " + inErrors);
        }
    }

    private static final Work MATH4 = new Work(2026, "Математика", 4);
    private static final Work MATH4_2025 = new Work(2025, "Математика", 4);

    @Test
    void theSameParallelAgainstTheDistrict() {
        // Now: school 60 %, district 40 % (+20). Then: district 40 %, school 36 % (−4), 35 % (−5) or 34 % (−6).
        WorkStats now = quality(12, 20);
        WorkStats districtNow = quality(8, 20);
        WorkStats districtThen = quality(10, 25);
        assertEquals(List.of(), check(MATH4, now, districtNow, Optional.of(lastYear(MATH4_2025, quality(9, 25), districtThen))).flags,
                "a change of 24 п. п.");
        Verdict at = check(MATH4, now, districtNow, Optional.of(lastYear(MATH4_2025, quality(7, 20), districtThen)));
        assertEquals(List.of("E.parallel"), at.flags.stream().map(Flag::kind).toList(), "exactly 25 п. п.");
        assertEquals("Та же параллель: качество в 4 классе (2026) — 60,0 % при 40,0 % по району (+20,0 п. п.); в 4 классе"
                + " (2025) — 35,0 % при 40,0 % по району (−5,0 п. п.). Положение школы относительно района изменилось на"
                + " +25,0 п. п. при пороге 25 п. п. (задано вручную); это 1,6 стандартной ошибки разности при пороге 0 (задано"
                + " вручную). Признак требует анализа.", at.flags.get(0).text());
        assertEquals(1, check(MATH4, now, districtNow, Optional.of(lastYear(MATH4_2025, quality(17, 50), districtThen))).flags.size(),
                "26 п. п.");
    }

    @Test
    void aFallIsASignToo() {
        Verdict v = check(MATH4, quality(4, 20), quality(10, 20), Optional.of(lastYear(MATH4_2025, quality(14, 20), quality(10, 20))));
        assertTrue(v.flags.get(0).text().contains("изменилось на −50,0 п. п."), v.flags.get(0).text());
    }

    @Test
    void theSameCohortComesFromTheGradeBelowLastYear() {
        Work math5 = new Work(2026, "Математика", 5);
        Verdict v = check(math5, quality(18, 20), quality(10, 20), Optional.of(lastYear(MATH4_2025, quality(10, 20), quality(10, 20))));
        assertEquals(List.of("E.cohort"), v.flags.stream().map(Flag::kind).toList());
        assertTrue(v.flags.get(0).text().startsWith("Те же обучающиеся (год назад — 4 класс): качество в 5 классе (2026) — 90,0 %"),
                v.flags.get(0).text());
        assertEquals(List.of("Та же параллель: нет данных района по работе «Математика, 5 класс, 2025»"),
                v.skipped.stream().map(Skip::reason).toList());
    }

    @Test
    void theShareOfTwosAgainstTheDistrict() {
        WorkStats now = new Group().scoring(1, 1, 3).scoring(19, 7, 4).stats();       // 5 % «2»
        WorkStats then = new Group().scoring(5, 1, 3).scoring(15, 7, 4).stats();      // 25 % «2»
        WorkStats district = new Group().scoring(2, 1, 3).scoring(18, 7, 4).stats();  // 10 % both years
        Verdict v = check(MATH4, now, district, Optional.of(lastYear(MATH4_2025, then, district)));
        assertEquals(List.of("E.parallel"), v.flags.stream().map(Flag::kind).toList());
        assertTrue(v.flags.get(0).text().contains("доля «2» в 4 классе (2026) — 5,0 % при 10,0 % по району (−5,0 п. п.)"),
                v.flags.get(0).text());
    }

    @Test
    void withoutEarlierDataOrWithSmallGroupsTheCheckIsSkipped() {
        assertEquals("нет данных района за 2025 год: сравнение с прошлым годом невозможно",
                check(MATH4, quality(12, 20), quality(8, 20), Optional.empty()).skipped.get(0).reason());
        Verdict small = check(MATH4, quality(12, 20), quality(8, 20), Optional.of(lastYear(MATH4_2025, quality(1, 19), quality(8, 20))));
        assertEquals(List.of(), small.flags);
        assertEquals("Та же параллель: работу писали 20 (2026) и 19 (2025) участников, меньше минимума 20 (по умолчанию;"
                + " ФИОКО 2026 (рекомендации по анализу, §4: менее 20 — ограниченная информативность))", small.skipped.get(0).reason());
    }
}
