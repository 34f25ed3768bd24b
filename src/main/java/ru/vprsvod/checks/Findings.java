package ru.vprsvod.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import ru.vprsvod.lowresults.LowResultsHistory;
import ru.vprsvod.recheck.RecheckComparison;
import ru.vprsvod.reference.Rules;

/**
 * Everything the objectivity checks produced: the findings of every year the product has (ascending), the
 * re-check selection for the current campaign, the comparison of the re-check protocols received so far with the
 * schools' own scoring, and the rules in force (each with its source and whether it is a
 * default), so any document can show what the flags were measured against; and, apart from the signs, the schools
 * with low results of every year ({@link LowResultsHistory}).
 */
public record Findings(List<YearFindings> years, RecheckSelection recheck, RecheckComparison recheckResults, Rules rules,
                       LowResultsHistory lowResults) {

    public Findings {
        years = List.copyOf(years);
        Objects.requireNonNull(recheck, "recheck");
        Objects.requireNonNull(recheckResults, "recheckResults");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(lowResults, "lowResults");
    }

    /** Findings without the low-results lists (tests of the signs alone). */
    public Findings(List<YearFindings> years, RecheckSelection recheck, RecheckComparison recheckResults, Rules rules) {
        this(years, recheck, recheckResults, rules, LowResultsHistory.empty());
    }

    public Optional<YearFindings> year(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst();
    }

    /** A school's index and risk-group membership over the years, oldest first (years without its data left out). */
    public List<IndexPoint> history(String login) {
        List<IndexPoint> points = new ArrayList<>();
        for (YearFindings y : years) {
            y.school(login).ifPresent(s -> points.add(new IndexPoint(y.year(), s.index(), s.riskGroup(), s.markers())));
        }
        return points;
    }
}
