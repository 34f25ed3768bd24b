package ru.vprsvod.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FootnotesPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.wml.CTFootnotes;
import org.docx4j.wml.CTFtnEdn;
import org.junit.jupiter.api.Test;

/** Tags work wherever a coordinator can type: headers and footers of every kind, footnotes, text boxes. */
class PartsTest {

    private static final Map<String, Object> DATA = Map.of(
            "орган", "Управление образования", "приказ", Map.of("номер", "352-ахд"),
            "школы", List.of(Map.of("название", "Лицей № 2"), Map.of("название", "СОШ № 5")));

    /** A text box the way Word and Writer write it: a DrawingML box and its VML copy for old readers. */
    static String textBox(String... paragraphs) {
        StringBuilder content = new StringBuilder("<w:txbxContent>");
        for (String p : paragraphs) {
            content.append(p);
        }
        content.append("</w:txbxContent>");
        return "<w:p><w:r><w:t xml:space=\"preserve\">Штамп: </w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">"
                + "<w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"1800225\" cy=\"720090\"/>"
                + "<wp:docPr id=\"1\" name=\"Надпись 1\"/><a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
                + "<wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"1800225\" cy=\"720090\"/></a:xfrm>"
                + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx>" + content + "</wps:txbx><wps:bodyPr/></wps:wsp>"
                + "</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice><mc:Fallback><w:pict>"
                + "<v:rect style=\"width:141.75pt;height:56.7pt\"><v:textbox>" + content + "</v:textbox></v:rect></w:pict>"
                + "</mc:Fallback></mc:AlternateContent></w:r></w:p>";
    }

    static List<String> textBoxTexts(WordprocessingMLPackage pkg) {
        try {
            return pkg.getMainDocumentPart().getJAXBNodesViaXPath("//w:txbxContent/w:p", false).stream()
                    .map(Docs::text).toList();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void every_kind_of_header_and_footer() {
        WordprocessingMLPackage pkg = Docs.pkg(Docs.p("Текст"));
        Docs.header(pkg, false, "default", Docs.p("{{ орган }}"));
        Docs.header(pkg, false, "first", Docs.p("Первая: {{ орган | заглавные }}"));
        Docs.header(pkg, false, "even", Docs.p("Чётная: {{ приказ.номер }}"));
        Docs.header(pkg, true, "default", Docs.table(Docs.row("{{#каждый ш из школы}}{{ ш.название }}", "{{/каждый}}")));
        Docs.header(pkg, true, "first", Docs.p("Приказ № {{ приказ.номер }}"));
        WordprocessingMLPackage out = Docs.render(Docs.load(pkg), DATA);
        List<String> texts = new ArrayList<>();
        for (Part part : out.getParts().getParts().values()) {
            if (part instanceof HeaderPart header) {
                texts.add(part.getPartName().getName() + ": " + Docs.texts(header.getContent()));
            } else if (part instanceof FooterPart footer) {
                texts.add(part.getPartName().getName() + ": " + Docs.texts(footer.getContent()));
            }
        }
        texts.sort(String::compareTo);
        assertEquals(List.of(
                "/word/footer_default.xml: [Лицей № 2, , СОШ № 5, , ]",
                "/word/footer_first.xml: [Приказ № 352-ахд]",
                "/word/header_default.xml: [Управление образования]",
                "/word/header_even.xml: [Чётная: 352-ахд]",
                "/word/header_first.xml: [Первая: УПРАВЛЕНИЕ ОБРАЗОВАНИЯ]"), texts);
    }

    @Test
    void problems_in_headers_and_footers_name_them() {
        WordprocessingMLPackage pkg = Docs.pkg(Docs.p("Текст"));
        Docs.header(pkg, false, "first", Docs.p("{{ орган }}") + Docs.p("{{ органы }}"));
        Docs.header(pkg, true, "default", Docs.p("Страница {{ страница }}"));
        Docs.assertProblems(Docs.failures(Docs.load(pkg), DATA),
                "Верхний колонтитул (первая страница), абзац 2, тег {{ органы }}: нет поля «органы». Есть: «орган».",
                "Нижний колонтитул, абзац 1, тег {{ страница }}: нет поля «страница». Есть: «орган», «приказ», «школы». "
                        + "Текст рядом: «Страница {{ страница }}».");
    }

    @Test
    void text_boxes_both_copies_are_filled_and_problems_are_not_doubled() {
        String xml = Docs.p("До") + textBox(Docs.p("{{ орган }}"), Docs.p("{{#каждый ш из школы}}"), Docs.p("– {{ ш.название }}"),
                Docs.p("{{/каждый}}"));
        // Each box is written twice: DrawingML for current readers, VML for old ones; both are filled.
        assertEquals(List.of("Управление образования", "– Лицей № 2", "– СОШ № 5", "Управление образования", "– Лицей № 2",
                "– СОШ № 5"), textBoxTexts(Docs.render(Docs.load(Docs.docx(xml)), DATA)));

        String broken = Docs.p("До") + textBox(Docs.p("Дата: {{ дата }}"));
        Docs.assertProblems(Docs.failures(Docs.load(Docs.docx(broken)), DATA),
                "Основной текст, абзац 2 → надпись 1, тег {{ дата }}: нет поля «дата». Есть: «орган», «приказ», «школы». "
                        + "Текст рядом: «Дата: {{ дата }}».");
    }

    @Test
    void a_text_box_inside_a_repeated_paragraph_sees_the_loop() {
        String xml = Docs.p("{{#каждый ш из школы}}") + textBox(Docs.p("{{ №ш }}: {{ ш.название }}")) + Docs.p("{{/каждый}}");
        assertEquals(List.of("1: Лицей № 2", "1: Лицей № 2", "2: СОШ № 5", "2: СОШ № 5"),
                textBoxTexts(Docs.render(Docs.load(Docs.docx(xml)), DATA)));
    }

    @Test
    void footnotes() throws Exception {
        WordprocessingMLPackage pkg = Docs.pkg("<w:p><w:r><w:t>Приказ</w:t></w:r><w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr>"
                + "<w:footnoteReference w:id=\"1\"/></w:r></w:p>");
        FootnotesPart footnotes = new FootnotesPart();
        footnotes.setJaxbElement((CTFootnotes) XmlUtils.unwrap(XmlUtils.unmarshalString("<w:footnotes " + Docs.NS + ">"
                + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
                + "<w:footnote w:id=\"1\">" + Docs.p("См. приказ № {{ приказ.номер }} {{ приказ.дата }}") + "</w:footnote></w:footnotes>")));
        pkg.getMainDocumentPart().addTargetPart(footnotes);
        DocxTemplate template = Docs.load(pkg);
        Docs.assertProblems(Docs.failures(template, DATA),
                "Сноска 1, абзац 1, тег {{ приказ.дата }}: в «приказ» нет поля «дата». Есть: «номер». "
                        + "Текст рядом: «…приказ № {{ приказ.номер }} {{ приказ.дата }}».");
        WordprocessingMLPackage out = Docs.render(template, Map.of("приказ", Map.of("номер", "7", "дата", "01.02.2024")));
        CTFtnEdn note = out.getMainDocumentPart().getFootnotesPart().getJaxbElement().getFootnote().get(2);
        assertEquals(List.of("См. приказ № 7 01.02.2024"), Docs.texts(note.getContent()));
    }
}
