package ru.vprsvod.checks;

import java.util.List;
import java.util.Optional;
import ru.vprsvod.reference.Work;

/**
 * The checks of one year's campaign: every school with results (or on last year's list), in the order of the
 * campaign's schools.
 */
public record YearFindings(int year, List<SchoolFindings> schools) {

    public YearFindings {
        schools = List.copyOf(schools);
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
