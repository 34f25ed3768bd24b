package ru.vprsvod.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Tr;
import org.junit.jupiter.api.Test;

/** What a block repeats or shows follows from where its tags stand. */
class BlocksTest {

    static final Map<String, Object> SCHOOL_A = Map.of("название", "МБОУ «Темкинская СШ»", "руководитель", "В.А. Харичкина",
            "риск", true, "предметы", List.of(Map.of("имя", "Математика", "класс", 5), Map.of("имя", "Русский язык", "класс", 6)));
    static final Map<String, Object> SCHOOL_B = Map.of("название", "МБОУ Власовская МООШ", "руководитель", "И.В. Пенихина",
            "риск", false, "предметы", List.of(Map.of("имя", "История", "класс", 7)));
    static final Map<String, Object> DATA = Map.of("школы", List.of(SCHOOL_A, SCHOOL_B), "нет_школ", List.of());

    /** Like Word, the engine never lets a story end with a table: a template ending in one gains a last «». */
    private static List<String> render(String bodyXml) {
        return Docs.texts(Docs.render(Docs.load(Docs.docx(bodyXml)), DATA));
    }

    private static Tbl table(WordprocessingMLPackage pkg, int index) {
        return (Tbl) pkg.getMainDocumentPart().getContent().stream().map(XmlUtils::unwrap)
                .filter(Tbl.class::isInstance).skip(index).findFirst().orElseThrow();
    }

    private static List<Tr> rows(Tbl table) {
        return table.getContent().stream().map(XmlUtils::unwrap).filter(Tr.class::isInstance).map(Tr.class::cast).toList();
    }

    @Test
    void paragraphs_between_tags_alone_in_their_paragraphs_repeat_and_the_tag_paragraphs_vanish() {
        assertEquals(List.of("Школы:", "1. МБОУ «Темкинская СШ» (В.А. Харичкина)", "2. МБОУ Власовская МООШ (И.В. Пенихина)",
                        "Итого: 2 школы"),
                render(Docs.p("Школы:") + Docs.p("{{#каждый школа из школы}}")
                        + Docs.p("{{ №школа }}. {{ школа.название }} ({{ школа.руководитель }})")
                        + Docs.p("  {{/каждый}} ") + Docs.p("Итого: {{ школы | склонение:«школа»,«школы»,«школ» }}")));
    }

    @Test
    void conditions_with_otherwise_on_paragraphs_and_inside_a_paragraph() {
        String xml = Docs.p("{{#каждый школа из школы}}") + Docs.p("{{#если школа.риск}}")
                + Docs.p("{{ школа.название }}: в группе риска") + Docs.p("{{иначе}}")
                + Docs.p("{{ школа.название }}: {{#если не школа.риск}}результаты объективны{{иначе}}?{{/если}}")
                + Docs.p("{{/если}}") + Docs.p("{{/каждый}}") + Docs.p("{{#если нет_школ}}Есть{{иначе}}Нет{{/если}} школ без данных");
        assertEquals(List.of("МБОУ «Темкинская СШ»: в группе риска", "МБОУ Власовская МООШ: результаты объективны",
                "Нет школ без данных"), render(xml));
    }

    @Test
    void a_loop_inside_one_paragraph_repeats_text_with_separators() {
        String xml = Docs.p("Руководителям {{#каждый школа из школы | через:«, »,« и »}}{{ школа.название }} "
                + "({{ школа.руководитель }}){{/каждый}} (далее – образовательные организации):");
        assertEquals(List.of("Руководителям МБОУ «Темкинская СШ» (В.А. Харичкина) и МБОУ Власовская МООШ (И.В. Пенихина) "
                + "(далее – образовательные организации):"), render(xml));
    }

