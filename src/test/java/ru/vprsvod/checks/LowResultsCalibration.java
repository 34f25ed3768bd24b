package ru.vprsvod.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ru.vprsvod.consolidation.Campaign;
import ru.vprsvod.lowresults.LowResults;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.Rules;
import ru.vprsvod.testing.DistrictGenerator;
import ru.vprsvod.testing.DistrictGenerator.Settings;

/**
 * The calibration of the low-results rule over generated districts ({@link Settings#calibration}: 25 schools of
 * realistically varying strength, four works, two years): per pair of thresholds, the share of school-years listed.
 * The rule should name a plausible minority — the weakest few schools, not half the district. Not a test —
 * {@link #main} is run by hand and its table goes into the README; {@link LowResultsCalibrationTest} pins the
 * defaults' share on a few fixed seeds.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) ru.vprsvod.checks.LowResultsCalibration 100
 * </pre>
 */
public final class LowResultsCalibration {

    private LowResultsCalibration() {
    }

    /** The share of school-years listed under {@code rules}, over the seeds' districts, and the listed count per year. */
    record Share(int listed, int schoolYears, int districtYears, int yearsWithNone) {
        double share() {
            return (double) listed / schoolYears;
        }
    }

    /** Every year's campaign of each seed's calibration district. */
    static List<Campaign> campaigns(long firstSeed, int districts) {
        List<Campaign> out = new ArrayList<>();
        Path dir;
        try {
            dir = Files.createTempDirectory("low-results");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Reference template = null;
        for (long seed = firstSeed; seed < firstSeed + districts; seed++) {
            DistrictGenerator district = DistrictGenerator.generate(Settings.calibration(seed));
            if (template == null) {
                template = GeneratedDistrict.template(district, dir);
            }
            GeneratedDistrict.checkInMemory(district, template, out::add);
        }
        return out;
    }

    static Share share(List<Campaign> campaigns, Rules rules) {
        int listed = 0;
        int schoolYears = 0;
        int none = 0;
        for (Campaign c : campaigns) {
            int n = LowResults.of(c, rules).schools().size();
            listed += n;
            none += n == 0 ? 1 : 0;
            schoolYears += (int) c.works().stream().flatMap(w -> w.schools().stream()).map(r -> r.school().login()).distinct().count();
        }
        return new Share(listed, schoolYears, campaigns.size(), none);
    }

    /** {@code LowResultsCalibration [districts]}: the README's table of the share listed per pair of thresholds. */
    public static void main(String[] args) {
        int districts = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        List<Campaign> campaigns = campaigns(1, districts);
        System.out.println("| п. п. выше района | работ, не менее | школ в перечне, % школо-лет | школ на район в год | районо-лет без школ |");
        System.out.println("|---|---|---|---|---|");
        for (int points : new int[] {10, 15, 20}) {
            for (int works = 1; works <= 3; works++) {
                Rules rules = Rules.defaults().with(RuleParameter.LOW_POINTS, String.valueOf(points))
                        .with(RuleParameter.LOW_WORKS, String.valueOf(works));
                Share s = share(campaigns, rules);
                System.out.printf(Locale.ROOT, "| %d | %d | %.1f | %.2f | %d %% |%n", points, works, 100 * s.share(),
                        (double) s.listed() / s.districtYears(), Math.round(100.0 * s.yearsWithNone() / s.districtYears()));
            }
        }
    }
}
