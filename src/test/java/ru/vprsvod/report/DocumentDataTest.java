package ru.vprsvod.report;

import ru.vprsvod.russian.RussianFormat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.vprsvod.reference.DocumentKind;
import ru.vprsvod.reference.Registration;
import ru.vprsvod.reference.Requisites;

/** How documents name people, bodies and registrations. */
class DocumentDataTest {

    private static final String NBSP = "\u00a0";

    private static Requisites requisites(Map<String, String> more) {
        return new Requisites("Управление образования Администрации Энского муниципального района", "Управление образования",
                "Энский муниципальный район", "г. Энск", "", "", "Начальник управления образования", "Васильева Светлана Андреевна",
                "главный специалист", "Н.В. Петрова", "Петрова Наталья Викторовна", "", 2026, null, more);
    }

    @Test
    void signaturesPrintInitialsThenTheSurnameWithoutALineBreakBetween() {
        assertEquals("Н.В." + NBSP + "Петрова", RussianFormat.shortName("Петрова Наталья Викторовна"));
        assertEquals("Н.В." + NBSP + "Петрова", RussianFormat.shortName("Н.В. Петрова"));
        assertEquals("Н.В." + NBSP + "Петрова", RussianFormat.shortName(" Н. В.  Петрова "));
        assertEquals("Н." + NBSP + "Петрова", RussianFormat.shortName("Петрова Наталья"));
        assertEquals("Петрова Н.В.", RussianFormat.shortName("Петрова Н.В."), "surname first is left as written");
        assertEquals("директор школы", RussianFormat.shortName("директор школы"));
        assertEquals("", RussianFormat.shortName(""));
    }

    @Test
    void theBodysNameInTheGenitiveForStampsUnlessTheReferenceGivesIt() {
        assertEquals("Управления образования Администрации Энского муниципального района",
                DocumentData.genitive("Управление образования Администрации Энского муниципального района"));
        assertEquals("Отдела образования администрации района", DocumentData.genitive("Отдел образования администрации района"));
        assertEquals("Муниципального казённого учреждения «Управление образования»",
                DocumentData.genitive("Муниципальное казённое учреждение «Управление образования»"));
        assertEquals("МКУ «Управление образования»", DocumentData.genitive("МКУ «Управление образования»"), "left alone");
        assertEquals("управления образования", DocumentData.body(requisites(Map.of(
                "Наименование органа в родительном падеже", "управления образования"))).get("в_родительном"));
    }

    /** «…муниципального образования «» в 2025 году» when the optional row was absent: titles fall back on the body's name. */
    @Test
    void theDistrictOfTitlesComesFromTheBodysNameWhenTheOptionalRequisiteIsBlank() {
        assertEquals("муниципального образования «Энский муниципальный район»", DocumentData.territory(requisites(Map.of())));
        Requisites none = new Requisites("Управление образования Администрации Энского муниципального района", "", "", "г. Энск",
                "", "", "Начальник", "С.А. Васильева", "", "", "", "", 2026, null, Map.of());
        assertEquals("Энского муниципального района", DocumentData.territory(none));
        assertEquals("Энского муниципального района", DocumentData.body(none).get("территория"));
        Requisites lower = new Requisites("Отдел образования администрации муниципального образования «Темкинский район»", "",
                " ", "с. Темкино", "", "", "Начальник", "С.А. Гуляев", "", "", "", "", 2026, null, Map.of());
        assertEquals("муниципального образования «Темкинский район»", DocumentData.territory(lower));
        Requisites bare = new Requisites("Комитет по образованию", "", "", "г. Энск", "", "", "Председатель", "С.А. Гуляев", "", "",
                "", "", 2026, null, Map.of());
        assertEquals("района", DocumentData.territory(bare));
    }

    @Test
    void aDocumentWithoutRegistrationHasBlanksAndIsSignedByTheHead() {
        Map<String, Object> blank = DocumentData.registration(Registration.blank(DocumentKind.RECHECK_ORDER, 2026), requisites(Map.of()));
        assertEquals(null, blank.get("дата"));
        assertEquals("", blank.get("номер"));
        assertEquals(Map.of("должность", "Начальник управления образования", "фио", "Васильева Светлана Андреевна",
                "подпись", "С.А." + NBSP + "Васильева"), blank.get("подписывает"));
        Map<String, Object> entered = DocumentData.registration(new Registration(DocumentKind.RECHECK_ORDER, 2026,
                LocalDate.of(2026, 6, 1), "17-о", "", "О.И. Смирнова", "", "Документы!A5"), requisites(Map.of()));
        assertEquals(LocalDate.of(2026, 6, 1), entered.get("дата"));
        assertEquals("О.И." + NBSP + "Смирнова", ((Map<?, ?>) entered.get("подписывает")).get("подпись"));
        assertEquals("", ((Map<?, ?>) entered.get("подписывает")).get("должность"), "another signer: the position as entered");
    }

    @Test
    void enumerationsAndSchoolYears() {
        assertEquals("4", RussianFormat.enumeration(List.of("4")));
        assertEquals("4 и 5", RussianFormat.enumeration(List.of("4", "5")));
        assertEquals("4, 5 и 6", RussianFormat.enumeration(List.of("4", "5", "6")));
        assertEquals("2025/2026", RussianFormat.schoolYear(2026));
    }
}