    @Test
    void a_row_repeats_under_merged_header_rows_which_stay_as_they_are() {
        String header1 = "<w:tr><w:trPr><w:tblHeader/></w:trPr>"
                + "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>" + Docs.p("№") + "</w:tc>"
                + "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>" + Docs.p("Школа") + "</w:tc></w:tr>";
        String header2 = "<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>"
                + "<w:tc>" + Docs.p("Название") + "</w:tc><w:tc>" + Docs.p("Руководитель") + "</w:tc></w:tr>";
        String data = Docs.row("{{#каждый школа из школы}}{{ №школа }}", "{{ школа.название }}",
                "{{ школа.руководитель }}{{/каждый}}");
        WordprocessingMLPackage out = Docs.render(Docs.load(Docs.docx(Docs.table(header1, header2, data,
                Docs.row("Всего", "{{ школы | количество }}", "")))), DATA);
        Tbl table = table(out, 0);
        List<Tr> rows = rows(table);
        assertEquals(5, rows.size());
        assertEquals(List.of("№", "Школа", "", "Название", "Руководитель", "1", "МБОУ «Темкинская СШ»", "В.А. Харичкина",
                "2", "МБОУ Власовская МООШ", "И.В. Пенихина", "Всего", "2", ""), Docs.texts(List.of(table)));
        assertNotNull(rows.get(0).getTrPr(), "the repeating header keeps w:tblHeader");
        Tc merged = (Tc) XmlUtils.unwrap(rows.get(1).getContent().get(0));
        assertNotNull(merged.getTcPr().getVMerge(), "the vertical merge of the header is untouched");
    }

    @Test
    void a_range_of_rows_repeats_when_the_tags_are_in_different_rows() {
        String xml = Docs.table(Docs.row("№", "Мероприятие"),
                Docs.row("{{#каждый школа из школы}}{{ №школа }}", "{{ школа.название }}"),
                Docs.row("", "Руководитель: {{ школа.руководитель }}{{/каждый}}"));
        assertEquals(List.of("№", "Мероприятие", "1", "МБОУ «Темкинская СШ»", "", "Руководитель: В.А. Харичкина",
                "2", "МБОУ Власовская МООШ", "", "Руководитель: И.В. Пенихина", ""), render(xml));
    }

    @Test
    void a_tag_in_a_cell_before_the_opening_tag_belongs_to_the_repeated_row() {
        String xml = Docs.table(Docs.row("{{ №школа }}", "{{#каждый школа из школы}}{{ школа.название }}",
                "{{ школа.руководитель }}{{/каждый}}"));
        assertEquals(List.of("1", "МБОУ «Темкинская СШ»", "В.А. Харичкина", "2", "МБОУ Власовская МООШ", "И.В. Пенихина", ""),
                render(xml));
    }

    @Test
    void a_block_around_a_whole_table_repeats_the_table() {
        String xml = Docs.p("{{#каждый школа из школы}}") + Docs.p("{{ школа.название }}")
                + Docs.table(Docs.row("Предмет", "Класс")) + Docs.p("{{/каждый}}") + Docs.p("Конец");
        WordprocessingMLPackage out = Docs.render(Docs.load(Docs.docx(xml)), DATA);
        assertEquals(List.of("МБОУ «Темкинская СШ»", "Предмет", "Класс", "МБОУ Власовская МООШ", "Предмет", "Класс", "Конец"),
                Docs.texts(out));
        assertEquals(2, out.getMainDocumentPart().getContent().stream().map(XmlUtils::unwrap).filter(Tbl.class::isInstance).count());
    }

    @Test
    void a_row_loop_inside_a_paragraph_loop() {
        String xml = Docs.p("{{#каждый школа из школы}}") + Docs.p("{{ №школа }}. {{ школа.название }}")
                + Docs.table(Docs.row("Предмет", "Класс"),
                        Docs.row("{{#каждый п из школа.предметы}}{{ п.имя }}", "{{ п.класс }}{{/каждый}}"))
                + Docs.p("{{/каждый}}");
        assertEquals(List.of("1. МБОУ «Темкинская СШ»", "Предмет", "Класс", "Математика", "5", "Русский язык", "6",
                "2. МБОУ Власовская МООШ", "Предмет", "Класс", "История", "7", ""), render(xml));
    }

    @Test
    void row_loops_in_nested_tables() {
        String inner = Docs.table(Docs.row("{{#каждый п из школа.предметы}}{{ №школа }}.{{ №п }}", "{{ п.имя }}{{/каждый}}"));
        String outer = Docs.table(Docs.row("Школа", "Предметы"),
                "<w:tr><w:tc>" + Docs.p("{{#каждый школа из школы}}{{ школа.название }}") + "</w:tc><w:tc>" + inner
                        + Docs.p("{{/каждый}}") + "</w:tc></w:tr>");
        WordprocessingMLPackage out = Docs.render(Docs.load(Docs.docx(outer)), DATA);
        Tbl table = table(out, 0);
        assertEquals(3, rows(table).size());
        // A cell may not end with a table: the paragraph of {{/каждый}} gives way to an empty one.
        assertEquals(List.of("Школа", "Предметы", "МБОУ «Темкинская СШ»", "1.1", "Математика", "1.2", "Русский язык", "",
                "МБОУ Власовская МООШ", "2.1", "История", ""), Docs.texts(List.of(table)));
        for (Tr row : rows(table).subList(1, 3)) {
            Tc cell = (Tc) XmlUtils.unwrap(row.getContent().get(1));
            Object last = XmlUtils.unwrap(cell.getContent().get(cell.getContent().size() - 1));
            assertTrue(last instanceof org.docx4j.wml.P, "a cell still ends with a paragraph after its tag paragraph went away");
        }
    }

