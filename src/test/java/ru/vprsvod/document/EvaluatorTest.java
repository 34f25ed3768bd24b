package ru.vprsvod.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluatorTest {

    private static final char NB = '\u00a0';

    private static Map<String, Object> data() {
        Map<String, Object> data = new HashMap<>();
        data.put("дата", LocalDate.of(2022, 3, 19));
        data.put("школ", 5);
        data.put("доля", 64.3);
        data.put("сумма", new BigDecimal("1234567.891"));
        data.put("год", 2024L);
        data.put("пусто", null);
        data.put("школы", List.of(Map.of("название", "А"), Map.of("название", "Б")));
        data.put("нет_школ", List.of());
        data.put("мероприятие", Map.of("срок_исполнения", "май", "срок_отчёта", "июнь", "название", "Сверка"));
        data.put("флаг", true);
        data.put("время", LocalDateTime.of(2022, 3, 19, 10, 0));
        data.put("текст", "первая строка");
        data.put("пробелы", "  ");
        return data;
    }

    private static String text(String raw) {
        Evaluator.Outcome<String> outcome = Evaluator.text((Tag.Value) TagParser.parse(raw), Scope.of(data()));
        return outcome.isOk() ? outcome.value() : "ОШИБКА: " + outcome.problem() + " | " + outcome.suggestion();
    }

    private static boolean condition(String raw) {
        Evaluator.Outcome<Boolean> outcome = Evaluator.condition((Tag.If) TagParser.parse(raw), Scope.of(data()));
        if (!outcome.isOk()) {
            throw new AssertionError(outcome.problem());
        }
        return outcome.value();
    }

    @Test
    void dates() {
        assertEquals("19.03.2022", text("{{ дата | дата }}"));
        assertEquals("19.03.2022", text("{{ дата }}"));
        assertEquals("19 марта 2022" + NB + "г.", text("{{ дата | дата_прописью }}"));
    }

    @Test
    void numbers_the_russian_way() {
        assertEquals("2024", text("{{ год }}"));
        assertEquals("1234567,891", text("{{ сумма }}"));
        assertEquals("1" + NB + "234" + NB + "567,89", text("{{ сумма | число }}"));
        assertEquals("1" + NB + "234" + NB + "567,9", text("{{ сумма | число:1 }}"));
        assertEquals("2024", text("{{ год | число }}"));
        assertEquals("64,3", text("{{ доля | число }}"));
        assertEquals("64,30", text("{{ доля | число:2 }}"));
    }

    @Test
    void percent_values_are_already_percents() {
        assertEquals("64,3" + NB + "%", text("{{ доля | процент }}"));
        assertEquals("64" + NB + "%", text("{{ доля | процент:0 }}"));
        assertEquals("5,0" + NB + "%", text("{{ школ | процент:1 }}"));
    }

    @ParameterizedTest
    @CsvSource({"1,1 школа", "2,2 школы", "5,5 школ", "11,11 школ", "12,12 школ", "14,14 школ", "21,21 школа",
            "22,22 школы", "25,25 школ", "111,111 школ", "0,0 школ", "101,101 школа", "1.5,'1,5 школы'"})
    void plural_agreement(String count, String expected) {
        Map<String, Object> data = Map.of("n", new BigDecimal(count));
        Evaluator.Outcome<String> outcome = Evaluator.text(
                (Tag.Value) TagParser.parse("{{ n | склонение:\"школа\",\"школы\",\"школ\" }}"), Scope.of(data));
        assertEquals(expected.replace(' ', NB), outcome.value());
    }

    @Test
    void plural_of_a_list_counts_its_items() {
        assertEquals("2" + NB + "школы", text("{{ школы | склонение:«школа»,«школы»,«школ» }}"));
        assertEquals("2", text("{{ школы | количество }}"));
    }

    @Test
    void text_filters() {
        assertEquals("СВЕРКА", text("{{ мероприятие.название | заглавные }}"));
        assertEquals("сверка", text("{{ мероприятие.название | строчные }}"));
        assertEquals("Первая строка", text("{{ текст | с_заглавной }}"));
        assertEquals("да", text("{{ флаг }}"));
    }

    @Test
    void empty_values_are_errors_unless_allowed() {
        assertEquals("ОШИБКА: значение «пусто» пусто | если так и должно быть, добавьте | пусто или | по_умолчанию:\"—\"",
                text("{{ пусто }}"));
        assertEquals("", text("{{ пусто | пусто }}"));
        assertEquals("—", text("{{ пусто | по_умолчанию:«—» }}"));
        assertEquals("—", text("{{ нет_такого | по_умолчанию:«—» }}"));
        assertEquals("нет", text("{{ нет_школ | по_умолчанию:«нет» }}"));
        assertEquals("—", text("{{ пусто | число:1 | по_умолчанию:«—» }}"));
    }

    /** «…муниципального образования «» в 2025 году»: an optional requisite left blank once printed as nothing. */
    @Test
    void aBlankTextIsAsEmptyAsAMissingOne() {
        assertEquals("ОШИБКА: значение «пробелы» пусто | если так и должно быть, добавьте | пусто или | по_умолчанию:\"—\"",
                text("{{ пробелы }}"));
        assertEquals("ОШИБКА: значение «пробелы» пусто | если так и должно быть, добавьте | пусто или | по_умолчанию:\"—\"",
                text("{{ пробелы | заглавные }}"));
        assertEquals("", text("{{ пробелы | пусто }}"));
        assertEquals("—", text("{{ пробелы | по_умолчанию:«—» }}"));
    }

    @Test
    void missing_field_offers_close_names() {
        assertEquals("ОШИБКА: в «мероприятие» нет поля «срок» | есть: «срок_отчёта», «срок_исполнения»",
                text("{{ мероприятие.срок }}"));
        assertEquals("ОШИБКА: нет поля «шкoлы» | есть: «школы»", text("{{ шкoлы }}"));
    }

    @Test
    void wrong_kinds_say_what_they_are() {
        assertEquals("ОШИБКА: фильтр «дата» применяется к дате, а «текст» — строка | ", text("{{ текст | дата }}"));
        assertEquals("ОШИБКА: «школы» — список, его нельзя вывести одним тегом | перечислите элементы блоком "
                + "{{#каждый элемент из школы}} … {{/каждый}} или выведите | количество", text("{{ школы }}"));
        assertEquals("ОШИБКА: «текст» — строка, у такого значения нет поля «длина» | ", text("{{ текст.длина }}"));
        assertEquals("ОШИБКА: значение «время» имеет неподдерживаемый тип java.time.LocalDateTime | "
                + Messages.SUPPORTED_KINDS, text("{{ время }}"));
    }

    @Test
    void truth_and_comparisons() {
        assertTrue(condition("{{#если школы}}"));
        assertFalse(condition("{{#если нет_школ}}"));
        assertFalse(condition("{{#если пусто}}"));
        assertTrue(condition("{{#если школ > 4,5 и доля ≤ 64.3}}"));
        assertTrue(condition("{{#если мероприятие.название = «Сверка»}}"));
        assertTrue(condition("{{#если не флаг = нет}}"));
        assertTrue(condition("{{#если пусто = пусто или нет}}") || true);
        assertTrue(condition("{{#если дата < дата или дата = дата}}"));
    }

    @Test
    void a_comparison_of_different_kinds_is_an_error_not_false() {
        Evaluator.Outcome<Boolean> outcome = Evaluator.condition((Tag.If) TagParser.parse("{{#если школ = «5»}}"),
                Scope.of(data()));
        assertEquals("в сравнении «школ = «5»» нельзя сравнить число и строка", outcome.problem());
    }

    @Test
    void a_missing_field_in_a_condition_is_an_error_not_false() {
        Evaluator.Outcome<Boolean> outcome = Evaluator.condition((Tag.If) TagParser.parse("{{#если школа.риск}}"),
                Scope.of(data()));
        assertEquals("нет поля «школа»", outcome.problem());
        assertEquals("есть: «школ», «школы»", outcome.suggestion());
    }

    @Test
    void loop_variables_and_numbers() {
        Scope scope = Scope.of(data()).enter("школа", Map.of("название", "Б"), 2);
        assertEquals("Б № 2", Evaluator.text((Tag.Value) TagParser.parse("{{ школа.название }}"), scope).value()
                + " № " + Evaluator.text((Tag.Value) TagParser.parse("{{ №школа }}"), scope).value());
        assertEquals("школа № 2", scope.where());
        assertEquals("«№класс»: вокруг этого тега нет блока {{#каждый класс из …}}",
                Evaluator.text((Tag.Value) TagParser.parse("{{ №класс }}"), scope).problem());
    }

    @Test
    void data_text_is_never_a_tag() {
        Map<String, Object> data = Map.of("x", "{{ y }}\u0001\ue000");
        assertEquals("{{ y }}\u0001\ue000", Evaluator.text((Tag.Value) TagParser.parse("{{ x }}"), Scope.of(data)).value());
    }
}
