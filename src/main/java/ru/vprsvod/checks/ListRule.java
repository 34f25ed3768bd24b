package ru.vprsvod.checks;

import java.util.List;
import java.util.Optional;
import ru.vprsvod.reference.FederalList;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.Rules;
import ru.vprsvod.reference.School;
import ru.vprsvod.reference.Setting;

/**
 * F. The school was on last year's list (the department's Порядок, grounds of the re-check): the federal list of
 * schools with signs of non-objective results, or the municipal risk group the product computed for last year.
 */
final class ListRule {

    private ListRule() {
    }

    static void check(School school, int year, FederalList federal, Optional<YearFindings> previous, Rules rules, Verdict v) {
        int last = year - 1;
        Setting useFederal = rules.get(RuleParameter.F_FEDERAL);
        Setting useMunicipal = rules.get(RuleParameter.F_MUNICIPAL);
        if (useFederal.on()) {
            List<FederalList.Listed> listed = federal.of(last, school.login());
            if (!listed.isEmpty()) {
                FederalList.Listed first = listed.get(0);
                String markers = first.markers().isEmpty() ? "" : ": " + String.join("; ", first.markers());
                v.flag(Rule.F, "F.federal", "Школа включена в федеральный перечень ОО с признаками необъективности результатов ВПР "
                        + last + " года (маркеров — " + first.markerCount() + markers + "). " + Wording.NEEDS_ANALYSIS,
                        List.of("источник перечня: " + first.origin()), useFederal);
            }
        }
        if (useMunicipal.on()) {
            Optional<SchoolFindings> before = previous.flatMap(p -> p.school(school.login()));
            if (before.isPresent() && before.get().riskGroup()) {
                v.flag(Rule.F, "F.municipal", "Школа входила в муниципальную группу риска по итогам ВПР " + last + " года. "
                        + Wording.NEEDS_ANALYSIS, before.get().riskReasons().stream().map(r -> "основание в " + last
                        + " году: " + r).toList(), useMunicipal);
            }
        }
        if (useFederal.on() && federal.entries().stream().noneMatch(e -> e.year() == last)
                && (!useMunicipal.on() || previous.isEmpty())) {
            v.skip(Rule.F, "нет ни федерального перечня ОО с признаками необъективности за " + last + " год, ни результатов района"
                    + " за " + last + " год: была ли школа в списке прошлого года, проверить нельзя");
        }
    }
}
