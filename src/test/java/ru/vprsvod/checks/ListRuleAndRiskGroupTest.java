package ru.vprsvod.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
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

/** Rule F, the index and the risk group, through {@link YearChecker} on constructed campaigns. */
class ListRuleAndRiskGroupTest {

    private static final School ONE = Group.school("edu990001", "СОШ");
    private static final School TWO = Group.school("edu990004", "СОШ");

    @TempDir
    Path dir;
    private Reference example;

    @BeforeEach
    void reference() {
        ReferenceWorkbook w = ReferenceWorkbook.example();
        w.rules.clear();
        example = ((ReferenceReading.Loaded) ReferenceLoader.load(w.write(dir.resolve("справочник.xlsx")))).reference();
    }

    private Reference with(Rules rules, FederalList federal) {
        return new Reference(example.schools(), example.specs(), example.requisites(), rules, federal);
    }

    private static Campaign campaign(int year, Map<School, WorkStats> math4, Map<School, WorkStats> russian4) {
        List<WorkResults> works = new java.util.ArrayList<>();
        long id = 1;
        for (Map.Entry<Work, Map<School, WorkStats>> e : Map.of(new Work(year, "Математика", 4), math4,
                new Work(year, "Русский язык", 4), russian4).entrySet()) {
            List<SchoolResult> schools = new java.util.ArrayList<>();
            WorkStats district = new Group().stats();
            for (Map.Entry<School, WorkStats> s : e.getValue().entrySet()) {
                schools.add(Group.result(s.getKey(), e.getKey(), id++, s.getValue()));
                district = district.plus(s.getValue());
            }
            works.add(new WorkResults(new WorkSpec(e.getKey(), Group.SCALE, Group.TASKS), schools, district));
        }
        works.sort((a, b) -> a.spec().work().compareTo(b.spec().work()));
        return new Campaign(year, works, List.of());
    }

    /** 30 pupils confirming their journal «4», no peaks. */
    private static WorkStats clean() {
        return new Group().scoring(10, 7, 4).scoring(10, 8, 4).scoring(10, 4, 3).stats();
    }

    /** 30 pupils, 20 of whom do not confirm: a sign A. */
    private static WorkStats mismatch() {
        return new Group().scoring(20, 4, 5).scoring(10, 7, 4).stats();
    }

    /** A pile of 10 pupils at the «4» boundary (6 points) over an empty 4–5, 5 just above: a sign C. */
    private static WorkStats peak() {
        return new Group().scoring(10, 6, 4).scoring(5, 7, 4).scoring(5, 8, 4).scoring(10, 10, 5).stats();
    }

    private YearFindings check(Reference reference, Campaign campaign, Optional<YearFindings> previous) {
        return new YearChecker(reference, reference.federalList(), (r, s) -> Map.of()).check(campaign, Optional.empty(), previous);
    }

    @Test
    void onTheFederalListOfLastYearIsSignFAndEnoughForTheRiskGroup() {
        FederalList federal = new FederalList(List.of(new FederalList.Listed(2025, "EDU990001", "", List.of("Русский язык, 4 класс"),
                1, "файл «bias.xlsx», лист «Лист1», строка 5")));
        YearFindings y = check(with(Rules.defaults(), federal), campaign(2026, Map.of(ONE, clean(), TWO, clean()),
                Map.of(ONE, clean(), TWO, clean())), Optional.empty());
        SchoolFindings one = y.school("edu990001").orElseThrow();
        assertEquals("Школа включена в федеральный перечень ОО с признаками необъективности результатов ВПР 2025 года"
                + " (маркеров — 1: Русский язык, 4 класс). Признак требует анализа.", one.schoolFlags().get(0).text());
        assertEquals(List.of("источник перечня: файл «bias.xlsx», лист «Лист1», строка 5"), one.schoolFlags().get(0).details(),
                "the file is named in the details, not in the text a head reads");
        assertEquals(new BigDecimal("1"), one.index());
        assertEquals(List.of("признак F — школа была включена в федеральный перечень ОО с признаками необъективности результатов"
                + " ВПР 2025 года"), one.riskReasons());
        assertFalse(y.school("edu990004").orElseThrow().riskGroup());
        assertEquals(List.of(one), y.riskGroup());

        YearFindings off = check(with(Rules.defaults().with(RuleParameter.F_FEDERAL, "0"), federal),
                campaign(2026, Map.of(ONE, clean()), Map.of(ONE, clean())), Optional.empty());
        assertFalse(off.school("edu990001").orElseThrow().flagged());
    }

