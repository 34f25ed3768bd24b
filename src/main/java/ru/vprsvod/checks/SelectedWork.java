package ru.vprsvod.checks;

import java.util.Objects;
import ru.vprsvod.reference.School;
import ru.vprsvod.reference.Work;

/**
 * One participant's work chosen for the municipal re-check.
 *
 * @param why a Russian phrase for the protocol, e.g. «балл на границе отметки «4» (работа с признаками C)»
 */
public record SelectedWork(School school, Work work, String code, String className, String variant,
                           int primaryScore, int mark, Reason reason, String why) {

    /** Why a work was chosen, in the order the selection takes them. */
    public enum Reason {
        /** Every work with a score exactly at a mark boundary, in works with signs. */
        BOUNDARY,
        /** Random works that bring a school of the risk group to its minimum. */
        SCHOOL_MINIMUM,
        /** Random works that bring the total to the required share of the district. */
        SAMPLE
    }

    public SelectedWork {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(why, "why");
    }
}
