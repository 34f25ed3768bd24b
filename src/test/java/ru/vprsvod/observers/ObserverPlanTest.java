package ru.vprsvod.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.reference.FederalList;
import ru.vprsvod.reference.ObserverEntry;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.ReferenceLoader;
import ru.vprsvod.reference.ReferenceReading;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.Rules;
import ru.vprsvod.reference.Work;
import ru.vprsvod.schedule.Sitting;
import ru.vprsvod.testing.ReferenceWorkbook;

/** The observers' plan on the example district: the exact messages a coordinator reads and the «Правила» switches. */
class ObserverPlanTest {

    @TempDir
    static Path dir;
    static Reference example;
    static final LocalDate APRIL_14 = LocalDate.of(2026, 4, 14);
    static final Work MATH_4 = new Work(2026, "Математика", 4);
    static final Work MATH_5 = new Work(2026, "Математика", 5);

    static final ObserverEntry GUSEV = new ObserverEntry("Гусев Максим Олегович", "", "", List.of("edu990004"), List.of(),
            "лист «Наблюдатели», строка 2");
    static final ObserverEntry ZHDANOV = new ObserverEntry("Жданов Роман Алексеевич", "", "", List.of(),
            List.of(new ObserverEntry.Child("edu990004", "5")), "лист «Наблюдатели», строка 3");
    static final ObserverEntry BELOUSOV = new ObserverEntry("Белоусов Игорь Викторович", "", "", List.of(), List.of(),
            "лист «Наблюдатели», строка 4");
    static final ObserverEntry AFANASYEVA = new ObserverEntry("Афанасьева Галина Петровна", "", "", List.of(),
            List.of(new ObserverEntry.Child("edu990001", "7А")), "лист «Наблюдатели», строка 5");

    @BeforeAll
    static void exampleReference() {
        example = ((ReferenceReading.Loaded) ReferenceLoader.load(ReferenceWorkbook.example().write(dir.resolve("справочник.xlsx"))))
                .reference();
    }

    private static Reference with(Rules rules, ObserverEntry... bank) {
        return new Reference(example.schools(), example.specs(), example.requisites(), rules, FederalList.empty())
                .withObservers(List.of(bank));
    }

    @Test
    void aSchoolWhereEveryObserverHasAConflictIsNamedWithEachReason() {
        ObserverPlan plan = ObserverPlan.of(with(Rules.defaults(), GUSEV, ZHDANOV),
                List.of(new Sitting("edu990004", APRIL_14, MATH_5, List.of("5А"))), Set.of());
        assertEquals(List.of(), plan.assignments());
        assertEquals(List.of("МБОУ «Заречная СОШ», 14.04.2026: нет подходящего наблюдателя — у каждого наблюдателя банка есть"
                + " конфликт интересов в этой школе: М.О.\u00a0Гусев — работает в этой школе; Р.А.\u00a0Жданов — ребёнок учится"
                + " в 5 классе, а работу «Математика, 5 класс» пишет эта параллель. Добавьте наблюдателей на листе"
                + " «Наблюдатели»."), plan.problems());
    }

    @Test
    void aChildInAnotherClassOfTheSchoolDoesNotDisqualifyUnlessThePravilaSaySo() {
        List<Sitting> sittings = List.of(new Sitting("edu990001", APRIL_14, MATH_4, List.of("4А", "4Б")));
        ObserverPlan byTheOrder = ObserverPlan.of(with(Rules.defaults(), AFANASYEVA), sittings, Set.of());
        assertEquals(List.of(AFANASYEVA), byTheOrder.assignments().stream().map(ObserverPlan.Assignment::observer).toList());
        ObserverPlan strict = ObserverPlan.of(with(Rules.defaults().with(RuleParameter.OBSERVERS_WHOLE_SCHOOL, "1"), AFANASYEVA),
                sittings, Set.of());
        assertEquals(List.of("МБОУ «СОШ № 1 г. Энска», 14.04.2026: нет подходящего наблюдателя — у каждого наблюдателя банка"
                + " есть конфликт интересов в этой школе: Г.П.\u00a0Афанасьева — ребёнок учится в этой школе (7А класс)."
                + " Добавьте наблюдателей на листе «Наблюдатели»."), strict.problems());
        ObserverPlan sameClass = ObserverPlan.of(with(Rules.defaults(), AFANASYEVA),
                List.of(new Sitting("edu990001", APRIL_14, new Work(2026, "Математика", 7), List.of("7Б", "7А"))), Set.of());
        assertTrue(sameClass.problems().get(0).endsWith("Г.П.\u00a0Афанасьева — ребёнок учится в 7А классе, который пишет"
                + " работу «Математика, 7 класс». Добавьте наблюдателей на листе «Наблюдатели»."), sameClass.problems().toString());
    }

