package ru.vprsvod.checks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import ru.vprsvod.reference.School;
import ru.vprsvod.reference.WorkSpec;
import ru.vprsvod.statistics.WorkStats;

/**
 * What the rules look at for one school on one work: its figures, and the same figures per class when known.
 *
 * @param classes class name → figures, in class order; empty when only the school's totals are known
 */
record SchoolWork(School school, WorkSpec spec, WorkStats stats, Map<String, WorkStats> classes) {

    SchoolWork {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(stats, "stats");
        classes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(classes));
    }

    SchoolWork(School school, WorkSpec spec, WorkStats stats) {
        this(school, spec, stats, Map.of());
    }
}
