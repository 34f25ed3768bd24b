package ru.vprsvod.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.Rules;

class JournalRuleTest {

    private static Verdict check(Group g) {
        Verdict v = new Verdict();
        JournalRule.check(g.of("edu1"), Rules.defaults(), v);
        return v;
    }

    /** 42 pupils with a journal «4»: {@code notConfirmed} of them score «5» (raised), the rest «4». */
    private static Group group(int notConfirmed) {
        return new Group().scoring(notConfirmed, 9, 4).scoring(42 - notConfirmed, 7, 4);
    }

    @Test
    void moreThanHalfNotConfirmingIsASignExactlyHalfIsNot() {
        assertEquals(List.of(), check(group(20)).flags, "20 of 42: 47.6 %");
        assertEquals(List.of(), check(group(21)).flags, "21 of 42: exactly 50 % is not «more than 50 %»");
        assertEquals(1, check(group(22)).flags.size(), "22 of 42: 52.4 %");
    }

    @Test
    void theFlagExplainsItselfInPlainWordsWithTheDistrictBesideTheSchool() {
        Group g = new Group().scoring(22, 5, 4).scoring(2, 3, 5).scoring(3, 9, 4).scoring(15, 7, 4)
                .scoring(4, 9, null).absent(3);
        Group rest = new Group().scoring(50, 7, 4).scoring(10, 5, 4);
        SchoolWork sw = new SchoolWork(Group.school("edu1", "СОШ"), Group.spec(), g.stats(), Map.of(), g.stats().plus(rest.stats()));
        Verdict v = new Verdict();
        JournalRule.check(sw, Rules.defaults(), v);
        Flag flag = v.flags.get(0);
        assertEquals("Не подтвердили отметку по журналу 64,3\u00a0% (27 из 42) участников, по району — 36,3\u00a0%: у 24 отметка"
                + " ВПР ниже журнальной, у 3 — выше. Это может означать, что отметки по журналу завышены. Признак требует"
                + " анализа.", flag.text());
        assertEquals(List.of("понизили (отметка ВПР ниже журнальной) — 57,1\u00a0% (24 из 42), подтвердили — 35,7\u00a0% (15"
                + " из 42), повысили — 7,1\u00a0% (3 из 42); по району понизили 33,3\u00a0%, повысили 2,9\u00a0%",
                "отметки различаются на 2 и более у 2 участников"), flag.details());
        assertEquals(List.of(RuleParameter.A_NOT_CONFIRMED, RuleParameter.MIN_GROUP),
                flag.thresholds().stream().map(s -> s.parameter()).toList());
        assertTrue(flag.thresholds().get(0).byDefault());
        assertEquals("50", flag.thresholds().get(0).value(), "the threshold travels with the flag, not in its text");
    }

    @Test
    void tooFewComparedPupilsIsASkipThatSaysWhy() {
        Verdict nine = check(new Group().scoring(9, 2, 5).scoring(20, 9, null));
        assertEquals(List.of(), nine.flags);
        assertEquals(List.of(new Skip(Rule.A, "отметка по журналу есть у 9 участников, а для сравнения нужно не менее 10")),
                nine.skipped);
        assertEquals(1, check(new Group().scoring(10, 2, 5)).flags.size(), "10 compared is enough");
        assertEquals("ни у одного участника нет отметки по журналу: сравнивать не с чем",
                check(new Group().scoring(30, 5, null)).skipped.get(0).reason());
    }

    @Test
    void aConfiguredThresholdIsUsedAndCarried() {
        Verdict v = new Verdict();
        JournalRule.check(group(17).of("edu1"), Rules.defaults().with(RuleParameter.A_NOT_CONFIRMED, "40"), v);
        assertTrue(v.flags.get(0).text().startsWith("Не подтвердили отметку по журналу 40,5\u00a0% (17 из 42) участников"),
                v.flags.get(0).text());
        assertTrue(v.flags.get(0).text().contains("проверены слишком мягко"), "all 17 were raised: " + v.flags.get(0).text());
        assertEquals("40", v.flags.get(0).thresholds().get(0).value());
        assertEquals("задано вручную", v.flags.get(0).thresholds().get(0).source());
    }

    @Test
    void classesAreShownWhenThereAreSeveral() {
        Group g = new Group().inClass("4А").scoring(14, 9, 4).scoring(6, 7, 4).inClass("4Б").scoring(8, 7, 4).scoring(2, 9, 4);
        Map<String, ru.vprsvod.statistics.WorkStats> classes = new java.util.LinkedHashMap<>();
        classes.put("4А", new Group().scoring(14, 9, 4).scoring(6, 7, 4).stats());
        classes.put("4Б", new Group().scoring(8, 7, 4).scoring(2, 9, 4).stats());
        SchoolWork sw = new SchoolWork(Group.school("edu1", "СОШ"), Group.spec(), g.stats(), classes);
        Verdict v = new Verdict();
        JournalRule.check(sw, Rules.defaults().with(RuleParameter.A_NOT_CONFIRMED, "45"), v);
        assertEquals(List.of("4А: не подтвердили 70,0\u00a0% (14 из 20) (понизили 0, повысили 14)",
                "4Б: не подтвердили 20,0\u00a0% (2 из 10) (понизили 0, повысили 2)"), v.flags.get(0).details().subList(2, 4));
    }
}
