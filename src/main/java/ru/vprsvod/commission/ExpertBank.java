package ru.vprsvod.commission;

import java.util.ArrayList;
import java.util.List;
import ru.vprsvod.reference.Expert;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.Rules;
import ru.vprsvod.reference.Setting;
import ru.vprsvod.russian.RussianFormat;

/**
 * The bank of experts sorted by the requirements to members of a subject commission (higher education, teaching
 * experience — {@link RuleParameter#EXPERT_HIGHER_EDUCATION}, {@link RuleParameter#EXPERT_YEARS}): who may sit on
 * one, and for each who may not, a located Russian message saying why.
 */
public final class ExpertBank {

    /** An expert who does not qualify and the message saying why. */
    public record Refusal(Expert expert, String message) {
    }

    private final List<Expert> eligible;
    private final List<Refusal> refusals;

    private ExpertBank(List<Expert> eligible, List<Refusal> refusals) {
        this.eligible = List.copyOf(eligible);
        this.refusals = List.copyOf(refusals);
    }

    /** The bank of the reference's «Эксперты» sheet under its «Правила». */
    public static ExpertBank of(ru.vprsvod.reference.Reference reference) {
        return of(reference.experts(), reference.rules());
    }

    public static ExpertBank of(List<Expert> experts, Rules rules) {
        Setting higher = rules.get(RuleParameter.EXPERT_HIGHER_EDUCATION);
        Setting years = rules.get(RuleParameter.EXPERT_YEARS);
        int minYears = years.number().intValue();
        List<Expert> eligible = new ArrayList<>();
        List<Refusal> refusals = new ArrayList<>();
        for (Expert e : experts) {
            List<String> reasons = new ArrayList<>();
            if (higher.on() && !e.higherEducation()) {
                reasons.add("нет высшего образования (" + higher.source() + ")");
            }
            if (e.years() < minYears) {
                reasons.add("стаж педагогической работы " + yearsText(e.years()) + ", требуется не менее "
                        + RussianFormat.count(minYears, "года", "лет", "лет") + " (" + years.source() + ")");
            }
            if (e.subjects().isEmpty()) {
                reasons.add("не указан ни один предмет");
            }
            if (reasons.isEmpty()) {
                eligible.add(e);
            } else {
                refusals.add(new Refusal(e, e.where() + ": " + e.name() + " не может входить в предметную комиссию — "
                        + String.join("; ", reasons) + "."));
            }
        }
        return new ExpertBank(eligible, refusals);
    }

    /** «1 год», «2 года», «5 лет». */
    static String yearsText(int n) {
        return RussianFormat.count(n, "год", "года", "лет");
    }

    /** The experts who may sit on a commission, in the bank's order. */
    public List<Expert> eligible() {
        return eligible;
    }

    /** The eligible experts of one subject. */
    public List<Expert> eligible(String subject) {
        return eligible.stream().filter(e -> e.teaches(subject)).toList();
    }

    public List<Refusal> refusals() {
        return refusals;
    }
}
