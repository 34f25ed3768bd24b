package ru.vprsvod.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.Rules;

class InflationRuleTest {

    /** 20 pupils: {@code fives} score «5», {@code twos} score «2», the rest «4». */
    private static Group group(int fives, int twos) {
        return new Group().scoring(fives, 9, 5).scoring(twos, 2, 3).scoring(20 - fives - twos, 7, 4);
    }

    /** 20 pupils of whom {@code good} get «4» and the rest «3». */
    private static SchoolWork quality(String login, int good) {
        return new Group().scoring(good, 7, 4).scoring(20 - good, 5, 3).of(login);
    }

    private static List<String> kinds(Verdict v) {
        return v.flags.stream().map(Flag::kind).toList();
    }

    private static Verdict check(SchoolWork sw, List<SchoolWork> sameWork, Rules rules) {
        Verdict v = new Verdict();
        InflationRule.check(sw, sameWork, rules, v);
        return v;
    }

    private static Verdict alone(Group g, Rules rules) {
        SchoolWork sw = g.of("edu1");
        return check(sw, List.of(sw), rules);
    }

    @Test
    void shareOfFivesAboveItsBound() {
        assertEquals(List.of(), kinds(alone(group(9, 0), Rules.defaults())), "45 %");
        assertEquals(List.of(), kinds(alone(group(10, 0), Rules.defaults())), "exactly 50 % is not above 50 %");
        Verdict v = alone(group(11, 0), Rules.defaults());
        assertEquals(List.of("B.5"), kinds(v));
        assertEquals("Доля «5» — 55,0\u00a0% (11 из 20), по району — 55,0\u00a0%: выше верхней границы, принятой для этой"
                + " работы. Это может означать завышение результатов. Признак требует анализа.", v.flags.get(0).text());
        assertEquals(List.of(RuleParameter.B_MAX_FIVE, RuleParameter.MIN_DISTRIBUTION),
                v.flags.get(0).thresholds().stream().map(s -> s.parameter()).toList());
    }

    @Test
    void shareOfTwosBelowItsBoundPerWork() {
        Rules rules = Rules.defaults().with(RuleParameter.B_MIN_TWO, "Математика", 4, "15", "региональная практика");
        assertEquals(List.of(), kinds(alone(group(0, 4), rules)), "20 %");
        assertEquals(List.of(), kinds(alone(group(0, 3), rules)), "exactly 15 % is not below 15 %");
        assertEquals(List.of("B.2"), kinds(alone(group(0, 2), rules)), "10 %");
        assertEquals(List.of(), kinds(alone(group(0, 0), Rules.defaults())), "no lower bound by default");
        Rules otherWork = Rules.defaults().with(RuleParameter.B_MIN_TWO, "Русский язык", 4, "15", "региональная практика");
        assertEquals(List.of(), kinds(alone(group(0, 0), otherWork)), "a bound for another work does not apply");
    }

    @Test
    void qualityFarAboveTheOtherSchoolsNeedsBothDeviationsAndPoints() {
        // Others: 40, 45, 50, 55, 60 % — mean 50 %, standard deviation √62,5 ≈ 7,9 п. п.
        List<SchoolWork> others = new ArrayList<>();
        for (int good = 8; good <= 12; good++) {
            others.add(quality("edu" + good, good));
        }
        Rules byDeviations = Rules.defaults().with(RuleParameter.B_QUALITY_PP, "0");
        assertEquals(List.of(), kinds(check(quality("edu1", 13), with(others, quality("edu1", 13)), byDeviations)), "z = 1,9");
        assertEquals(List.of("B.quality"), kinds(check(quality("edu1", 14), with(others, quality("edu1", 14)), byDeviations)),
                "z = 2,5");
        Rules byPoints = Rules.defaults().with(RuleParameter.B_QUALITY_SD, "0");
        assertEquals(List.of(), kinds(check(quality("edu1", 13), with(others, quality("edu1", 13)), byPoints)), "+15 п. п.");
        Verdict at = check(quality("edu1", 14), with(others, quality("edu1", 14)), Rules.defaults());
        assertEquals(List.of("B.quality"), kinds(at), "+20 п. п. and z = 2,5 with the defaults");
        assertEquals("Качество (доля «4» и «5») — 70,0\u00a0% (14 из 20), в среднем по другим школам района — 50,0\u00a0%: на"
                + " 20,0\u00a0п.\u00a0п. выше, намного больше обычных различий между школами. Результаты могут быть завышены."
                + " Признак требует анализа.", at.flags.get(0).text());
        assertEquals(List.of("среднее качество 5 школ района, где работу писали не менее 20 участников (без этой школы), —"
                + " 50,0\u00a0%, стандартное отклонение — 7,9\u00a0п.\u00a0п.; школа выше среднего на 2,5 стандартного"
                + " отклонения"), at.flags.get(0).details());
    }

    @Test
    void tooFewOtherSchoolsIsASkip() {
        List<SchoolWork> three = List.of(quality("edu8", 8), quality("edu9", 9), quality("edu10", 10), quality("edu1", 20));
        Verdict v = check(quality("edu1", 20), three, Rules.defaults());
        assertEquals(List.of(), kinds(v));
        assertEquals("сравнение качества с районом не выполнено: других школ, где работу писали не менее 20 участников,"
                + " 3, а нужно не менее 4", v.skipped.get(0).reason());
    }

    @Test
    void lyceumsAndGymnasiumsAreNotCheckedByDefault() {
        SchoolWork lyceum = group(20, 0).of(Group.school("edu2", "лицей"));
        Verdict v = check(lyceum, List.of(lyceum), Rules.defaults());
        assertEquals(List.of(), kinds(v));
        assertEquals("не применяется к ОО типа «лицей»: высокие результаты таких школ ожидаемы", v.skipped.get(0).reason());
        SchoolWork byName = group(20, 0).of(new ru.vprsvod.reference.School("edu3", "", "МБОУ «Гимназия № 3»", "", "", "", "",
                "", ru.vprsvod.reference.GradeSet.range(1, 11)));
        assertEquals(List.of(), kinds(check(byName, List.of(byName), Rules.defaults())), "the name tells when the type is empty");
        Rules none = Rules.defaults().with(RuleParameter.B_EXEMPT_TYPES, "");
        assertEquals(List.of("B.5"), kinds(check(lyceum, List.of(lyceum), none)));
    }

    @Test
    void fewerThanTwentyParticipantsIsASkip() {
        Group nineteen = new Group().scoring(19, 9, 5);
        Verdict v = alone(nineteen, Rules.defaults());
        assertEquals(List.of(), kinds(v));
        assertEquals("работу писали 19 участников, а для анализа распределения нужно не менее 20", v.skipped.get(0).reason());
        assertEquals(List.of("B.5"), kinds(alone(new Group().scoring(20, 9, 5), Rules.defaults())));
    }

    private static List<SchoolWork> with(List<SchoolWork> others, SchoolWork school) {
        List<SchoolWork> all = new ArrayList<>(others);
        all.add(school);
        return all;
    }
}
