package ru.vprsvod.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.consolidation.Campaign;
import ru.vprsvod.consolidation.SchoolResult;
import ru.vprsvod.consolidation.WorkResults;
import ru.vprsvod.reference.FederalList;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.ReferenceLoader;
import ru.vprsvod.reference.ReferenceReading;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.Rules;
import ru.vprsvod.reference.School;
import ru.vprsvod.reference.Work;
import ru.vprsvod.reference.WorkSpec;
import ru.vprsvod.statistics.WorkStats;
import ru.vprsvod.testing.ReferenceWorkbook;

/**
 * Rule E on constructed districts, through {@link YearChecker}: the ten-point work of {@link Group} (0–2 → «2», 3–5 →
 * «3», 6–8 → «4», 9–10 → «5»), one school under test and ten others.
 */
class ChangeRuleTest {

    private static final School SCHOOL = Group.school("edu990001", "СОШ");
    private static final Work RUS4_2025 = new Work(2025, "Русский язык", 4);
    private static final Work RUS4_2026 = new Work(2026, "Русский язык", 4);
    private static final Work MATH4_2025 = new Work(2025, "Математика", 4);
    private static final Work MATH5_2026 = new Work(2026, "Математика", 5);

    @TempDir
    Path dir;
    private Reference example;

    @BeforeEach
    void reference() {
        ReferenceWorkbook w = ReferenceWorkbook.example();
        w.rules.clear();
        example = ((ReferenceReading.Loaded) ReferenceLoader.load(w.write(dir.resolve("справочник.xlsx")))).reference();
    }

    /** Pupils by mark: {@code twos} at 2 points, «3» at 3–5, «4» at 6–8, «5» at 9–10, spread over the scores. */
    static Group marks(int twos, int threes, int fours, int fives) {
        Group g = new Group();
        g.scoring(twos, 2, 3);
        spread(g, threes, 3, 5);
        spread(g, fours, 6, 8);
        spread(g, fives, 9, 10);
        return g;
    }

    private static void spread(Group g, int n, int from, int to) {
        int scores = to - from + 1;
        for (int s = 0; s < scores; s++) {
            g.scoring(n / scores + (s < n % scores ? 1 : 0), from + s, 4);
        }
    }

    /** One work of the year: the school's results and ten other schools of 30 pupils with the given results. */
    private static WorkResults work(Work work, WorkStats school, List<WorkStats> others) {
        List<SchoolResult> schools = new ArrayList<>();
        schools.add(Group.result(SCHOOL, work, 1, school));
        WorkStats district = school;
        for (int i = 0; i < others.size(); i++) {
            schools.add(Group.result(Group.school("edu99" + String.format("%04d", 10 + i), "СОШ"), work, 10 + i, others.get(i)));
            district = district.plus(others.get(i));
        }
        return new WorkResults(new WorkSpec(work, Group.SCALE, Group.TASKS), schools, district);
    }

