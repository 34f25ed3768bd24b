package ru.vprsvod.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.Rules;
import ru.vprsvod.russian.RussianFormat;

/**
 * The index of non-objectivity, the risk-group decision and the recommendation to re-check. The index is a weighted
 * count of markers: a rule that fired on a work is one marker (however many of its parts fired), rule F counts once
 * per school. A school enters the municipal risk group — and so the re-check — when it has a marker of one of the
 * rules named in {@link RuleParameter#RISK_RULES} (the department's Порядок: last year's list, more than half not
 * confirming their marks, a sharp change), or when its index reaches {@link RuleParameter#RISK_INDEX} (0 switches
 * that off). A school outside the risk group with a marker of a rule named in {@link RuleParameter#RECHECK_RECOMMEND}
 * (by default B, C, D) is not left out silently: it is recommended for the re-check, with the reason.
 *
 * <p>Reasons are written for people, one sentence each: the sign in words and the works where it was found.
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
    static List<String> reasons(SchoolFindings s, Rules rules) {
        List<String> reasons = new ArrayList<>();
        for (Rule rule : letters(rules, RuleParameter.RISK_RULES)) {
            if (s.markers().containsKey(rule)) {
                reasons.add(reason(s, rule));
            }
        }
        BigDecimal threshold = rules.number(RuleParameter.RISK_INDEX);
        if (threshold.signum() > 0 && s.index().compareTo(threshold) >= 0) {
            reasons.add("индекс необъективности — " + Wording.number(s.index()) + " (маркеры: " + markers(s.markers())
                    + "); в группу риска включаются школы с индексом не ниже " + Wording.number(threshold));
        }
        return reasons;
    }

    /** Why a school outside the risk group is recommended for the re-check; empty when it is in the group or clean. */
    static List<String> recommendations(SchoolFindings s, Rules rules) {
        return recommendedRules(s, rules).stream().map(rule -> reason(s, rule)).toList();
    }

    /** The signs that make a school outside the risk group recommended for the re-check. */
    static List<Rule> recommendedRules(SchoolFindings s, Rules rules) {
        if (s.riskGroup()) {
            return List.of();
        }
        return letters(rules, RuleParameter.RECHECK_RECOMMEND).stream().filter(rule -> s.markers().containsKey(rule)).toList();
    }

    /** «признак C — скопление участников на наименьших баллах отметок: Математика, 4 класс». */
    static String reason(SchoolFindings s, Rule rule) {
        if (rule == Rule.F) {
            List<String> lists = new ArrayList<>();
            for (Flag f : s.schoolFlags()) {
                if (f.kind().equals("F.federal")) {
                    lists.add("была включена в федеральный перечень ОО с признаками необъективности результатов ВПР "
                            + (s.year() - 1) + " года");
                } else if (f.kind().equals("F.municipal")) {
                    lists.add("входила в муниципальную группу риска по итогам ВПР " + (s.year() - 1) + " года");
                }
            }
            return "признак F — школа " + String.join(" и ", lists);
        }
        List<String> titles = s.works().stream().filter(w -> w.flagged(rule)).map(w -> w.work().title()).toList();
        return "признак " + rule + " — " + rule.sign() + ": " + String.join("; ", titles);
    }

    /** «C в 2 работах, F». */
    private static String markers(Map<Rule, Integer> markers) {
        List<String> parts = new ArrayList<>();
        markers.forEach((rule, n) -> parts.add(rule == Rule.F ? "F" : rule + " в " + n + " "
                + RussianFormat.plural(n, "работе", "работах", "работах")));
        return String.join(", ", parts);
    }

    private static List<Rule> letters(Rules rules, RuleParameter p) {
        List<Rule> letters = new ArrayList<>();
        for (String letter : rules.list(p)) {
            for (Rule r : Rule.values()) {
                if (r.name().equalsIgnoreCase(letter.strip())) {
                    letters.add(r);
                }
            }
        }
        return letters;
    }
}
