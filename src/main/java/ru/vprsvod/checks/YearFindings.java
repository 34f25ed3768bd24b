package ru.vprsvod.checks;

import java.util.List;
import java.util.Optional;
import ru.vprsvod.reference.Work;

/**
 * The checks of one year's campaign: every school with results (or on last year's list), in the order of the
 * campaign's schools.
 *
 * @param skipped checks that could not run for any school this year, and why — e.g. no results of the year before,
 *                so no sharp change could be looked for: documents say so instead of «признаков не выявлено»
 */
public record YearFindings(int year, List<SchoolFindings> schools, List<Skip> skipped) {

    public YearFindings {
        schools = List.copyOf(schools);
        skipped = List.copyOf(skipped);
    }

    public YearFindings(int year, List<SchoolFindings> schools) {
        this(year, schools, List.of());
    }

    /** Whether a rule could run this year at all (it may still have been skipped for some schools). */
    public boolean checked(Rule rule) {
        return skipped.stream().noneMatch(s -> s.rule() == rule);
    }

    /**
     * Schools outside the risk group recommended for the re-check («рекомендуется включить»), by decreasing index,
     * then name; each says why in {@link SchoolFindings#recommendReasons()}.
     */
    public List<SchoolFindings> recommended() {
        return schools.stream().filter(SchoolFindings::recheckRecommended)
                .sorted((a, b) -> a.index().compareTo(b.index()) != 0 ? b.index().compareTo(a.index())
                        : a.school().name().compareToIgnoreCase(b.school().name()))
                .toList();
    }

    public Optional<SchoolFindings> school(String login) {
        return schools.stream().filter(s -> s.school().login().equalsIgnoreCase(login)).findFirst();
    }

    /** The municipal risk group, by decreasing index, then name. */
    public List<SchoolFindings> riskGroup() {
        return schools.stream().filter(SchoolFindings::riskGroup)
                .sorted((a, b) -> a.index().compareTo(b.index()) != 0 ? b.index().compareTo(a.index())
                        : a.school().name().compareToIgnoreCase(b.school().name()))
                .toList();
    }

    /** Schools with a flag of the rule: the counts and names documents list per kind of sign (seed 002, section 2). */
    public List<SchoolFindings> flaggedBy(Rule rule) {
        return schools.stream().filter(s -> s.flagged(rule)).toList();
    }

    public Optional<WorkFindings> work(String login, Work work) {
        return school(login).flatMap(s -> s.works().stream().filter(w -> w.work().equals(work)).findFirst());
    }
}