    /** Ten other schools of 30 pupils, all alike: «2» 3, «3» 12, «4» 12, «5» 3 (quality 50 %). */
    private static List<WorkStats> steadyOthers() {
        List<WorkStats> others = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            others.add(marks(3, 12, 12, 3).stats());
        }
        return others;
    }

    private List<Flag> flags(Work earlier, WorkStats then, List<WorkStats> othersThen, Work now, WorkStats school,
                             List<WorkStats> othersNow, Rules rules) {
        return findings(earlier, then, othersThen, now, school, othersNow, rules).flags().stream()
                .filter(f -> f.rule() == Rule.E).toList();
    }

    private WorkFindings findings(Work earlier, WorkStats then, List<WorkStats> othersThen, Work now, WorkStats school,
                                  List<WorkStats> othersNow, Rules rules) {
        Campaign last = new Campaign(earlier.year(), List.of(work(earlier, then, othersThen)), List.of());
        Campaign current = new Campaign(now.year(), List.of(work(now, school, othersNow)), List.of());
        List<School> schools = new ArrayList<>();
        current.works().get(0).schools().forEach(r -> schools.add(r.school()));
        Reference r = new Reference(schools, example.specs(), example.requisites(), rules, FederalList.empty());
        YearFindings year = new YearChecker(r, FederalList.empty(), (x, s) -> Map.of()).check(current, Optional.of(last),
                Optional.empty());
        return year.work(SCHOOL.login(), now).orElseThrow();
    }

    /** The first case of the issue: Русский язык 4, quality 60,5 % (38 pupils) → 26,8 % (41), the share of «2» +24 points. */
    private static WorkStats rus2025() {
        return marks(2, 13, 18, 5).stats();
    }

    private static WorkStats rus2026() {
        return marks(12, 18, 9, 2).stats();
    }

    /** The second case: the same pupils, Математика 4 → 5, quality 38,7 % (31 pupils) → 84,4 % (32). */
    private static WorkStats math2025() {
        return marks(4, 15, 10, 2).stats();
    }

    private static WorkStats math2026() {
        return marks(0, 5, 17, 10).stats();
    }

    @Test
    void theFallInTheSameParallelOfTheIssueIsASign() {
        assertEquals(60.5, Math.round(rus2025().quality() * 10) / 10.0);
        assertEquals(26.8, Math.round(rus2026().quality() * 10) / 10.0);
        List<Flag> flags = flags(RUS4_2025, rus2025(), steadyOthers(), RUS4_2026, rus2026(), steadyOthers(), Rules.defaults());
        assertEquals(List.of("E.parallel"), flags.stream().map(Flag::kind).toList());
        assertEquals("Та же параллель: качество (доля «4» и «5») в 2025 году — 60,5\u00a0% при 51,2\u00a0% по району, в 2026"
                + " году — 26,8\u00a0% при 47,2\u00a0%; доля «2» — 5,3\u00a0% и 29,3\u00a0% (по району — 9,5\u00a0% и"
                + " 12,3\u00a0%). Результаты школы относительно района резко снизились — намного сильнее обычных изменений"
                + " школ района и случайных колебаний; завышенными могли быть результаты прошлого года. Признак требует"
                + " анализа.", flags.get(0).text());
        assertEquals(List.of(RuleParameter.E_SIGMAS, RuleParameter.E_MIN_SHIFT, RuleParameter.E_SPREAD,
                RuleParameter.E_MIN_SCHOOLS, RuleParameter.MIN_DISTRIBUTION),
                flags.get(0).thresholds().stream().map(s -> s.parameter()).toList());
        assertTrue(flags.get(0).details().get(1).startsWith("положение школы относительно района"), flags.get(0).details().toString());
    }

    @Test
    void theJumpOfTheSamePupilsOfTheIssueIsASign() {
        assertEquals(38.7, Math.round(math2025().quality() * 10) / 10.0);
        assertEquals(84.4, Math.round(math2026().quality() * 10) / 10.0);
        List<Flag> flags = flags(MATH4_2025, math2025(), steadyOthers(), MATH5_2026, math2026(), steadyOthers(), Rules.defaults());
        assertEquals(List.of("E.cohort"), flags.stream().map(Flag::kind).toList());
        assertTrue(flags.get(0).text().startsWith("Те же обучающиеся (4 класс в 2025 году): качество (доля «4» и «5») в 2025"
                + " году — 38,7\u00a0%"), flags.get(0).text());
        assertTrue(flags.get(0).text().contains("резко выросли") && flags.get(0).text().contains("результаты этого года могут быть"
                + " завышены"), flags.get(0).text());
    }

    /** The same shares with 12 pupils a year: {@code twos}…{@code fives} scaled down. */
    @Test
    void theSameFiguresWithTwelvePupilsAYearAreNotASign() {
        WorkStats then = marks(1, 4, 5, 2).stats();    // quality 58 %
        WorkStats now = marks(4, 5, 2, 1).stats();     // quality 25 %, «2» 33 %
        WorkFindings w = findings(RUS4_2025, then, steadyOthers(), RUS4_2026, now, steadyOthers(), Rules.defaults());
        assertEquals(List.of(), w.flags().stream().filter(f -> f.rule() == Rule.E).toList());
        assertEquals("Та же параллель: работу писали 12 участников в 2025 году и 12 в 2026 году, а для сравнения нужно не"
                + " менее 20 в каждом году", w.skipped().stream().filter(s -> s.rule() == Rule.E).findFirst().orElseThrow().reason());
        // Even allowed to compare, twelve pupils swing this much by chance: not a sign.
        Rules allowed = Rules.defaults().with(RuleParameter.MIN_DISTRIBUTION, "10");
        assertEquals(List.of(), flags(RUS4_2025, then, steadyOthers(), RUS4_2026, now, steadyOthers(), allowed));
        assertEquals(1, flags(MATH4_2025, math2025(), steadyOthers(), MATH5_2026, math2026(), steadyOthers(), allowed).size(),
                "the issue's 31 and 32 pupils still are");
    }

    /** The school's change against its expected spread, as the rule computes it (floor 0,1: the others do not move). */
    private static double ratio(WorkStats then, WorkStats districtThen, WorkStats now, WorkStats districtNow, double spread) {
        ChangeRule.Change c = new ChangeRule.Change(Position.of(then, districtThen), Position.of(now, districtNow));
        return Math.abs(c.value()) / Math.sqrt(c.variance() + spread * spread);
    }

    private static WorkStats district(WorkStats school, List<WorkStats> others) {
        WorkStats d = school;
        for (WorkStats o : others) {
            d = d.plus(o);
        }
        return d;
    }

    @Test
    void theChangeMustBeEnoughTimesItsExpectedSpread() {
        double ratio = ratio(rus2025(), district(rus2025(), steadyOthers()), rus2026(), district(rus2026(), steadyOthers()), 0.1);
        for (double factor : new double[] {1.001, 1.0, 0.999}) {
            Rules rules = Rules.defaults().with(RuleParameter.E_SIGMAS, String.valueOf(ratio * factor));
            assertEquals(factor > 1 ? 0 : 1, flags(RUS4_2025, rus2025(), steadyOthers(), RUS4_2026, rus2026(), steadyOthers(),
                    rules).size(), "threshold " + factor + " × " + ratio);
        }
    }

    @Test
    void theChangeMustBeLargeEnoughInDistrictStandardDeviations() {
        ChangeRule.Change c = new ChangeRule.Change(Position.of(rus2025(), district(rus2025(), steadyOthers())),
                Position.of(rus2026(), district(rus2026(), steadyOthers())));
        double shift = Math.abs(c.value());
        for (double factor : new double[] {1.001, 1.0, 0.999}) {
            Rules rules = Rules.defaults().with(RuleParameter.E_MIN_SHIFT, String.valueOf(shift * factor));
            assertEquals(factor > 1 ? 0 : 1, flags(RUS4_2025, rus2025(), steadyOthers(), RUS4_2026, rus2026(), steadyOthers(),
                    rules).size(), "minimum " + factor + " × " + shift);
        }
    }

    /**
     * Ten other schools whose positions swing between the years by about ±1 district sd (five up, five down): schools
     * here really move that much, so the same fall is no longer out of the ordinary.
     */
    @Test
    void aDistrictWhoseSchoolsMoveALotRaisesTheBar() {
        List<WorkStats> then = new ArrayList<>();
        List<WorkStats> now = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            boolean up = i % 2 == 0;
            then.add((up ? marks(8, 14, 7, 1) : marks(1, 7, 14, 8)).stats());
            now.add((up ? marks(1, 7, 14, 8) : marks(8, 14, 7, 1)).stats());
        }
        WorkFindings w = findings(RUS4_2025, rus2025(), then, RUS4_2026, rus2026(), now, Rules.defaults());
        assertEquals(List.of(), w.flags().stream().filter(f -> f.rule() == Rule.E).toList());
        assertEquals(1, flags(RUS4_2025, rus2025(), steadyOthers(), RUS4_2026, rus2026(), steadyOthers(), Rules.defaults()).size());
    }

    @Test
    void theSpreadOfOtherSchoolsIsEstimatedBeyondTheirSampling() {
        // 201 changes of sampling variance 0,04 drawn at the quantiles of a normal with variance 0,04 + 0,15²: the
        // estimate is the 0,15 put in; with fewer schools than the minimum, the floor.
        List<ChangeRule.Change> changes = new ArrayList<>();
        double sd = Math.sqrt(0.04 + 0.15 * 0.15);
        for (int i = 0; i < 201; i++) {
            double z = inverseNormal((i + 0.5) / 201);
            changes.add(new ChangeRule.Change(new Position(0, 0.02, 0, 0, 1, 30), new Position(z * sd, 0.02, 0, 0, 1, 30)));
        }
        assertEquals(0.15, ChangeRule.spread(changes, 201, 0.05, 8).estimated(), 0.005);
        assertEquals(0.15, ChangeRule.spread(changes, 201, 0.05, 8).value(), 0.005);
        assertEquals(0.2, ChangeRule.spread(changes, 201, 0.2, 8).value(), 1e-12, "never below the floor");
        ChangeRule.Spread few = ChangeRule.spread(changes.subList(0, 7), 7, 0.1, 8);
        assertEquals(0.1, few.value());
        assertEquals(false, few.fromDistrict());
        List<ChangeRule.Change> calm = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calm.add(new ChangeRule.Change(new Position(0, 0.02, 0, 0, 1, 30), new Position(i % 2 == 0 ? 0.01 : -0.01, 0.02, 0, 0, 1,
                    30)));
        }
        assertEquals(0.0, ChangeRule.spread(calm, 20, 0, 8).estimated(), "changes within sampling: no real spread");
    }

    /** Acklam's rational approximation of the standard normal quantile (enough for a test's data). */
    private static double inverseNormal(double p) {
        double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
            -3.066479806614716e+01, 2.506628277459239e+00};
        double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
            -1.328068155288572e+01};
        double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
            4.374664141464968e+00, 2.938163982698783e+00};
        double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
        if (p < 0.02425) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        if (p > 1 - 0.02425) {
            return -inverseNormal(1 - p);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }

    @Test
    void withoutEarlierDataTheCheckIsSkippedAndTheYearSaysSo() {
        Campaign current = new Campaign(2026, List.of(work(RUS4_2026, rus2026(), steadyOthers())), List.of());
        List<School> schools = new ArrayList<>();
        current.works().get(0).schools().forEach(r -> schools.add(r.school()));
        Reference r = new Reference(schools, example.specs(), example.requisites(), Rules.defaults(), FederalList.empty());
        YearFindings year = new YearChecker(r, FederalList.empty(), (x, s) -> Map.of()).check(current, Optional.empty(),
                Optional.empty());
        assertEquals("нет результатов 2025 года: сравнить с прошлым годом нельзя", year.work(SCHOOL.login(), RUS4_2026)
                .orElseThrow().skipped().stream().filter(s -> s.rule() == Rule.E).findFirst().orElseThrow().reason());
        assertEquals(List.of(Rule.E, Rule.F), year.skipped().stream().map(Skip::rule).toList());
        assertEquals("в программе нет результатов ВПР 2025 года: резкое изменение результатов по сравнению с прошлым годом не"
                + " проверялось ни у одной школы", year.skipped().get(0).reason());
        assertEquals(false, year.checked(Rule.E));
    }

    @Test
    void theSameCohortComesFromTheGradeBelowLastYear() {
        Map<String, List<String>> skips = new LinkedHashMap<>();
        WorkFindings w = findings(MATH4_2025, math2025(), steadyOthers(), MATH5_2026, math2026(), steadyOthers(), Rules.defaults());
        w.skipped().stream().filter(s -> s.rule() == Rule.E).forEach(s -> skips.computeIfAbsent("E", k -> new ArrayList<>())
                .add(s.reason()));
        assertEquals(List.of("Та же параллель: нет результатов района по работе «Математика, 5 класс» 2025 года"), skips.get("E"));
    }
}
