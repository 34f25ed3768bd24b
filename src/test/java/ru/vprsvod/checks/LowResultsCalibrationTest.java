package ru.vprsvod.checks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.Rules;

/**
 * The defaults of the low-results rule name a plausible minority of a generated district — and the old fixed rule
 * (10 p. p. on any one work, which named 7 of the example's 16 schools) names far more; on ten fixed seeds.
 */
class LowResultsCalibrationTest {

    @Test
    void theDefaultsNameAFewSchoolsNotAQuarterOfTheDistrict() {
        var campaigns = LowResultsCalibration.campaigns(1, 10);
        LowResultsCalibration.Share defaults = LowResultsCalibration.share(campaigns, Rules.defaults());
        assertTrue(defaults.share() > 0.02 && defaults.share() < 0.12, "share " + defaults.share());
        LowResultsCalibration.Share old = LowResultsCalibration.share(campaigns, Rules.defaults()
                .with(RuleParameter.LOW_POINTS, "10").with(RuleParameter.LOW_WORKS, "1"));
        assertTrue(old.share() > 0.2, "old share " + old.share());
    }
}