    @Test
    void oneObserverForTwoSchoolsOnADateGoesToTheRiskGroupAndTheOtherSchoolIsNamed() {
        List<Sitting> sittings = List.of(new Sitting("edu990002", APRIL_14, MATH_4, List.of()),
                new Sitting("edu990004", APRIL_14, MATH_4, List.of("4А")), new Sitting("edu990004", APRIL_14, MATH_5, List.of("5А")));
        ObserverPlan plan = ObserverPlan.of(with(Rules.defaults(), BELOUSOV), sittings, Set.of("EDU990004"));
        assertEquals(1, plan.assignments().size());
        ObserverPlan.Slot slot = plan.assignments().get(0).slot();
        assertEquals("edu990004", slot.school().login());
        assertEquals("Математика, 4 класс (4А); Математика, 5 класс (5А)", slot.works());
        assertEquals("4А, 5А", slot.classes());
        assertEquals(List.of("МБОУ «Лицей № 2 г. Энска», 14.04.2026: нет подходящего наблюдателя — все наблюдатели без"
                + " конфликта интересов в этой школе в этот день уже назначены в другие школы (И.В.\u00a0Белоусов — в МБОУ"
                + " «Заречная СОШ»); на 14.04.2026 не хватает 1 наблюдателя. Добавьте наблюдателей на листе «Наблюдатели»."),
                plan.problems());
    }

    @Test
    void onlyTheRiskGroupWhenThePravilaSaySoAndTheSkippedDaysAreCounted() {
        List<Sitting> sittings = List.of(new Sitting("edu990002", APRIL_14, MATH_4, List.of()),
                new Sitting("edu990003", APRIL_14, MATH_4, List.of()), new Sitting("edu990004", APRIL_14, MATH_4, List.of()),
                new Sitting("edu990099", APRIL_14, MATH_4, List.of()));
        Rules riskOnly = Rules.defaults().with(RuleParameter.OBSERVERS_RISK_ONLY, "1");
        ObserverPlan plan = ObserverPlan.of(with(riskOnly, BELOUSOV, GUSEV), sittings, Set.of("edu990004"));
        assertEquals(List.of("edu990004"), plan.slots().stream().map(s -> s.school().login()).toList());
        assertEquals(List.of(BELOUSOV), plan.assignments().stream().map(ObserverPlan.Assignment::observer).toList());
        assertEquals(List.of("В графике есть школы, которых нет на листе «Школы» справочника (edu990099): наблюдатели к ним"
                + " не назначены.", "Наблюдатели назначаются только в школы группы риска (лист «Правила»): 2 дня проведения ВПР"
                + " в школах вне группы риска — без наблюдателя по этому правилу."), plan.problems());
        ObserverPlan noGroup = ObserverPlan.of(with(riskOnly, BELOUSOV), sittings, Set.of());
        assertEquals(List.of(), noGroup.slots());
        assertTrue(noGroup.problems().get(1).startsWith("Наблюдатели назначаются только в школы группы риска (лист «Правила»),"
                + " а группа риска прошлого года не известна: наблюдатели не назначены ни в одну школу"), noGroup.problems().toString());
    }

    @Test
    void anEmptyBankIsSaidPerSchoolAndDate() {
        ObserverPlan plan = ObserverPlan.of(with(Rules.defaults()), List.of(new Sitting("edu990002", APRIL_14, MATH_4, List.of()),
                new Sitting("edu990002", APRIL_14.plusDays(1), MATH_5, List.of())), Set.of());
        assertEquals(List.of("МБОУ «Лицей № 2 г. Энска», 14.04.2026: нет подходящего наблюдателя — в банке наблюдателей (лист"
                        + " «Наблюдатели» справочника) нет ни одного наблюдателя.",
                "МБОУ «Лицей № 2 г. Энска», 15.04.2026: нет подходящего наблюдателя — в банке наблюдателей (лист"
                        + " «Наблюдатели» справочника) нет ни одного наблюдателя."), plan.problems());
    }

    @Test
    void theSeedComesFromTheDataOrFromThePravila() {
        List<Sitting> sittings = List.of(new Sitting("edu990002", APRIL_14, MATH_4, List.of()));
        ObserverPlan first = ObserverPlan.of(with(Rules.defaults(), BELOUSOV, GUSEV, ZHDANOV), sittings, Set.of());
        ObserverPlan second = ObserverPlan.of(with(Rules.defaults(), ZHDANOV, GUSEV, BELOUSOV), sittings, Set.of());
        assertEquals(first, second);
        assertTrue(first.seedOrigin().startsWith("вычислено из года, графика и банка наблюдателей"), first.seedOrigin());
        ObserverPlan fixed = ObserverPlan.of(with(Rules.defaults().with(RuleParameter.OBSERVERS_SEED, "2026"), BELOUSOV),
                sittings, Set.of());
        assertEquals(2026L, fixed.seed());
        assertEquals("задано в справочнике: «2026» ()", fixed.seedOrigin());
    }

