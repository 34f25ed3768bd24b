package ru.vprsvod.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TagParserTest {

    private static Tag.Invalid invalid(String raw) {
        return assertInstanceOf(Tag.Invalid.class, TagParser.parse(raw), raw);
    }

    @Test
    void a_path_with_cyrillic_latin_digits_underscore_and_numero_sign() {
        Tag.Value value = assertInstanceOf(Tag.Value.class, TagParser.parse("{{ приказ.номер_№2.Date }}"));
        assertEquals(new Expr.Path(List.of("приказ", "номер_№2", "Date")), value.expr());
    }

    @Test
    void filters_with_arguments_in_any_autocorrected_quotes() {
        Tag.Value value = assertInstanceOf(Tag.Value.class,
                TagParser.parse("{{ n | склонение:«школа»,“школы”,„школ“ | по_умолчанию:'—' | число:1 }}"));
        assertEquals(List.of(
                new FilterCall(Filter.PLURAL, List.of("школа", "школы", "школ")),
                new FilterCall(Filter.DEFAULT, List.of("—")),
                new FilterCall(Filter.NUMBER, List.of(new BigDecimal("1")))), value.filters());
    }

    @Test
    void loop_with_variable_list_and_options() {
        Tag.Each each = assertInstanceOf(Tag.Each.class,
                TagParser.parse("{{#каждый школа из район.школы | нумерация_заново | через:\", \",\" и \"}}"));
        assertEquals(new Tag.Each("школа", new Expr.Path(List.of("район", "школы")), true, ", ", " и "), each);
    }

    @Test
    void keywords_ignore_case_because_word_capitalises_lines() {
        assertInstanceOf(Tag.Else.class, TagParser.parse("{{Иначе}}"));
        assertEquals(new Tag.End(Tag.BlockKind.IF), TagParser.parse("{{ /Если }}"));
        assertInstanceOf(Tag.Each.class, TagParser.parse("{{#Каждый ш ИЗ школы}}"));
    }

    @Test
    void conditions_with_every_spelling_of_comparisons_and_logic() {
        Tag.If tag = assertInstanceOf(Tag.If.class,
                TagParser.parse("{{#если не (а.б ≥ 1,5 и в != «x») or г <= 2 and д == да}}"));
        assertEquals("не а.б ≥ 1.5 и в ≠ «x» или г ≤ 2 и д = true", Expr.show(tag.condition()));
        assertEquals(new Expr.Compare(new Expr.Path(List.of("x")), "≠", new Expr.Literal(new BigDecimal("-2.5"))),
                ((Tag.If) TagParser.parse("{{#если x <> -2.5}}")).condition());
    }

    @Test
    void loop_number() {
        assertEquals(new Tag.Value(new Expr.LoopNumber("школа"), List.of()), TagParser.parse("{{ №школа }}"));
        assertEquals(new Tag.Value(new Expr.LoopNumber("школа"), List.of()), TagParser.parse("{{№ школа}}"));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "{{ T(java.lang.Runtime).getRuntime() }} => вызов функций и методов в шаблоне запрещён: «T(…)»",
            "{{ школа.название() }} => вызов функций и методов в шаблоне запрещён: «школа.название(…)»",
            "{{ ${x} }} => недопустимый символ «$»: выражения ${…} в шаблоне не работают",
            "{{ #{x} }} => фигурная скобка внутри тега",
            "{{ школа.getClass }} => имя «getClass» в шаблоне запрещено",
            "{{ a.__proto__ }} => имя «__proto__» в шаблоне запрещено",
            "{{ a.constructor }} => имя «constructor» в шаблоне запрещено",
            "{{ x; y }} => недопустимый символ «;»",
            "{{ x[0] }} => недопустимый символ «[»",
            "{{ a && b }} => «&» не поддерживается",
            "{{ }} => пустой тег",
            "{{ школа руководитель }} => лишнее слово «руководитель» в теге",
            "{{ x | числа }} => неизвестный фильтр «числа»",
            "{{ x | число:«a» }} => после «число:» нужно число знаков после запятой, от 0 до 6",
            "{{ x | склонение:\"a\" }} => у фильтра «склонение» неверное число аргументов",
            "{{ x | дата:1 }} => у фильтра «дата» не бывает аргументов",
            "{{ x | по_умолчанию:«— }} => не закрыта кавычка «—",
            "{{#для x из y}} => неизвестный блок «#для»",
            "{{#каждый школы}} => после #каждый нужно имя для элемента списка, слово «из» и список",
            "{{#каждый школа в школы}} => после имени «школа» ожидалось слово «из», а найдено «в»",
            "{{#каждый ш из школы | сортировка}} => неизвестный параметр цикла «сортировка»",
            "{{#если}} => после #если нужно условие",
            "{{/каждый школа}} => после /каждый ничего писать не нужно",
            "{{иначе если x}} => {{иначе если …}} не поддерживается",
            "{{ 2школа }} => имя не может начинаться с цифры: «2школа»",
    })
    void refuses_with_a_russian_reason(String raw, String message) {
        assertEquals(message, invalid(raw).message());
    }

    @Test
    void an_unknown_filter_offers_the_close_one_and_the_whole_list() {
        assertEquals("возможно, «число»; есть: «дата», «дата_прописью», «число», «процент», «склонение», "
                + "«по_умолчанию», «пусто», «заглавные», «строчные», «с_заглавной», «количество»",
                invalid("{{ x | числа }}").suggestion());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{{ x | пусто }}", "{{ x|пусто }}", "{{x}}", "{{\u00a0x\u00a0}}", "{{ «строка» }}"})
    void spacing_inside_tags_does_not_matter(String raw) {
        assertInstanceOf(Tag.Value.class, TagParser.parse(raw));
    }
}
