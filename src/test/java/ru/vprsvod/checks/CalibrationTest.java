package ru.vprsvod.checks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.DistrictGenerator.Variation;

/**
 * The calibration's bounds, pinned on eight fixed seeds so that a change of a default threshold (or of a rule) that
 * breaks them fails here. The figures of the README come from the many-seed run of {@link Calibration#main}; these
 * eight districts are the first of them. The bounds are the targets where the README states one (rule E: at most
 * one chance flag per district-year), elsewhere the many-seed figures with a margin for eight districts.
 */
class CalibrationTest {

    @TempDir
    static Path dir;
    static Calibration.Table table;

    /** The standard plant of each rule and the sharp change of the issue (40 points of quality, 30 pupils a year). */
    private static final List<String> PINNED = List.of("A", "B", "C", "D", "E.jump", "E.parallel.40", "E.cohort.40");

    @BeforeAll
    static void run() {
        List<Calibration.Case> cases = Calibration.cases().stream().filter(c -> PINNED.contains(c.key())).toList();
        table = Calibration.run(Calibration.seeds(1, 8), Variation.REALISTIC, Map.of(), cases, dir);
    }

    private static void atMost(Rule rule, double bound) {
        assertTrue(table.chancePerYear(rule) <= bound, rule + ": " + table.chancePerYear(rule) + " chance markers per district-year,"
                + " more than " + bound + "\n" + table.format());
    }

    private static void atLeast(String key, double bound) {
        assertTrue(table.power(key) >= bound, key + ": " + table.power(key) + " < " + bound + "\n" + table.format());
    }

    @Test
    void chanceFlagsOnCleanSchoolsStayWithinTheirBounds() {
        atMost(Rule.A, 0.5);
        atMost(Rule.B, 2.0);
        atMost(Rule.C, 0.2);
        atMost(Rule.D, 0.2);
        atMost(Rule.E, 1.0);
    }

    @Test
    void plantedCasesAreFlaggedByTheirRules() {
        atLeast("A", 0.95);
        atLeast("B", 0.95);
        atLeast("C", 0.8);
        atLeast("D", 0.95);
        atLeast("E.jump", 0.95);
    }

    @Test
    void aSharpChangeOfFortyPointsAtThirtyPupilsIsFlagged() {
        atLeast("E.parallel.40", 0.85);
        atLeast("E.cohort.40", 0.9);
    }
}
