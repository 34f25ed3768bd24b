package ru.vprsvod.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.Test;

/** Every problem says where it is, in the words a coordinator uses, and what to do. */
class ErrorsTest {

    private static Map<String, Object> data() {
        Map<String, Object> data = new HashMap<>();
        data.put("мероприятия", List.of(
                Map.of("название", "Сверка", "срок_исполнения", "май", "срок_отчёта", "июнь"),
                Map.of("название", "Анализ", "срок_исполнения", "июнь", "срок_отчёта", "июль")));
        data.put("приказ", Map.of("дата", LocalDate.of(2024, 9, 3), "номер", "128/1-О"));
        data.put("школа", "МБОУ «Лицей № 2»");
        return data;
    }

    @Test
    void a_missing_field_in_a_repeated_row_is_reported_once_with_its_place_and_close_names() {
        String xml = Docs.p("Приказ от {{ приказ.дата | дата }}") + Docs.table(Docs.row("№", "Мероприятие", "Срок"),
                Docs.row("{{#каждый м из мероприятия}}{{ №м }}", "{{ м.название }}", "Срок: {{ м.срок }} г.{{/каждый}}"));
        Docs.assertProblems(Docs.failures(Docs.load(Docs.docx(xml)), data()),
                "Основной текст, таблица 1 → строка 2 → ячейка 3, тег {{ м.срок }}: в «м» нет поля «срок» "
                        + "(впервые: м № 1; повторяется 2 раза). Есть: «срок_отчёта», «срок_исполнения». "
                        + "Текст рядом: «Срок: {{ м.срок }} г.{{/каждый}}».");
    }

    @Test
    void problems_are_all_collected_in_document_order() {
        String xml = Docs.p("{{ приказ.нoмер }}") + Docs.p("{{ школа | дата }}") + Docs.p("{{ пропуск }}")
                + Docs.p("{{#каждый м из школа}}{{/каждый}}");
        Docs.assertProblems(Docs.failures(Docs.load(Docs.docx(xml)), data()),
                "Основной текст, абзац 1, тег {{ приказ.нoмер }}: в «приказ» нет поля «нoмер». Есть: «номер».",
                "Основной текст, абзац 2, тег {{ школа | дата }}: фильтр «дата» применяется к дате, а «школа» — строка.",
                "Основной текст, абзац 3, тег {{ пропуск }}: нет поля «пропуск». Есть: «мероприятия», «приказ», «школа».",
                "Основной текст, абзац 4, тег {{#каждый м из школа}}: «школа» — строка, а {{#каждый}} перебирает только списки. "
                        + "Текст рядом: «{{#каждый м из школа}}{{/каждый}}».");
    }

    @Test
    void unknown_filter_lists_the_allowed_ones() {
        Docs.assertProblems(Docs.load(Docs.docx(Docs.p("Дата: {{ приказ.дата | датa }}"))).problems(),
                "Основной текст, абзац 1, тег {{ приказ.дата | датa }}: неизвестный фильтр «датa». Возможно, «дата»; есть: "
                        + "«дата», «дата_прописью», «число», «процент», «склонение», «по_умолчанию», «пусто», «заглавные», "
                        + "«строчные», «с_заглавной», «количество». Текст рядом: «Дата: {{ приказ.дата | датa }}».");
    }

    @Test
    void unbalanced_blocks() {
        String xml = Docs.p("{{/каждый}}") + Docs.p("{{#если приказ}}") + Docs.p("{{иначе}}") + Docs.p("{{иначе}}")
                + Docs.p("{{#каждый м из мероприятия}}") + Docs.p("{{/если}}") + Docs.p("{{иначе}}");
        Docs.assertProblems(Docs.load(Docs.docx(xml)).problems(),
                "Основной текст, абзац 1, тег {{/каждый}}: {{/каждый}} без {{#каждый}}. "
                        + "Удалите лишний закрывающий тег или добавьте открывающий {{#каждый …}} выше.",
                "Основной текст, абзац 4, тег {{иначе}}: второй {{иначе}} в одном блоке {{#если}}.",
                "Основной текст, абзац 5, тег {{#каждый м из мероприятия}}: блок {{#каждый}} не закрыт: нет {{/каждый}}. "
                        + "Поставьте {{/каждый}} там, где блок кончается.",
                "Основной текст, абзац 7, тег {{иначе}}: {{иначе}} вне блока {{#если}}. Иначе ставится между {{#если …}} и {{/если}}.");
    }