    /** Once the order is signed, a changed schedule keeps who was sent where and says what had to change. */
    @Test
    void aRegisteredOrderKeepsItsVisitsWhenTheScheduleChangesAndNamesWhatChanged() {
        Reference draft = with(Rules.defaults(), BELOUSOV, GUSEV, ZHDANOV);
        List<Sitting> first = List.of(new Sitting("edu990002", APRIL_14, MATH_4, List.of()),
                new Sitting("edu990003", APRIL_14, MATH_4, List.of()),
                new Sitting("edu990002", APRIL_14.plusDays(2), MATH_5, List.of()));
        List<Visit> issued = ObserverPlan.of(draft, first, Set.of()).visits(draft);
        Reference signed = new Reference(example.schools(), example.specs(), example.requisites(), Rules.defaults(),
                FederalList.empty(), new ru.vprsvod.reference.Registrations(List.of(new ru.vprsvod.reference.Registration(
                        ru.vprsvod.reference.DocumentKind.OBSERVERS_ORDER, 2026, APRIL_14.minusDays(10), "12-о", "", "", "",
                        "Документы!A5")))).withObservers(List.of(BELOUSOV, GUSEV, ZHDANOV));
        // Lyceum No. 2 moves its Maths 5 from 16.04 to 17.04, and a new school's date comes in: a fresh draw may send
        // anyone anywhere, the signed order keeps its 14.04 visits.
        List<Sitting> second = List.of(new Sitting("edu990002", APRIL_14, MATH_4, List.of()),
                new Sitting("edu990003", APRIL_14, MATH_4, List.of()),
                new Sitting("edu990001", APRIL_14, MATH_4, List.of()),
                new Sitting("edu990002", APRIL_14.plusDays(3), MATH_5, List.of()));
        ObserverPlan kept = ObserverPlan.of(signed, second, Set.of(), issued);
        for (Visit v : issued.stream().filter(v -> v.date().equals(APRIL_14)).toList()) {
            assertTrue(kept.visits(signed).stream().anyMatch(k -> k.school().equals(v.school()) && k.date().equals(v.date())
                    && k.observer().equals(v.observer())), v + " kept in " + kept.visits(signed));
        }
        List<Visit> fresh = ObserverPlan.of(draft, second, Set.of()).visits(draft);
        assertTrue(issued.stream().filter(v -> v.date().equals(APRIL_14)).anyMatch(v -> !fresh.contains(v)),
                "the data are chosen so that a fresh draw moves a 14.04 visit: " + fresh + " vs " + issued);
        String before = ru.vprsvod.russian.RussianFormat.shortName(issued.get(2).observer());
        assertEquals(List.of("Приказ о наблюдателях зарегистрирован (№ 12-о), и его назначения сохранены, где наблюдатель"
                + " по-прежнему может быть в школе в этот день; изменились (сообщите наблюдателям и выдайте новые памятки):"
                + " МБОУ «Лицей № 2 г. Энска», 16.04.2026: этого дня больше нет в графике школы, " + before
                + " туда не направляется."), kept.problems());
        // Unregistered, the same issued order is only history: nothing is kept on purpose, nothing is said.
        assertEquals(ObserverPlan.of(draft, second, Set.of()), ObserverPlan.of(draft, second, Set.of(), issued));
    }

    @Test
    void aVisitTheSignedOrderCannotKeepAnyMoreIsNamedWithItsNewObserver() {
        Reference draft = with(Rules.defaults(), BELOUSOV, ZHDANOV);
        List<Sitting> sittings = List.of(new Sitting("edu990002", APRIL_14, MATH_4, List.of()));
        List<Visit> issued = List.of(new Visit("edu990002", APRIL_14, "Математика, 4 класс", BELOUSOV.name(),
                APRIL_14.plusMonths(1)));
        // Белоусов now works at the lyceum: the signed visit cannot stand.
        ObserverEntry employed = new ObserverEntry(BELOUSOV.name(), "", "", List.of("edu990002"), List.of(), BELOUSOV.where());
        Reference signed = new Reference(example.schools(), example.specs(), example.requisites(), Rules.defaults(),
                FederalList.empty(), new ru.vprsvod.reference.Registrations(List.of(new ru.vprsvod.reference.Registration(
                        ru.vprsvod.reference.DocumentKind.OBSERVERS_ORDER, 2026, null, "12-о", "", "", "", ""))))
                .withObservers(List.of(employed, ZHDANOV));
        ObserverPlan plan = ObserverPlan.of(signed, sittings, Set.of(), issued);
        assertEquals(List.of(ZHDANOV), plan.assignments().stream().map(ObserverPlan.Assignment::observer).toList());
        assertEquals(List.of("Приказ о наблюдателях зарегистрирован (№ 12-о), и его назначения сохранены, где наблюдатель"
                + " по-прежнему может быть в школе в этот день; изменились (сообщите наблюдателям и выдайте новые памятки):"
                + " МБОУ «Лицей № 2 г. Энска», 14.04.2026: было — И.В.\u00a0Белоусов, стало — Р.А.\u00a0Жданов."),
                plan.problems());
        assertEquals(draft.observers().size(), 2);
    }
}
