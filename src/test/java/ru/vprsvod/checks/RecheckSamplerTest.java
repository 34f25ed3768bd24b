package ru.vprsvod.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import ru.vprsvod.submission.Participant;
import ru.vprsvod.testing.ReferenceWorkbook;

class RecheckSamplerTest {

    private static final School RISK = Group.school("edu990001", "СОШ");
    private static final School CLEAN = Group.school("edu990004", "СОШ");

    @TempDir
    Path dir;
    private Reference example;
    private Campaign campaign;
    private final Map<Long, List<Participant>> rows = new HashMap<>();

    @BeforeEach
    void data() {
        example = ((ReferenceReading.Loaded) ReferenceLoader.load(ReferenceWorkbook.example().write(dir.resolve("r.xlsx"))))
                .reference();
        // The risk school: 6 pupils at the «4» boundary, 2 at the «3» boundary, 32 others; the clean school: 60 pupils.
        Group risk = new Group().scoring(6, 6, 4).scoring(2, 3, 3).scoring(32, 7, 4).absent(2);
        Group clean = new Group().scoring(30, 6, 4).scoring(30, 8, 4);
        SchoolResult r = Group.result(RISK, Group.WORK, 1, risk.stats());
        SchoolResult c = Group.result(CLEAN, Group.WORK, 2, clean.stats());
        rows.put(1L, risk.pupils());
        rows.put(2L, clean.pupils());
        campaign = new Campaign(2026, List.of(new WorkResults(Group.spec(), List.of(r, c), risk.stats().plus(clean.stats()))),
                List.of());
    }

    private static YearFindings findings(boolean flaggedWork) {
        WorkFindings work = new WorkFindings(Group.WORK, flaggedWork ? List.of(new Flag(Rule.C, "C.4", "пик", List.of(), List.of()))
                : List.of(), List.of());
        return new YearFindings(2026, List.of(
                new SchoolFindings(RISK, 2026, List.of(work), List.of(), List.of(), BigDecimal.ONE, List.of("признак")),
                new SchoolFindings(CLEAN, 2026, List.of(new WorkFindings(Group.WORK, List.of(), List.of())), List.of(), List.of(),
                        BigDecimal.ZERO, List.of())));
    }

    private RecheckSelection select(Rules rules, boolean flaggedWork) {
        Reference r = new Reference(example.schools(), example.specs(), example.requisites(), rules, FederalList.empty());
        return RecheckSampler.select(campaign, findings(flaggedWork), r, s -> rows.get(s.submission().id()));
    }

    @Test
    void boundaryWorksOfFlaggedWorksComeFirstAndTheSchoolMinimumIsMet() {
        RecheckSelection s = select(Rules.defaults(), true);
        assertEquals(100, s.districtWorks());
        assertEquals(5, s.required(), "1 % of 100 is 1; the minimum of 5 for the one risk school is more");
        assertEquals(8, s.works().size(), "all 8 boundary works, though more than required");
        assertEquals(8, s.count(SelectedWork.Reason.BOUNDARY));
        assertTrue(s.works().stream().allMatch(w -> w.school().equals(RISK)));
        assertEquals("балл на границе отметки «4» в работе с признаками", s.works().stream()
                .filter(w -> w.primaryScore() == 6).findFirst().orElseThrow().why());
    }

    @Test
    void aSchoolWithOtherSignsOutsideTheRiskGroupIsRecommendedWithItsBoundaryWorksButNotSelected() {
        WorkFindings peak = new WorkFindings(Group.WORK, List.of(new Flag(Rule.C, "C.4", "пик", List.of(), List.of())), List.of());
        YearFindings y = new YearFindings(2026, List.of(
                new SchoolFindings(RISK, 2026, List.of(new WorkFindings(Group.WORK, List.of(), List.of())), List.of(), List.of(),
                        BigDecimal.ONE, List.of("признак")),
                new SchoolFindings(CLEAN, 2026, List.of(peak), List.of(), List.of(), BigDecimal.ONE, List.of(),
                        List.of("признак C — скопление участников на наименьших баллах отметок: Математика, 4 класс"))));
        Reference r = new Reference(example.schools(), example.specs(), example.requisites(), Rules.defaults(), FederalList.empty());
        RecheckSelection s = RecheckSampler.select(campaign, y, r, x -> rows.get(x.submission().id()));
        assertEquals(1, s.recommended().size());
        RecommendedSchool recommended = s.recommended().get(0);
        assertEquals(CLEAN, recommended.school());
        assertEquals(List.of(Rule.C), recommended.rules());
        assertEquals(30, recommended.boundaryWorks(), "its 30 pupils at 6 points, the lowest «4»");
        assertEquals(List.of("признак C — скопление участников на наименьших баллах отметок: Математика, 4 класс"),
                recommended.reasons());
        assertTrue(s.works().stream().noneMatch(w -> w.school().equals(CLEAN)), "recommended, not selected");
    }

