package ru.vprsvod.checks;

import java.util.List;
import java.util.Objects;
import ru.vprsvod.reference.Setting;

/**
 * A sign of possibly non-objective results (признак), explained in Russian with its figures and the thresholds
 * it was measured against, e.g. «Не подтвердили отметку по журналу 64,3 % участников (27 из 42) при пороге 50 %
 * (Порядок МО, п. 6.3)».
 *
 * @param kind       which part of the rule fired, stable for programs: «A», «B.5», «B.2», «B.quality», «C.4»,
 *                   «D.levels», «D.groups», «E.parallel», «E.cohort», «F.federal», «F.municipal»
 * @param text       the explanation, one or more Russian sentences
 * @param details    further lines (per class, per task), may be empty
 * @param thresholds the settings the decision used, with their sources and whether they are defaults
 */
public record Flag(Rule rule, String kind, String text, List<String> details, List<Setting> thresholds) {

    public Flag {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        details = List.copyOf(details);
        thresholds = List.copyOf(thresholds);
    }
}
