package ru.vprsvod.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.Rules;
import ru.vprsvod.reference.Setting;

/**
 * The index of non-objectivity and the risk-group decision. The index is a weighted count of markers: a rule that
 * fired on a work is one marker (however many of its parts fired), rule F counts once per school. A school
 * enters the municipal risk group when it has a marker of one of the rules named in
 * {@link RuleParameter#RISK_RULES} (Порядок МО, п. 6.3: last year's list, more than 50 % not confirming, a sharp
 * change), or when its index reaches {@link RuleParameter#RISK_INDEX} (0 switches that off).
 */
final class RiskGroup {

    private static final Map<Rule, RuleParameter> WEIGHTS = new EnumMap<>(Map.of(
            Rule.A, RuleParameter.WEIGHT_A, Rule.B, RuleParameter.WEIGHT_B, Rule.C, RuleParameter.WEIGHT_C,
            Rule.D, RuleParameter.WEIGHT_D, Rule.E, RuleParameter.WEIGHT_E, Rule.F, RuleParameter.WEIGHT_F));

    private RiskGroup() {
    }

    static BigDecimal index(Map<Rule, Integer> markers, Rules rules) {
        BigDecimal index = BigDecimal.ZERO;
        for (Map.Entry<Rule, Integer> m : markers.entrySet()) {
            index = index.add(rules.number(WEIGHTS.get(m.getKey())).multiply(BigDecimal.valueOf(m.getValue())));
        }
        return index.stripTrailingZeros().scale() < 0 ? index.setScale(0) : index.stripTrailingZeros();
    }

    /** Why the school is in the risk group, one sentence per reason; empty when it is not. */
    static List<String> reasons(List<WorkFindings> works, Map<Rule, Integer> markers, BigDecimal index, Rules rules) {
        List<String> reasons = new ArrayList<>();
        Setting sufficient = rules.get(RuleParameter.RISK_RULES);
        for (String letter : rules.list(RuleParameter.RISK_RULES)) {
            Rule rule = Rule.valueOf(letter);
            if (!markers.containsKey(rule)) {
                continue;
            }
            if (rule == Rule.F) {
                reasons.add("признак F (" + Rule.F.title().toLowerCase(java.util.Locale.ROOT) + ")");
            } else {
                List<String> titles = works.stream().filter(w -> w.flagged(rule)).map(w -> w.work().title()).toList();
                reasons.add("признак " + rule + " (" + rule.title().toLowerCase(java.util.Locale.ROOT) + "): "
                        + String.join("; ", titles));
            }
        }
        if (!reasons.isEmpty()) {
            reasons.set(reasons.size() - 1, reasons.get(reasons.size() - 1) + " — признаки, достаточные для включения: "
                    + sufficient.value() + " " + sufficient.origin());
        }
        Setting threshold = rules.get(RuleParameter.RISK_INDEX);
        if (threshold.number().signum() > 0 && index.compareTo(threshold.number()) >= 0) {
            reasons.add("индекс необъективности " + Wording.number(index) + " при пороге " + Wording.threshold(threshold));
        }
        return reasons;
    }
}