    @Test
    void lastYearsMunicipalRiskGroupIsSignF() {
        Reference r = with(Rules.defaults(), FederalList.empty());
        YearFindings last = check(r, campaign(2025, Map.of(ONE, mismatch()), Map.of(ONE, clean())), Optional.empty());
        assertTrue(last.school("edu990001").orElseThrow().riskGroup());
        YearFindings now = check(r, campaign(2026, Map.of(ONE, clean()), Map.of(ONE, clean())), Optional.of(last));
        Flag f = now.school("edu990001").orElseThrow().schoolFlags().get(0);
        assertEquals("F.municipal", f.kind());
        assertEquals("Школа входила в муниципальную группу риска по итогам ВПР 2025 года. Признак требует анализа.", f.text());
        assertEquals(List.of("основание в 2025 году: признак A — отметки ВПР расходятся с отметками по журналу: Математика,"
                + " 4 класс"), f.details());
        assertEquals(List.of("признак F — школа входила в муниципальную группу риска по итогам ВПР 2025 года"),
                now.school("edu990001").orElseThrow().riskReasons());
    }

    @Test
    void theIndexIsAWeightedCountOfMarkersAndItsThresholdAddsSchoolsToTheRiskGroup() {
        Reference r = with(Rules.defaults(), FederalList.empty());
        YearFindings y = check(r, campaign(2026, Map.of(ONE, peak(), TWO, peak()), Map.of(ONE, peak(), TWO, clean())), Optional.empty());
        SchoolFindings one = y.school("edu990001").orElseThrow();
        SchoolFindings two = y.school("edu990004").orElseThrow();
        assertEquals(Map.of(Rule.C, 2), one.markers());
        assertEquals(new BigDecimal("2"), one.index());
        assertEquals(List.of("индекс необъективности — 2 (маркеры: C в 2 работах); в группу риска включаются школы с индексом"
                + " не ниже 2"), one.riskReasons());
        assertEquals(new BigDecimal("1"), two.index());
        assertFalse(two.riskGroup(), "one marker C is below the index threshold and C is not sufficient alone");
        assertEquals(List.of("признак C — скопление участников на наименьших баллах отметок: Математика, 4 класс"),
                two.recommendReasons(), "but it is not left out silently: C is a ground to recommend the re-check");
        assertEquals(List.of(two), y.recommended());
        assertEquals(List.of(), one.recommendReasons(), "a school of the risk group is re-checked anyway");

        Reference weighted = with(Rules.defaults().with(RuleParameter.WEIGHT_C, "2,5"), FederalList.empty());
        SchoolFindings heavy = check(weighted, campaign(2026, Map.of(TWO, peak()), Map.of(TWO, clean())), Optional.empty())
                .school("edu990004").orElseThrow();
        assertEquals(new BigDecimal("2.5"), heavy.index());
        assertTrue(heavy.riskGroup());

        Reference cSufficient = with(Rules.defaults().with(RuleParameter.RISK_RULES, "C").with(RuleParameter.RISK_INDEX, "0"),
                FederalList.empty());
        SchoolFindings byRule = check(cSufficient, campaign(2026, Map.of(TWO, peak()), Map.of(TWO, clean())), Optional.empty())
                .school("edu990004").orElseThrow();
        assertEquals(List.of("признак C — скопление участников на наименьших баллах отметок: Математика, 4 класс"),
                byRule.riskReasons());

        Reference noRecommendation = with(Rules.defaults().with(RuleParameter.RECHECK_RECOMMEND, ""), FederalList.empty());
        SchoolFindings quiet = check(noRecommendation, campaign(2026, Map.of(TWO, peak()), Map.of(TWO, clean())), Optional.empty())
                .school("edu990004").orElseThrow();
        assertFalse(quiet.recheckRecommended(), "the department may switch recommendations off");
    }

    @Test
    void historyFollowsASchoolOverTheYears() {
        Reference r = with(Rules.defaults(), FederalList.empty());
        YearFindings last = check(r, campaign(2025, Map.of(ONE, mismatch()), Map.of(ONE, clean())), Optional.empty());
        YearFindings now = check(r, campaign(2026, Map.of(ONE, clean()), Map.of(ONE, clean())), Optional.of(last));
        Findings findings = new Findings(List.of(last, now), new RecheckSelection(2026, 0, 0, 0, "", List.of(), null, null,
                List.of(), List.of()), new ru.vprsvod.recheck.RecheckComparison(List.of(), List.of()), r.rules());
        List<IndexPoint> history = findings.history("edu990001");
        assertEquals(List.of(2025, 2026), history.stream().map(IndexPoint::year).toList());
        assertEquals(Map.of(Rule.A, 1), history.get(0).markers());
        assertEquals(Map.of(Rule.F, 1), history.get(1).markers());
        assertTrue(history.get(1).riskGroup(), "last year's risk group is sign F, sufficient this year");
    }
}
