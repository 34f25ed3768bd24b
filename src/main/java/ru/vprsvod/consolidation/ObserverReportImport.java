package ru.vprsvod.consolidation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A public observer's report as received: the school (empty when the file named no known school) and the date it is
 * about (null when it could not be read), the observer, and what went wrong by the report.
 *
 * @param violations each question answered «нет», with the observer's comment after « — » when there is one
 */
public record ObserverReportImport(String school, int year, LocalDate date, String observer, List<String> violations,
                                   String remarks) {

    public ObserverReportImport {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(observer, "observer");
        violations = List.copyOf(violations);
        Objects.requireNonNull(remarks, "remarks");
    }
}
