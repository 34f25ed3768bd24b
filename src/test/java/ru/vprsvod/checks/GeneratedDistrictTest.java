package ru.vprsvod.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.vprsvod.testing.DistrictGenerator;
import ru.vprsvod.testing.DistrictGenerator.Plant;

/**
 * Generated districts with planted anomalies: each planted case is flagged by its own rule, and no clean school
 * (nor the honest lyceum) is flagged by any rule, in either year.
 *
 * <p>On the noise: clean schools are random and they move from year to year as real ones do (school drift, cohorts,
 * teacher changes — see {@link DistrictGenerator}), so a rule can fire on them by chance; the defaults are calibrated
 * for that ({@link Calibration}, README «Калибровка признаков»). Measured over seeds 1–100 of
 * {@link DistrictGenerator.Settings#standard} (eight clean schools, two small ones, a lyceum; two years, five works):
 * every planted case was flagged by its rule in 99 districts; 14 districts had a flag on a clean school, all of rule E
 * (a school that really moved between the years, as the calibration expects: seed 3 is one). The seeds below are the
 * first three without a chance flag ({@code Calibration standard 100} lists them all): this test pins that planted
 * cases are caught while the clean schools of these districts stay clean, not the chance rate, which the calibration
 * test pins.
 */
class GeneratedDistrictTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 4})
    void everyPlantedCaseIsFlaggedByItsRuleAndNoCleanSchoolIsFlagged(long seed) {
        DistrictGenerator district = DistrictGenerator.generate(DistrictGenerator.Settings.standard(seed));
        Findings findings = GeneratedDistrict.check(district, dir);
        YearFindings year = findings.year(2026).orElseThrow();
        Map<String, List<String>> flags = GeneratedDistrict.flags(year);

        assertFlagged(year, district, Plant.BOUNDARY_PUSH, Rule.C, flags);
        assertFlagged(year, district, Plant.JOURNAL_MISMATCH, Rule.A, flags);
        assertFlagged(year, district, Plant.INFLATED, Rule.B, flags);
        assertFlagged(year, district, Plant.COHORT_JUMP, Rule.E, flags);
        assertFlagged(year, district, Plant.INVERSION, Rule.D, flags);
        assertTrue(year.school(district.planted(Plant.COHORT_JUMP).login()).orElseThrow().allFlags().stream()
                .anyMatch(f -> f.kind().equals("E.cohort")), "the jump is seen in the same cohort: " + flags);

        for (YearFindings y : findings.years()) {
            for (DistrictGenerator.GeneratedSchool clean : district.clean()) {
                SchoolFindings s = y.school(clean.login()).orElseThrow();
                assertFalse(s.flagged(), y.year() + " " + clean.name() + " is clean: " + GeneratedDistrict.flags(y).get(clean.login()));
                assertFalse(s.riskGroup());
            }
        }
        assertTrue(year.school(district.planted(Plant.HONEST_LYCEUM).login()).orElseThrow().works().stream()
                .allMatch(w -> w.skipped().stream().anyMatch(k -> k.rule() == Rule.B && k.reason().contains("«лицей»"))),
                "the lyceum's high results are not measured against the ordinary schools");

        RecheckSelection recheck = findings.recheck();
        assertTrue(recheck.works().size() >= recheck.required() && recheck.required() > 0, recheck.toString());
        assertTrue(recheck.works().stream().allMatch(w -> year.school(w.school().login()).orElseThrow().riskGroup()));
        assertEquals(java.time.LocalDate.of(2026, 7, 4), recheck.deadline());
    }

    private static void assertFlagged(YearFindings year, DistrictGenerator district, Plant plant, Rule rule,
                                      Map<String, List<String>> flags) {
        String login = district.planted(plant).login();
        assertTrue(year.school(login).orElseThrow().flagged(rule), plant + " (" + login + ") flagged by " + rule + ": " + flags);
    }
}
