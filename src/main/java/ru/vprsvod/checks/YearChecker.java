package ru.vprsvod.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import ru.vprsvod.consolidation.Campaign;
import ru.vprsvod.consolidation.SchoolResult;
import ru.vprsvod.consolidation.WorkResults;
import ru.vprsvod.reference.FederalList;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.Rules;
import ru.vprsvod.reference.Scale;
import ru.vprsvod.reference.School;
import ru.vprsvod.statistics.WorkStats;

/** Runs rules A–F over one year's campaign and decides the index and the risk group of each school. */
final class YearChecker {

    private final Reference reference;
    private final Rules rules;
    private final FederalList federal;
    private final BiFunction<SchoolResult, Scale, Map<String, WorkStats>> classes;

    /**
     * @param classes a school's figures on a work per class (empty when unknown)
     */
    YearChecker(Reference reference, FederalList federal, BiFunction<SchoolResult, Scale, Map<String, WorkStats>> classes) {
        this.reference = reference;
        this.rules = reference.rules();
        this.federal = federal;
        this.classes = classes;
    }

    YearFindings check(Campaign campaign, Optional<Campaign> previous, Optional<YearFindings> previousFindings) {
        Map<String, School> schools = new LinkedHashMap<>();
        Map<String, List<WorkFindings>> works = new LinkedHashMap<>();
        List<ChangeRule.Moved> moved = ChangeRule.changes(campaign, previous, rules);
        for (WorkResults w : campaign.works()) {
            List<SchoolWork> sameWork = w.schools().stream()
                    .map(r -> new SchoolWork(r.school(), w.spec(), r.stats(), classes.apply(r, w.spec().scale()), w.district()))
                    .toList();
            for (SchoolWork sw : sameWork) {
                Verdict v = new Verdict();
                JournalRule.check(sw, rules, v);
                InflationRule.check(sw, sameWork, rules, v);
                BoundaryPeakRule.check(sw, rules, v);
                SolveRateRule.check(sw, rules, v);
                ChangeRule.check(sw, moved, previous, rules, v);
                schools.putIfAbsent(sw.school().login(), sw.school());
                works.computeIfAbsent(sw.school().login(), k -> new ArrayList<>())
                        .add(new WorkFindings(w.spec().work(), v.flags, v.skipped));
            }
        }
        // A school on last year's list is in question even if it has sent nothing yet this year.
        for (School s : reference.schools()) {
            if (!federal.of(campaign.year() - 1, s.login()).isEmpty()
                    || previousFindings.flatMap(p -> p.school(s.login())).map(SchoolFindings::riskGroup).orElse(false)) {
                schools.putIfAbsent(s.login(), s);
            }
        }
        List<SchoolFindings> result = new ArrayList<>();
        for (School school : schools.values()) {
            Verdict v = new Verdict();
            ListRule.check(school, campaign.year(), federal, previousFindings, rules, v);
            List<WorkFindings> schoolWorks = works.getOrDefault(school.login(), List.of());
            SchoolFindings draft = new SchoolFindings(school, campaign.year(), schoolWorks, v.flags, v.skipped,
                    BigDecimal.ZERO, List.of());
            BigDecimal index = RiskGroup.index(draft.markers(), rules);
            SchoolFindings indexed = new SchoolFindings(school, campaign.year(), schoolWorks, v.flags, v.skipped, index, List.of());
            List<String> reasons = RiskGroup.reasons(indexed, rules);
            SchoolFindings decided = new SchoolFindings(school, campaign.year(), schoolWorks, v.flags, v.skipped, index, reasons);
            result.add(new SchoolFindings(school, campaign.year(), schoolWorks, v.flags, v.skipped, index, reasons,
                    RiskGroup.recommendations(decided, rules)));
        }
        result.sort((a, b) -> a.school().name().compareToIgnoreCase(b.school().name()));
        return new YearFindings(campaign.year(), result, yearSkips(campaign.year(), previous, previousFindings));
    }

    /** Checks that could not run for any school this year: the year before is missing. */
    private List<Skip> yearSkips(int year, Optional<Campaign> previous, Optional<YearFindings> previousFindings) {
        int last = year - 1;
        List<Skip> skips = new ArrayList<>();
        if (previous.isEmpty() || previous.get().submissionCount() == 0) {
            skips.add(new Skip(Rule.E, "в программе нет результатов ВПР " + last + " года: резкое изменение результатов по"
                    + " сравнению с прошлым годом не проверялось ни у одной школы"));
        }
        boolean federalChecked = rules.get(RuleParameter.F_FEDERAL).on() && federal.entries().stream().anyMatch(e -> e.year() == last);
        boolean municipalChecked = rules.get(RuleParameter.F_MUNICIPAL).on() && previousFindings.isPresent();
        if (!federalChecked && !municipalChecked) {
            skips.add(new Skip(Rule.F, "нет ни федерального перечня ОО с признаками необъективности за " + last + " год, ни"
                    + " результатов района за " + last + " год: была ли школа в списке прошлого года, не проверялось"));
        }
        return skips;
    }
}