    @Test
    void withoutSignsOnTheWorkOnlyTheRandomSampleIsTaken() {
        RecheckSelection s = select(Rules.defaults(), false);
        assertEquals(5, s.works().size());
        assertEquals(5, s.count(SelectedWork.Reason.SCHOOL_MINIMUM));
    }

    @Test
    void theShareOfTheDistrictIsRoundedUp() {
        RecheckSelection s = select(Rules.defaults().with(RuleParameter.RECHECK_SHARE, "20,5").with(RuleParameter.RECHECK_PER_SCHOOL, "0"),
                true);
        assertEquals(21, s.required(), "20,5 % of 100 = 20,5 → 21");
        assertEquals(21, s.works().size());
        assertEquals(13, s.count(SelectedWork.Reason.SAMPLE));
    }

    @Test
    void theSameDataAndSeedGiveTheSameListAndTheSeedCanBeFixed() {
        Rules rules = Rules.defaults().with(RuleParameter.RECHECK_SHARE, "20");
        RecheckSelection first = select(rules, false);
        RecheckSelection again = select(rules, false);
        assertEquals(first.works(), again.works());
        assertEquals(first.seed(), again.seed());
        assertTrue(first.seedOrigin().startsWith("вычислено из года и состава работ группы риска"), first.seedOrigin());

        RecheckSelection fixed = select(rules.with(RuleParameter.RECHECK_SEED, String.valueOf(first.seed())), false);
        assertEquals(first.works(), fixed.works(), "typing the printed seed back gives the same list");
        RecheckSelection other = select(rules.with(RuleParameter.RECHECK_SEED, "42"), false);
        assertEquals(42, other.seed());
        assertNotEquals(first.works(), other.works());
    }

    @Test
    void theCalendarCountsTheSameDatesAsTheRecheckOrder() {
        Rules rules = Rules.defaults().with(RuleParameter.RECHECK_DAYS, "30").with(RuleParameter.STORAGE_DAYS, "100");
        RecheckSelection s = select(rules, true);
        Reference r = new Reference(example.schools(), example.specs(), example.requisites(), rules, FederalList.empty());
        Map<String, LocalDate> calendar = new HashMap<>();
        ru.vprsvod.calendar.DeadlineCalendar.of(r).deadlines().forEach(d -> calendar.put(d.key(), d.date()));
        assertEquals(LocalDate.of(2026, 6, 19), s.deadline(), "20.05.2026 + 30 days");
        assertEquals(s.deadline(), calendar.get("recheck"));
        assertEquals(LocalDate.of(2026, 8, 28), s.keepUntil(), "20.05.2026 + 100 days");
        assertEquals(s.keepUntil(), calendar.get("storage"));
    }

    /** 20.05.2026 + 45 days is Saturday 04.07: with the weekend switch on, the order moved it as the calendar did. */
    @Test
    void theRecheckOrderMovesAWeekendDeadlineAsTheCalendarDoes() {
        Rules rules = Rules.defaults().with(RuleParameter.WEEKEND_SHIFT, "1");
        RecheckSelection s = select(rules, true);
        Reference r = new Reference(example.schools(), example.specs(), example.requisites(), rules, FederalList.empty());
        Map<String, LocalDate> calendar = new HashMap<>();
        ru.vprsvod.calendar.DeadlineCalendar.of(r).deadlines().forEach(d -> calendar.put(d.key(), d.date()));
        assertEquals(LocalDate.of(2026, 7, 6), s.deadline());
        assertEquals(s.deadline(), calendar.get("recheck"));
        assertEquals(LocalDate.of(2026, 8, 18), s.keepUntil(), "a Tuesday stays");
        assertEquals(s.keepUntil(), calendar.get("storage"));
    }

    @Test
    void deadlinesCountFromThePeriodEnd() {
        RecheckSelection s = select(Rules.defaults(), true);
        assertEquals(LocalDate.of(2026, 7, 4), s.deadline(), "20.05.2026 + 45 days");
        assertEquals(LocalDate.of(2026, 8, 18), s.keepUntil(), "20.05.2026 + 90 days");
        assertEquals(List.of(), s.notes());
    }

    @Test
    void withoutThePeriodEndTheNotesSaySo() {
        ru.vprsvod.reference.Requisites q = example.requisites();
        ru.vprsvod.reference.Requisites noEnd = new ru.vprsvod.reference.Requisites(q.bodyName(), q.bodyShortName(), q.district(),
                q.place(), q.address(), q.contacts(), q.headPosition(), q.headName(), q.coordinatorPosition(), q.coordinatorName(),
                q.executorName(), q.executorPhone(), q.campaignYear(), null, q.all());
        Reference r = new Reference(example.schools(), example.specs(), noEnd, Rules.defaults(), FederalList.empty());
        RecheckSelection s = RecheckSampler.select(campaign, findings(true), r, x -> rows.get(x.submission().id()));
        assertEquals(null, s.deadline());
        assertEquals(List.of("в справочнике (лист «Реквизиты») не указана «Дата окончания периода проведения ВПР»: сроки"
                + " перепроверки и хранения работ не вычислены"), s.notes());
    }
}
