package ru.vprsvod.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.junit.jupiter.api.Test;

/** Tags as Word and Writer really store them: cut into several runs for many reasons. */
class SplitTagsTest {

    private static final Map<String, Object> DATA = Map.of(
            "школа", Map.of("руководитель", "В.А. Харичкина", "название", "МБОУ «Темкинская СШ»"),
            "приказ", Map.of("номер", "99п"));

    private static P firstParagraph(WordprocessingMLPackage pkg) {
        return (P) XmlUtils.unwrap(pkg.getMainDocumentPart().getContent().get(0));
    }

    @Test
    void a_tag_cut_by_spelling_marks_language_and_revision_ids() {
        String xml = "<w:p w:rsidR=\"00A1\"><w:r w:rsidR=\"00A1\"><w:t xml:space=\"preserve\">Директор: {{ </w:t></w:r>"
                + "<w:proofErr w:type=\"spellStart\"/>"
                + "<w:r w:rsidR=\"00B2\"><w:rPr><w:lang w:val=\"en-US\"/></w:rPr><w:t>школа</w:t></w:r>"
                + "<w:proofErr w:type=\"spellEnd\"/>"
                + "<w:r w:rsidRPr=\"00C3\"><w:t>.руковод</w:t></w:r>"
                + "<w:r><w:rPr><w:lang w:val=\"ru-RU\"/></w:rPr><w:t xml:space=\"preserve\">итель }} (подпись)</w:t></w:r></w:p>";
        WordprocessingMLPackage out = Docs.render(Docs.load(Docs.docx(xml)), DATA);
        assertEquals(List.of("Директор: В.А. Харичкина (подпись)"), Docs.texts(out));
    }

    @Test
    void the_value_takes_the_formatting_of_the_run_where_the_tag_starts() {
        String xml = "<w:p><w:r><w:rPr><w:i/></w:rPr><w:t xml:space=\"preserve\">№ {{ приказ.</w:t></w:r>"
                + "<w:r><w:rPr><w:b/></w:rPr><w:t>номер</w:t></w:r>"
                + "<w:r><w:t xml:space=\"preserve\"> }} от</w:t></w:r></w:p>";
        P p = firstParagraph(Docs.render(Docs.load(Docs.docx(xml)), DATA));
        assertEquals("№ 99п от", Docs.text(p));
        R value = p.getContent().stream().map(XmlUtils::unwrap).filter(R.class::isInstance).map(R.class::cast)
                .filter(r -> Docs.text(r).equals("99п")).findFirst().orElseThrow();
        assertNotNull(value.getRPr().getI(), "italic from the run where «{{» stands");
        assertNull(value.getRPr().getB(), "not bold: the bold run only held part of the name");
    }

    @Test
    void a_bookmark_inside_a_tag_and_braces_split_between_runs() {
        String xml = "<w:p><w:r><w:t>{</w:t></w:r><w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/>"
                + "<w:r><w:t>{школа.назв</w:t></w:r><w:bookmarkEnd w:id=\"0\"/><w:r><w:t>ание}</w:t></w:r>"
                + "<w:r><w:t>}</w:t></w:r></w:p>";
        assertEquals(List.of("МБОУ «Темкинская СШ»"), Docs.texts(Docs.render(Docs.load(Docs.docx(xml)), DATA)));
    }

    @Test
    void tabs_breaks_and_fields_in_the_cut_runs_stay_where_they_were() {
        String xml = "<w:p><w:r><w:t xml:space=\"preserve\">А{{ школа.</w:t></w:r>"
                + "<w:r><w:t>руководитель</w:t><w:tab/><w:t>}}Б</w:t></w:r></w:p>";
        assertEquals(List.of("АВ.А. Харичкина\tБ"), Docs.texts(Docs.render(Docs.load(Docs.docx(xml)), DATA)));
    }

    @Test
    void several_tags_in_one_run_and_a_run_shared_by_two_tags() {
        String xml = "<w:p><w:r><w:t xml:space=\"preserve\">{{ приказ.номер }}/{{ школа.</w:t></w:r>"
                + "<w:r><w:t xml:space=\"preserve\">руководитель }}, {{ приказ.</w:t></w:r><w:r><w:t>номер}}</w:t></w:r></w:p>";
        assertEquals(List.of("99п/В.А. Харичкина, 99п"), Docs.texts(Docs.render(Docs.load(Docs.docx(xml)), DATA)));
    }

    @Test
    void multiline_values_become_line_breaks_and_tabs_stay_tabs() {
        String xml = Docs.p("Адрес: {{ адрес }}.");
        WordprocessingMLPackage out = Docs.render(Docs.load(Docs.docx(xml)), Map.of("адрес", "ул. Советская, 1\r\nс. Темкино\tСмоленская обл."));
        assertEquals(List.of("Адрес: ул. Советская, 1\nс. Темкино\tСмоленская обл.."), Docs.texts(out));
    }

