package ru.vprsvod.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.Rules;
import ru.vprsvod.reference.Setting;
import ru.vprsvod.statistics.JournalComparison;
import ru.vprsvod.statistics.WorkStats;

/**
 * A. VPR marks against journal marks (FIS OKO «Сравнение отметок с отметками по журналу»): a sign when more than
 * the threshold (50 %, the department's Порядок) of the pupils who wrote the work and have a journal mark did not
 * confirm it. Lowering and raising are shown apart: mass lowering points at inflated journal marks, mass raising
 * at lenient checking of the work.
 */
final class JournalRule {

    private JournalRule() {
    }

    static void check(SchoolWork sw, Rules rules, Verdict v) {
        JournalComparison j = sw.stats().journal();
        Setting threshold = rules.get(RuleParameter.A_NOT_CONFIRMED, sw.spec().work());
        Setting minimum = rules.get(RuleParameter.MIN_GROUP);
        if (j.compared() == 0) {
            v.skip(Rule.A, "ни у одного участника нет отметки по журналу: сравнивать не с чем");
            return;
        }
        if (j.compared() < minimum.number().intValue()) {
            v.skip(Rule.A, "отметка по журналу есть у " + Wording.pupilsGenitive(j.compared()) + ", а для сравнения нужно не менее "
                    + Wording.number(minimum.number()));
            return;
        }
        if (!Wording.exceeds(j.notConfirmed(), j.compared(), threshold.number())) {
            return;
        }
        JournalComparison d = sw.district().journal();
        String which = j.raised() == 0 ? "у всех " + j.lowered() + " отметка ВПР ниже журнальной"
                : j.lowered() == 0 ? "у всех " + j.raised() + " отметка ВПР выше журнальной"
                : "у " + j.lowered() + " отметка ВПР ниже журнальной, у " + j.raised() + " — выше";
        String text = "Не подтвердили отметку по журналу " + Wording.share(j.notConfirmed(), j.compared()) + " участников, по району — "
                + Wording.percent(d.notConfirmedPercent()) + ": " + which + ". " + (j.lowered() >= j.raised()
                        ? "Это может означать, что отметки по журналу завышены."
                        : "Это может означать, что работы проверены слишком мягко.") + " " + Wording.NEEDS_ANALYSIS;
        List<String> details = new ArrayList<>();
        details.add("понизили (отметка ВПР ниже журнальной) — " + Wording.share(j.lowered(), j.compared()) + ", подтвердили — "
                + Wording.share(j.confirmed(), j.compared()) + ", повысили — " + Wording.share(j.raised(), j.compared())
                + "; по району понизили " + Wording.percent(d.loweredPercent()) + ", повысили " + Wording.percent(d.raisedPercent()));
        details.add(j.differByTwoOrMore() == 0 ? "расхождений на 2 и более отметки нет"
                : "отметки различаются на 2 и более у " + Wording.pupilsGenitive(j.differByTwoOrMore()));
        details.addAll(perClass(sw.classes(), minimum.number().intValue()));
        v.flag(Rule.A, "A", text, details, threshold, minimum);
    }

    /** «4А: не подтвердили 70,0 % (14 из 20)» for classes large enough to say something. */
    private static List<String> perClass(Map<String, WorkStats> classes, int minimum) {
        List<String> lines = new ArrayList<>();
        if (classes.size() < 2) {
            return lines;
        }
        classes.forEach((name, stats) -> {
            JournalComparison j = stats.journal();
            String label = name.isEmpty() ? "класс не указан" : name;
            lines.add(j.compared() < minimum
                    ? label + ": отметка по журналу у " + Wording.pupilsGenitive(j.compared()) + " — мало для вывода"
                    : label + ": не подтвердили " + Wording.share(j.notConfirmed(), j.compared()) + " (понизили " + j.lowered()
                            + ", повысили " + j.raised() + ")");
        });
        return lines;
    }
}
