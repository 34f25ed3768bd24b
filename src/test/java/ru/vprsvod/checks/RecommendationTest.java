package ru.vprsvod.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.report.JsonReport;
import ru.vprsvod.testing.DistrictGenerator;
import ru.vprsvod.testing.DistrictGenerator.Plant;

/**
 * Issue 19, «re-check selection that a head can defend», on the standard district of seed 1: the school that pushed
 * pupils to the boundaries has one marker C (in Математика 4) — not a ground of the risk group, and an index of 1 —
 * so it is not re-checked, but it is not left out silently either: the findings, the re-check selection and
 * report.json name it «рекомендуется включить» with the reason. The first year of the data says which checks could not
 * run for want of the year before.
 */
class RecommendationTest {

    @TempDir
    static Path dir;
    static DistrictGenerator district;
    static Findings findings;
    static JsonNode json;

    @BeforeAll
    static void check() throws Exception {
        district = DistrictGenerator.generate(DistrictGenerator.Settings.standard(1));
        findings = GeneratedDistrict.check(district, dir);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonReport.writeObjectivity(out, findings);
        json = new ObjectMapper().readTree(out.toByteArray()).get("objectivity");
    }

    private static JsonNode year(int year) {
        for (JsonNode y : json.get("years")) {
            if (y.get("year").asInt() == year) {
                return y;
            }
        }
        throw new AssertionError(year);
    }

    @Test
    void theSchoolWithTheBoundaryPushIsRecommendedWithItsReasonNotSilentlyLeftOut() {
        String login = district.planted(Plant.BOUNDARY_PUSH).login();
        YearFindings y = findings.year(2026).orElseThrow();
        SchoolFindings school = y.school(login).orElseThrow();
        assertFalse(school.riskGroup(), "one marker C is neither a ground nor an index of 2: " + school);
        assertTrue(school.recheckRecommended());
        assertEquals(List.of("признак C — скопление участников на наименьших баллах отметок: Математика, 4 класс"),
                school.recommendReasons());
        assertTrue(y.recommended().contains(school));
        assertTrue(findings.recheck().works().stream().noneMatch(w -> w.school().login().equals(login)), "not selected");

        RecommendedSchool recommended = findings.recheck().recommended().stream()
                .filter(r -> r.school().login().equals(login)).findFirst().orElseThrow();
        assertEquals(List.of(Rule.C), recommended.rules());
        assertTrue(recommended.boundaryWorks() >= 10, "its pile at the boundary: " + recommended.boundaryWorks());

        List<String> logins = new ArrayList<>();
        year(2026).get("recommended").forEach(r -> logins.add(r.get("login").asText()));
        assertTrue(logins.contains(login), logins.toString());
        JsonNode inRecheck = null;
        for (JsonNode r : json.get("recheck").get("recommended")) {
            if (r.get("login").asText().equals(login)) {
                inRecheck = r;
            }
        }
        assertEquals("C", inRecheck.get("rules").get(0).asText());
        assertEquals(recommended.boundaryWorks(), inRecheck.get("boundaryWorks").asInt());
        assertEquals(school.recommendReasons().get(0), inRecheck.get("reasons").get(0).asText());
        for (JsonNode s : year(2026).get("schools")) {
            if (s.get("login").asText().equals(login)) {
                assertTrue(s.get("recheckRecommended").asBoolean());
            }
        }
    }

    @Test
    void noSchoolOfTheRiskGroupIsRecommendedAndNoCleanSchoolIs() {
        YearFindings y = findings.year(2026).orElseThrow();
        assertTrue(y.recommended().stream().noneMatch(SchoolFindings::riskGroup));
        for (DistrictGenerator.GeneratedSchool clean : district.clean()) {
            assertFalse(y.school(clean.login()).orElseThrow().recheckRecommended(), clean.name());
        }
    }

    @Test
    void theFirstYearSaysWhichChecksCouldNotRunForWantOfTheYearBefore() {
        YearFindings first = findings.year(2025).orElseThrow();
        assertEquals(List.of(Rule.E, Rule.F), first.skipped().stream().map(Skip::rule).toList());
        assertFalse(first.checked(Rule.E));
        assertTrue(findings.year(2026).orElseThrow().checked(Rule.E));
        JsonNode skipped = year(2025).get("skipped");
        assertEquals("E", skipped.get(0).get("rule").asText());
        assertEquals("в программе нет результатов ВПР 2024 года: резкое изменение результатов по сравнению с прошлым годом не"
                + " проверялось ни у одной школы", skipped.get(0).get("reason").asText());
        assertEquals(0, year(2026).get("skipped").size(), "2026 has 2025 to compare with");
    }
}
