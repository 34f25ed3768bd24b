package ru.vprsvod.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.consolidation.Campaign;
import ru.vprsvod.lowresults.LowResultsHistory;
import ru.vprsvod.recheck.RecheckComparison;
import ru.vprsvod.reference.FederalList;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.ReferenceLoader;
import ru.vprsvod.reference.ReferenceReading;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.Rules;
import ru.vprsvod.reference.Work;
import ru.vprsvod.report.AnalyticalReport;
import ru.vprsvod.testing.ReferenceWorkbook;

/**
 * The low-results list over the years ({@link LowResultsHistory}) and its table in the analytical report, on the
 * constructed districts of {@link LowResultsRuleTest}: «low» is exactly at the threshold (15 p. p. on two works) in
 * 2024 and 2026 and just below it on one work in 2025.
 */
class LowResultsHistoryTest {

    @TempDir
    Path dir;

    /** A year in which «low» has 6 «2» of 20 on both works against {@code otherTwosRussian} elsewhere on the second. */
    private static Campaign year(int year, int otherTwosRussian) {
        return new Campaign(year, List.of(LowResultsRuleTest.work(new Work(year, "Математика", 4), 6, 6),
                LowResultsRuleTest.work(new Work(year, "Русский язык", 4), 6, otherTwosRussian)), List.of());
    }

    private static List<Campaign> threeYears() {
        return List.of(year(2024, 6), year(2025, 7), year(2026, 6));
    }

    @Test
    void aSchoolAtTheThresholdInTwoOfThreeYearsIsListedInThoseYearsOnly() {
        LowResultsHistory history = LowResultsHistory.of(threeYears(), Rules.defaults());
        assertEquals(List.of(2024, 2025, 2026), history.years());
        assertEquals(1, history.rows().size());
        LowResultsHistory.Row row = history.rows().get(0);
        assertEquals("low", row.school().login());
        assertEquals(List.of(2024, 2026), row.years());
        assertEquals(Map.of(2024, 2, 2026, 2), row.worksByYear());
        assertTrue(history.year(2025).orElseThrow().isEmpty(), "13,75 p. p. on one of the works is below the threshold");
    }

    @Test
    void pastYearsAreJudgedByTheRulesInForceNow() {
        // With one work enough, the 2025 mathematics at exactly 15 p. p. puts «low» on the list that year too.
        LowResultsHistory history = LowResultsHistory.of(threeYears(), Rules.defaults().with(RuleParameter.LOW_WORKS, "1"));
        LowResultsHistory.Row row = history.rows().get(0);
        assertEquals(List.of(2024, 2025, 2026), row.years());
        assertEquals(Map.of(2024, 2, 2025, 1, 2026, 2), row.worksByYear());
    }

    @Test
    void aYearWithoutAnyTwoListsNobodyAndTheOtherYearsStay() {
        Campaign noTwos = new Campaign(2025, List.of(LowResultsRuleTest.work(new Work(2025, "Математика", 4), 0, 0)), List.of());
        LowResultsHistory history = LowResultsHistory.of(List.of(year(2024, 6), noTwos, year(2026, 7)),
                Rules.defaults().with(RuleParameter.LOW_WORKS, "1"));
        assertTrue(history.year(2025).orElseThrow().isEmpty());
        assertEquals(List.of("low"), history.rows().stream().map(r -> r.school().login()).toList());
        assertEquals(Map.of(2024, 2, 2026, 1), history.rows().get(0).worksByYear());
    }

    @Test
    void theReportShowsTheHistoryUpToItsYearAndNotForASingleYear() {
        Reference example = ((ReferenceReading.Loaded) ReferenceLoader.load(ReferenceWorkbook.example().write(dir.resolve("r.xlsx"))))
                .reference();
        LowResultsHistory history = LowResultsHistory.of(threeYears(), Rules.defaults());

        Map<String, Object> low = lowResults(AnalyticalReport.data(year(2026, 6), year(2025, 7), findings(history), example));
        assertEquals("2024\u20132026", low.get("годы_истории"));
        assertEquals(List.of(Map.of("название", "Школа low", "логин", "low", "годы", "2024, 2026", "лет", 2, "в_этом_году",
                "2 работы")), low.get("история"));

        Map<String, Object> in2025 = lowResults(AnalyticalReport.data(year(2025, 7), year(2024, 6), findings(history), example));
        assertEquals("2024, 2025", in2025.get("годы_истории"));
        assertEquals(List.of(Map.of("название", "Школа low", "логин", "low", "годы", "2024", "лет", 1, "в_этом_году", "нет")),
                in2025.get("история"), "a report of 2025 does not know 2026, and «low» was not on the 2025 list");

        LowResultsHistory single = LowResultsHistory.of(List.of(year(2026, 6)), Rules.defaults());
        assertEquals(List.of(), lowResults(AnalyticalReport.data(year(2026, 6), findings(single), example)).get("история"),
                "one year of data: the history would only repeat the year's table");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> lowResults(Map<String, Object> data) {
        return (Map<String, Object>) data.get("низкие_результаты");
    }

    private static Findings findings(LowResultsHistory history) {
        return new Findings(List.of(), new RecheckSelection(2026, 0, 0, 0, "", List.of(), null, null, List.of(), List.of()),
                new RecheckComparison(List.of(), List.of()), Rules.defaults(), history);
    }
}
