package ru.vprsvod.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.Numbering;
import org.docx4j.wml.P;
import org.docx4j.wml.Style;
import org.junit.jupiter.api.Test;

/** Lists and pages in repeated blocks: the two things no engine we studied gets right by itself. */
class NumberingAndPagesTest {

    static final String NUMBERING = "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/><w:lvlJc w:val=\"left\"/>"
            + "<w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:lvl>"
            + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"3\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%2)\"/><w:lvlJc w:val=\"left\"/></w:lvl>"
            + "</w:abstractNum><w:num w:numId=\"5\"><w:abstractNumId w:val=\"0\"/></w:num>";

    static final Map<String, Object> DATA = Map.of("школы", List.of(
            Map.of("название", "Лицей № 2", "меры", List.of("Наблюдатели", "Перепроверка", "Анализ")),
            Map.of("название", "СОШ № 5", "меры", List.of("Наблюдатели", "Семинар"))));

    static String numbered(String text) {
        return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"5\"/></w:numPr></w:pPr><w:r><w:t>"
                + text + "</w:t></w:r></w:p>";
    }

    private static List<BigInteger> numIds(WordprocessingMLPackage pkg) {
        List<BigInteger> ids = new ArrayList<>();
        for (Object item : pkg.getMainDocumentPart().getContent()) {
            if (XmlUtils.unwrap(item) instanceof P p && p.getPPr() != null && p.getPPr().getNumPr() != null) {
                ids.add(p.getPPr().getNumPr().getNumId().getVal());
            }
        }
        return ids;
    }

    private static Numbering.Num num(WordprocessingMLPackage pkg, BigInteger id) {
        return pkg.getMainDocumentPart().getNumberingDefinitionsPart().getJaxbElement().getNum().stream()
                .filter(n -> n.getNumId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void a_repeated_numbered_paragraph_keeps_counting() {
        WordprocessingMLPackage pkg = Docs.pkg(Docs.p("{{#каждый школа из школы}}") + numbered("{{ школа.название }}")
                + Docs.p("{{/каждый}}"));
        Docs.numbering(pkg, NUMBERING);
        WordprocessingMLPackage out = Docs.render(Docs.load(pkg), DATA);
        assertEquals(List.of(BigInteger.valueOf(5), BigInteger.valueOf(5)), numIds(out));
    }

    @Test
    void a_list_inside_a_repeated_block_restarts_when_asked() {
        WordprocessingMLPackage pkg = Docs.pkg(Docs.p("{{#каждый школа из школы | нумерация_заново}}")
                + Docs.p("{{ школа.название }}") + Docs.p("{{#каждый мера из школа.меры}}") + numbered("{{ мера }}")
                + Docs.p("{{/каждый}}") + Docs.p("{{/каждый}}") + numbered("После"));
        Docs.numbering(pkg, NUMBERING);
        WordprocessingMLPackage out = Docs.render(Docs.load(pkg), DATA);
        List<BigInteger> ids = numIds(out);
        assertEquals(6, ids.size());
        BigInteger first = ids.get(0);
        BigInteger second = ids.get(3);
        assertEquals(List.of(first, first, first, second, second, BigInteger.valueOf(5)), ids);
        assertNotEquals(first, second);
        for (BigInteger id : List.of(first, second)) {
            Numbering.Num num = num(out, id);
            assertEquals(BigInteger.ZERO, num.getAbstractNumId().getVal());
            assertEquals(9, num.getLvlOverride().size());
            assertEquals(BigInteger.ONE, num.getLvlOverride().get(0).getStartOverride().getVal());
            assertEquals(BigInteger.valueOf(3), num.getLvlOverride().get(1).getStartOverride().getVal(), "the level's own start");
        }
    }

    @Test
    void numbering_that_comes_from_the_paragraph_style_restarts_too() throws Exception {
        WordprocessingMLPackage pkg = Docs.pkg(Docs.p("{{#каждый школа из школы | нумерация_заново}}")
                + "<w:p><w:pPr><w:pStyle w:val=\"Meri\"/></w:pPr><w:r><w:t>{{ школа.название }}</w:t></w:r></w:p>"
                + Docs.p("{{/каждый}}"));
        Docs.numbering(pkg, NUMBERING);
        Style style = (Style) XmlUtils.unmarshalString("<w:style " + Docs.NS + " w:type=\"paragraph\" w:styleId=\"Meri\">"
                + "<w:name w:val=\"Меры\"/><w:pPr><w:numPr><w:numId w:val=\"5\"/></w:numPr></w:pPr></w:style>");
        pkg.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement().getStyle().add(style);
        List<BigInteger> ids = numIds(Docs.render(Docs.load(pkg), DATA));
        assertEquals(2, ids.size());
        assertNotEquals(ids.get(0), ids.get(1));
    }

    private static List<String> pageBreakTexts(String breakParagraphs) {
        WordprocessingMLPackage out = Docs.render(Docs.load(Docs.docx(Docs.p("{{#каждый школа из школы}}")
                + Docs.p("Дорожная карта: {{ школа.название }}") + breakParagraphs)), DATA);
        return Docs.texts(out);
    }

    @Test
    void a_page_break_per_item_leaves_no_empty_last_page() {
        // Word: Ctrl+Enter puts the break in a paragraph of its own.
        assertEquals(List.of("Дорожная карта: Лицей № 2", "[page]", "Дорожная карта: СОШ № 5"),
                pageBreakTexts("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>" + Docs.p("{{/каждый}}")));
        // Writer: the break typed before the tag lands in the tag's paragraph.
        assertEquals(List.of("Дорожная карта: Лицей № 2[page]", "Дорожная карта: СОШ № 5"),
                pageBreakTexts("<w:p><w:r><w:br w:type=\"page\"/></w:r><w:r><w:t>{{/каждый}}</w:t></w:r></w:p>"));
        // The author's «page break before» on the closing tag's paragraph.
        assertEquals(List.of("Дорожная карта: Лицей № 2[page]", "Дорожная карта: СОШ № 5"),
                pageBreakTexts("<w:p><w:pPr><w:pageBreakBefore/></w:pPr><w:r><w:t>{{/каждый}}</w:t></w:r></w:p>"));
        // A break at the end of the item's last paragraph.
        assertEquals(List.of("Дорожная карта: Лицей № 2", "Подпись[page]", "Дорожная карта: СОШ № 5", "Подпись"),
                pageBreakTexts("<w:p><w:r><w:t>Подпись</w:t><w:br w:type=\"page\"/></w:r></w:p>" + Docs.p("{{/каждый}}")));
    }
}
