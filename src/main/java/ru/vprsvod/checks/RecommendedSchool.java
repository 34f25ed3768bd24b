package ru.vprsvod.checks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import ru.vprsvod.reference.School;

/**
 * A school outside the risk group that has signs the department's rules name for a re-check recommendation
 * («рекомендовать включить школы с признаками», by default B, C, D): documents list it as «рекомендуется включить»
 * with its reasons, so that the clearest boundary push is never left out of the re-check silently. Including it is
 * the department's decision (add the letters to «включать при признаках» to make it automatic).
 *
 * @param rules         the signs that make the recommendation
 * @param reasons       one plain sentence per sign, as {@link SchoolFindings#recommendReasons()}
 * @param boundaryWorks the school's works with a score exactly at a mark's lowest score, in its works with signs: what
 *                      the re-check would take first if the school were included
 */
public record RecommendedSchool(School school, BigDecimal index, List<Rule> rules, List<String> reasons, int boundaryWorks) {

    public RecommendedSchool {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(index, "index");
        rules = List.copyOf(rules);
        reasons = List.copyOf(reasons);
    }
}