    @Test
    void a_block_whose_tags_stand_in_unrelated_places() {
        String xml = Docs.p("{{#каждый м из мероприятия}}") + Docs.table(Docs.row("{{ м.название }}{{/каждый}}"));
        Docs.assertProblems(Docs.load(Docs.docx(xml)).problems(),
                "Основной текст, абзац 1, тег {{#каждый м из мероприятия}}: непонятно, что повторять: открывающий и "
                        + "закрывающий теги блока стоят в разных местах документа. Поставьте их в одном абзаце, каждый в "
                        + "отдельном абзаце на одном уровне (вокруг абзацев или целой таблицы) или в строках одной таблицы.");
    }

    @Test
    void row_blocks_that_share_a_row_or_reach_out_of_a_cell() {
        String shared = Docs.table(Docs.row("{{#каждый м из мероприятия}}{{ м.название }}", "{{/каждый}}{{#каждый н из мероприятия}}"),
                Docs.row("{{ н.название }}", "{{/каждый}}"));
        Docs.assertProblems(Docs.load(Docs.docx(shared)).problems(),
                "Основной текст, таблица 1 → строка 1 → ячейка 2, тег {{#каждый н из мероприятия}}: два блока по строкам "
                        + "одной таблицы делят строку. Закройте первый блок в строке выше той, где открывается второй. "
                        + "Текст рядом: «{{/каждый}}{{#каждый н из мероприятия}}».");
        String cell = "<w:tc>" + Docs.p("{{#если приказ}}") + Docs.p("{{#каждый м из мероприятия}}{{ м.название }}")
                + Docs.p("{{ м.название }}{{/каждый}}") + Docs.p("{{/если}}") + "</w:tc>";
        Docs.assertProblems(Docs.load(Docs.docx(Docs.table("<w:tr>" + cell + "</w:tr>"))).problems(),
                "Основной текст, таблица 1 → строка 1 → ячейка 1 → абзац 2, тег {{#каждый м из мероприятия}}: строки таблицы "
                        + "нельзя повторять блоком, вложенным в блок внутри ячейки этой же таблицы. Поставьте открывающий и "
                        + "закрывающий теги внешнего блока в разные строки таблицы. Текст рядом: «{{#каждый м из мероприятия}}"
                        + "{{ м.название }}».");
    }

    @Test
    void hostile_expressions_are_refused_before_any_data_is_seen() {
        String xml = Docs.p("{{ T(java.lang.Runtime).getRuntime().exec(«calc») }}") + Docs.p("${школа} {{ ${школа} }}")
                + Docs.p("{{ школа.getClass }}") + Docs.p("{{ школа.__proto__ }}") + Docs.p("{{#если школа.toString()}}{{/если}}");
        DocxTemplate template = Docs.load(Docs.docx(xml));
        Docs.assertProblems(template.problems(),
                "Основной текст, абзац 1, тег {{ T(java.lang.Runtime).getRuntime().exec(«calc») }}: вызов функций и методов "
                        + "в шаблоне запрещён: «T(…)». Шаблон может только выводить поля данных: {{ школа.название }}.",
                "Основной текст, абзац 2, тег {{ ${школа} }}: недопустимый символ «$»: выражения ${…} в шаблоне не работают. "
                        + "Пишите имя поля: {{ школа.название }}. Текст рядом: «${школа} {{ ${школа} }}».",
                "Основной текст, абзац 3, тег {{ школа.getClass }}: имя «getClass» в шаблоне запрещено. "
                        + "Шаблон может обращаться только к полям данных.",
                "Основной текст, абзац 4, тег {{ школа.__proto__ }}: имя «__proto__» в шаблоне запрещено. "
                        + "Шаблон может обращаться только к полям данных.",
                "Основной текст, абзац 5, тег {{#если школа.toString()}}: вызов функций и методов в шаблоне запрещён: "
                        + "«школа.toString(…)». Шаблон может только выводить поля данных: {{ школа.название }}. "
                        + "Текст рядом: «{{#если школа.toString()}}{{/если}}».");
        assertEquals(template.problems(), Docs.failures(template, data()));
    }

