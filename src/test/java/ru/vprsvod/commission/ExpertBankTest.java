package ru.vprsvod.commission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.vprsvod.reference.Expert;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.Rules;

class ExpertBankTest {

    private static Expert expert(String name, boolean higher, int years, int row) {
        return new Expert(name, "sch1", List.of("Математика"), higher, years, "", "лист «Эксперты», строка " + row);
    }

    @Test
    void eachExpertWhoDoesNotQualifyIsNamedWithWhereAndWhy() {
        ExpertBank bank = ExpertBank.of(List.of(expert("Иванова Мария Петровна", true, 3, 2),
                expert("Петров Игорь Ильич", false, 2, 3), expert("Сидорова Анна Олеговна", true, 1, 4),
                new Expert("Орлова Вера Ивановна", "sch2", List.of(), true, 10, "", "лист «Эксперты», строка 5")), Rules.defaults());
        assertEquals(List.of("Иванова Мария Петровна"), bank.eligible().stream().map(Expert::name).toList());
        assertEquals(List.of(
                "лист «Эксперты», строка 3: Петров Игорь Ильич не может входить в предметную комиссию — нет высшего"
                        + " образования (требования к членам предметных комиссий в муниципальных порядках проведения ВПР:"
                        + " высшее образование и опыт работы в школе не менее 3 лет); стаж педагогической работы 2 года,"
                        + " требуется не менее 3 лет (требования к членам предметных комиссий в муниципальных порядках"
                        + " проведения ВПР: высшее образование и опыт работы в школе не менее 3 лет).",
                "лист «Эксперты», строка 4: Сидорова Анна Олеговна не может входить в предметную комиссию — стаж"
                        + " педагогической работы 1 год, требуется не менее 3 лет (требования к членам предметных комиссий"
                        + " в муниципальных порядках проведения ВПР: высшее образование и опыт работы в школе не менее 3 лет).",
                "лист «Эксперты», строка 5: Орлова Вера Ивановна не может входить в предметную комиссию — не указан ни"
                        + " один предмет."),
                bank.refusals().stream().map(ExpertBank.Refusal::message).toList());
    }

    @Test
    void theRequirementsAreSetOnTheRulesSheet() {
        Rules rules = Rules.defaults().with(RuleParameter.EXPERT_HIGHER_EDUCATION, "0").with(RuleParameter.EXPERT_YEARS, "1");
        ExpertBank bank = ExpertBank.of(List.of(expert("Петров Игорь Ильич", false, 1, 3), expert("Новиков Олег", true, 0, 4)), rules);
        assertEquals(List.of("Петров Игорь Ильич"), bank.eligible().stream().map(Expert::name).toList());
        assertEquals(List.of("лист «Эксперты», строка 4: Новиков Олег не может входить в предметную комиссию — стаж"
                + " педагогической работы 0 лет, требуется не менее 1 года (задано вручную)."),
                bank.refusals().stream().map(ExpertBank.Refusal::message).toList());
    }
}
