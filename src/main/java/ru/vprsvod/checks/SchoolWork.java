package ru.vprsvod.checks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import ru.vprsvod.reference.School;
import ru.vprsvod.reference.WorkSpec;
import ru.vprsvod.statistics.WorkStats;

/**
 * What the rules look at for one school on one work: its figures, the same figures per class when known, and the
 * district's figures on the work (which the flags print beside the school's).
 *
 * @param classes  class name → figures, in class order; empty when only the school's totals are known
 * @param district every school's results on the work together, this one included
 */
record SchoolWork(School school, WorkSpec spec, WorkStats stats, Map<String, WorkStats> classes, WorkStats district) {

    SchoolWork {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(stats, "stats");
        classes = Collections.unmodifiableMap(new LinkedHashMap<>(classes));
        Objects.requireNonNull(district, "district");
    }

    /** A school alone: the district is the school itself. */
    SchoolWork(School school, WorkSpec spec, WorkStats stats, Map<String, WorkStats> classes) {
        this(school, spec, stats, classes, stats);
    }

    SchoolWork(School school, WorkSpec spec, WorkStats stats) {
        this(school, spec, stats, Map.of(), stats);
    }
}
