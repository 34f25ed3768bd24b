package ru.vprsvod.consolidation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A received observer's report as the store keeps it.
 *
 * @param date       the day it is about, null when it could not be read
 * @param accepted   whether it was accepted (only accepted reports count for their school and date)
 * @param violations each question answered «нет», with the comment
 * @param receivedAt when the file arrived
 */
public record StoredObserverReport(long fileId, int year, String school, LocalDate date, String observer, boolean accepted,
                                   List<String> violations, String remarks, Instant receivedAt) {

    public StoredObserverReport {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(observer, "observer");
        violations = List.copyOf(violations);
        Objects.requireNonNull(remarks, "remarks");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