    @Test
    void data_is_plain_text_never_a_tag_nor_xml() {
        String xml = Docs.p("{{ x }}");
        byte[] docx = ((Rendering.Rendered) Docs.load(Docs.docx(xml))
                .render(Map.of("x", "<w:t>&amp; {{ y }}\u0001"))).docx();
        assertEquals(List.of("<w:t>&amp; {{ y }}"), Docs.texts(Docs.open(docx)));
        assertTrue(Docs.parts(docx).get("word/document.xml").contains("&lt;w:t&gt;&amp;amp; {{ y }}"));
    }

    @Test
    void private_use_characters_of_the_template_itself_are_left_alone() {
        String xml = Docs.p("Символ \ue000\ue001 шрифта и {{ приказ.номер }}");
        assertEquals(List.of("Символ \ue000\ue001 шрифта и 99п"), Docs.texts(Docs.open(
                ((Rendering.Rendered) Docs.load(Docs.docx(xml)).render(DATA)).docx())));
    }

    @Test
    void a_problem_describes_itself_even_without_a_place() {
        assertEquals("Нет поля. Есть: «а».", new TemplateProblem("", "", "", "", "нет поля", "есть: «а»").describe());
    }

    @Test
    void runs_emptied_by_the_merge_do_not_stay_behind() {
        String xml = "<w:p><w:r><w:t>{{ </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>приказ.номер</w:t></w:r>"
                + "<w:r><w:t xml:space=\"preserve\"> }}</w:t></w:r></w:p>";
        P p = firstParagraph(Docs.render(Docs.load(Docs.docx(xml)), DATA));
        assertEquals(1, p.getContent().size(), XmlUtils.marshaltoString(p));
    }

    @Test
    void the_space_before_a_tag_survives_in_word() {
        // Writer and Word often save «Директор: {{ …» without xml:space="preserve": no space at its ends yet.
        String xml = "<w:p><w:r><w:t>Директор: {{ школа.</w:t></w:r><w:r><w:t>руководитель }}</w:t></w:r></w:p>";
        byte[] docx = ((Rendering.Rendered) Docs.load(Docs.docx(xml)).render(DATA)).docx();
        assertTrue(Docs.parts(docx).get("word/document.xml").contains("<w:t xml:space=\"preserve\">Директор: </w:t>"));
    }

    @Test
    void a_paragraph_of_tags_only_that_comes_out_empty_leaves_no_blank_line() {
        String xml = Docs.p("До") + Docs.p("{{ примечание | пусто }}") + Docs.p(" {{#если примечание}}Примечание: {{ примечание }}{{/если}}")
                + Docs.p("Примечание: {{ примечание | пусто }}") + "<w:p/>" + Docs.p("После");
        Map<String, Object> data = new java.util.HashMap<>(DATA);
        data.put("примечание", null);
        assertEquals(List.of("До", "Примечание: ", "", "После"), Docs.texts(Docs.render(Docs.load(Docs.docx(xml)), data)));
    }

    @Test
    void tracked_changes_around_a_tag_ask_to_accept_them() {
        String xml = "<w:p><w:r><w:t xml:space=\"preserve\">Номер {{ приказ.</w:t></w:r>"
                + "<w:ins w:id=\"1\" w:author=\"Координатор\" w:date=\"2024-03-01T10:00:00Z\"><w:r><w:t>номер</w:t></w:r></w:ins>"
                + "<w:r><w:t xml:space=\"preserve\"> }} от {{ школа.название }}</w:t></w:r></w:p>";
        DocxTemplate template = Docs.load(Docs.docx(xml));
        Docs.assertProblems(template.problems(),
                "Основной текст, абзац 1, тег {{ приказ.номер }}: тег затронут записанными исправлениями (режим рецензирования). "
                        + "Примите или отклоните все исправления (Рецензирование → Принять все исправления) и загрузите шаблон снова. "
                        + "Текст рядом: «Номер {{ приказ.номер }} от {{ школа.название }}».");
    }

    @Test
    void unclosed_and_stray_braces_are_located() {
        String xml = Docs.p("Номер {{ приказ.номер от") + Docs.p("Дата }} и {{ школа.название }}");
        DocxTemplate template = Docs.load(Docs.docx(xml));
        Docs.assertProblems(template.problems(),
                "Основной текст, абзац 1: тег не закрыт: после «{{» нет «}}» в том же абзаце. "
                        + "Допишите «}}»; тег не может переходить на другую строку. Текст рядом: «Номер {{ приказ.номер от».",
                "Основной текст, абзац 2: лишние «}}» без «{{». Тег открывается {{ и закрывается }}; проверьте, "
                        + "что открывающие скобки набраны в латинской раскладке. Текст рядом: «Дата }} и {{ школа.название }}».");
    }
}