    @Test
    void a_row_shown_on_a_condition_and_another_otherwise() {
        String xml = Docs.table(Docs.row("Школа", "Статус"),
                Docs.row("{{#каждый школа из школы}}{{#если школа.риск}}{{ школа.название }}", "в группе риска"),
                Docs.row("{{иначе}}{{ школа.название }}", "нет{{/если}}{{/каждый}}"));
        assertEquals(List.of("Школа", "Статус", "МБОУ «Темкинская СШ»", "в группе риска", "МБОУ Власовская МООШ", "нет", ""),
                render(xml));
    }

    @Test
    void both_tags_in_one_paragraph_of_a_cell_repeat_text_not_the_row() {
        String xml = Docs.table(Docs.row("Участники", "{{#каждый ш из школы | через:«; »}}{{ ш.руководитель }}{{/каждый}}"));
        assertEquals(List.of("Участники", "В.А. Харичкина; И.В. Пенихина", ""), render(xml));
    }

    @Test
    void in_a_one_column_table_the_closing_tag_on_its_own_line_makes_the_row_repeat() {
        String cell = "<w:tc>" + Docs.p("{{#каждый ш из школы}}{{ ш.название }}") + Docs.p("{{/каждый}}") + "</w:tc>";
        assertEquals(List.of("Школа", "МБОУ «Темкинская СШ»", "МБОУ Власовская МООШ", ""),
                render(Docs.table(Docs.row("Школа"), "<w:tr>" + cell + "</w:tr>")));
    }

    @Test
    void a_condition_and_a_loop_on_the_same_row_nest_by_the_order_of_their_tags() {
        String row = "<w:tr><w:tc>" + Docs.p("{{#если школы}}") + Docs.p("{{#каждый ш из школы}}{{ ш.название }}") + "</w:tc>"
                + "<w:tc>" + Docs.p("{{ ш.руководитель }}") + Docs.p("{{/каждый}}") + Docs.p("{{/если}}") + "</w:tc></w:tr>";
        assertEquals(List.of("Школа", "Руководитель", "МБОУ «Темкинская СШ»", "В.А. Харичкина", "МБОУ Власовская МООШ",
                "И.В. Пенихина", ""), render(Docs.table(Docs.row("Школа", "Руководитель"), row)));
    }

    @Test
    void a_loop_over_an_empty_list_leaves_the_header_and_a_table_left_without_rows_goes_away() {
        String loopRow = Docs.row("{{#каждый ш из нет_школ}}{{ ш.название }}", "{{/каждый}}");
        String xml = Docs.table(Docs.row("Школа", ""), loopRow) + Docs.table(loopRow) + Docs.p("Конец");
        WordprocessingMLPackage out = Docs.render(Docs.load(Docs.docx(xml)), DATA);
        assertEquals(List.of("Школа", "", "Конец"), Docs.texts(out));
        assertEquals(1, out.getMainDocumentPart().getContent().stream().map(XmlUtils::unwrap).filter(Tbl.class::isInstance).count());
    }

    @Test
    void paragraphs_repeat_inside_one_cell() {
        String cell = "<w:tc>" + Docs.p("Предметы:") + Docs.p("{{#каждый п из школа.предметы}}") + Docs.p("– {{ п.имя }}")
                + Docs.p("{{/каждый}}") + "</w:tc>";
        String xml = Docs.table("<w:tr>" + cell + "</w:tr>");
        Map<String, Object> data = Map.of("школа", SCHOOL_A);
        assertEquals(List.of("Предметы:", "– Математика", "– Русский язык", ""),
                Docs.texts(Docs.render(Docs.load(Docs.docx(xml)), data)));
    }
}
