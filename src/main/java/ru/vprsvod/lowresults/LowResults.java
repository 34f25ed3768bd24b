package ru.vprsvod.lowresults;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.vprsvod.consolidation.Campaign;
import ru.vprsvod.consolidation.SchoolResult;
import ru.vprsvod.consolidation.WorkResults;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.Rules;
import ru.vprsvod.reference.School;
import ru.vprsvod.reference.Setting;
import ru.vprsvod.statistics.Percent;

/**
 * The schools with low results of a year (the Порядок's п. 7.4: the department examines them and plans their
 * professional development): a school whose share of «2» is at least {@link RuleParameter#LOW_POINTS} above the
 * district's on at least {@link RuleParameter#LOW_WORKS} of its works, counting only works written by at least
 * {@link RuleParameter#MIN_DISTRIBUTION}. Kept apart from the objectivity signs: low results say nothing about
 * whether the results are honest, and a school is never put in the risk group for them.
 */
public final class LowResults {

    /** One work of a school above the threshold: its share of «2» and the district's. */
    public record LowWork(SchoolResult school, WorkResults work, double share, double district, Setting threshold) {
        public double excess() {
            return share - district;
        }

        /** The excess as printed (each share rounded to one decimal), so a table adds up for a reader. */
        public double shownExcess() {
            return Percent.round1(share) - Percent.round1(district);
        }
    }

    private final List<LowWork> works;
    private final int minimumWorks;
    private final Setting points;
    private final int minimumPresent;

    private LowResults(List<LowWork> works, int minimumWorks, Setting points, int minimumPresent) {
        this.works = List.copyOf(works);
        this.minimumWorks = minimumWorks;
        this.points = points;
        this.minimumPresent = minimumPresent;
    }

    /** The schools of the campaign that meet the rule, every work of theirs above the threshold, the largest excess first. */
    public static LowResults of(Campaign campaign, Rules rules) {
        int minimum = rules.count(RuleParameter.MIN_DISTRIBUTION);
        int minimumWorks = Math.max(1, rules.count(RuleParameter.LOW_WORKS));
        Map<String, List<LowWork>> bySchool = new LinkedHashMap<>();
        for (WorkResults w : campaign.works()) {
            double district = w.district().markPercent(2);
            Setting threshold = rules.get(RuleParameter.LOW_POINTS, w.spec().work());
            for (SchoolResult r : w.schools()) {
                double share = r.stats().markPercent(2);
                if (r.stats().present() >= minimum && !Double.isNaN(share) && !Double.isNaN(district)
                        && share - district >= threshold.number().doubleValue()) {
                    bySchool.computeIfAbsent(r.school().login(), k -> new ArrayList<>()).add(new LowWork(r, w, share, district, threshold));
                }
            }
        }
        List<LowWork> out = new ArrayList<>();
        bySchool.values().stream().filter(list -> list.size() >= minimumWorks).forEach(out::addAll);
        out.sort(Comparator.comparingDouble(LowWork::excess).reversed().thenComparing(l -> l.school().school().name())
                .thenComparing(l -> l.work().spec().work().title()));
        return new LowResults(out, minimumWorks, rules.get(RuleParameter.LOW_POINTS), minimum);
    }

    /** Every work above the threshold of the schools listed, the largest excess first. */
    public List<LowWork> works() {
        return works;
    }

    /** The schools listed, each once, in the order of their largest excess. */
    public List<School> schools() {
        List<School> out = new ArrayList<>();
        for (LowWork w : works) {
            if (out.stream().noneMatch(s -> s.login().equals(w.school().school().login()))) {
                out.add(w.school().school());
            }
        }
        return out;
    }

    public boolean isEmpty() {
        return works.isEmpty();
    }

    /** The threshold for every work, in percentage points (a row of «Правила» may set another for one work). */
    public Setting points() {
        return points;
    }

    /** How many works above the threshold make a school's results low. */
    public int minimumWorks() {
        return minimumWorks;
    }

    /** Works written by fewer pupils are not counted. */
    public int minimumPresent() {
        return minimumPresent;
    }

    /** The rule in words, for conclusions and pages: «доля отметок «2» выше районной на 15 п. п. и более — не менее чем на 2 работах». */
    public String ruleText() {
        String pp = points.number().stripTrailingZeros().toPlainString().replace('.', ',');
        return "доля отметок «2» выше районной на " + pp + " п. п. и более "
                + (minimumWorks == 1 ? "хотя бы на одной работе" : "— не менее чем на " + minimumWorks + " работах");
    }
}
