package ru.vprsvod.checks;

import java.util.List;
import java.util.Objects;
import ru.vprsvod.reference.Setting;

/**
 * A sign of possibly non-objective results (признак), written for a department head: one or two plain Russian
 * sentences with the school's figures beside the district's, what it may mean, ending «Признак требует анализа.»,
 * e.g. «Не подтвердили отметку по журналу 64,3 % (27 из 42) участников, по району — 28,1 %: у 24 отметка ВПР ниже
 * журнальной, у 3 — выше. Это может означать, что отметки по журналу завышены. Признак требует анализа.» The text
 * names no threshold and no source: those travel in {@link #thresholds()}, which documents print once, in the
 * appendix of rules; the technical figures (probabilities, standard deviations, counts per score, per class) are in
 * {@link #details()}.
 *
 * @param kind       which part of the rule fired, stable for programs: «A», «B.5», «B.2», «B.quality», «C.4»,
 *                   «D.levels», «D.groups», «E.parallel», «E.cohort», «F.federal», «F.municipal»
 * @param text       the explanation for people
 * @param details    the technical figures, one line each (per class, per task, per score), may be empty
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