    @Test
    void a_tag_in_a_cell_merged_with_a_row_outside_the_repeated_rows() {
        String merged = "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>" + Docs.p("Раздел") + "</w:tc>"
                + "<w:tc>" + Docs.p("Мероприятия") + "</w:tc></w:tr>";
        String repeated = "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>" + Docs.p("{{ приказ.номер }}") + "</w:tc>"
                + "<w:tc>" + Docs.p("{{#каждый м из мероприятия}}{{ м.название }}") + Docs.p("{{/каждый}}") + "</w:tc></w:tr>";
        Docs.assertProblems(Docs.load(Docs.docx(Docs.table(merged, repeated))).problems(),
                "Основной текст, таблица 1 → строка 2 → ячейка 1, тег {{ приказ.номер }}: тег стоит в ячейке, объединённой "
                        + "по вертикали со строкой вне повторяемых строк. Разъедините эту ячейку (Макет → Разделить ячейки) "
                        + "или вынесите тег в необъединённую ячейку.");
    }

    @Test
    void a_merged_cell_without_tags_grows_with_the_repeated_rows() {
        String merged = "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>" + Docs.p("Раздел 1") + "</w:tc>"
                + "<w:tc>" + Docs.p("Мероприятия") + "</w:tc></w:tr>";
        String repeated = "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>"
                + "<w:tc>" + Docs.p("{{#каждый м из мероприятия}}{{ м.название }}") + Docs.p("{{/каждый}}") + "</w:tc></w:tr>";
        WordprocessingMLPackage out = Docs.render(Docs.load(Docs.docx(Docs.table(merged, repeated))), data());
        assertEquals(List.of("Раздел 1", "Мероприятия", "", "Сверка", "", "Анализ", ""), Docs.texts(out));
    }

    @Test
    void errors_are_capped() {
        StringBuilder xml = new StringBuilder();
        for (int i = 0; i < 250; i++) {
            xml.append(Docs.p("{{ поле" + i + " }}"));
        }
        List<TemplateProblem> problems = new ArrayList<>(Docs.failures(Docs.load(Docs.docx(xml.toString())), data()));
        assertEquals(Problems.LIMIT + 1, problems.size());
        assertEquals("Шаблон: показаны первые 200 ошибок, ещё 50 не показаны. Исправьте эти ошибки и проверьте шаблон снова.",
                problems.get(problems.size() - 1).describe());
    }

    @Test
    void a_missing_value_is_an_error_unless_the_tag_allows_it() {
        Map<String, Object> data = data();
        data.put("заместитель", null);
        String xml = Docs.p("Заместитель: {{ заместитель }}{{ заместитель | пусто }}{{ заместитель | по_умолчанию:«нет» }}");
        Docs.assertProblems(Docs.failures(Docs.load(Docs.docx(xml)), data),
                "Основной текст, абзац 1, тег {{ заместитель }}: значение «заместитель» пусто. Если так и должно быть, "
                        + "добавьте | пусто или | по_умолчанию:\"—\". Текст рядом: «Заместитель: {{ заместитель }}{{ "
                        + "заместитель | пусто }}{{…».");
    }
}
