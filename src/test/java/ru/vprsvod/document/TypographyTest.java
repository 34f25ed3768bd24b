package ru.vprsvod.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.Test;

/**
 * «2025 / г.» and «51,5 / %» broke across lines in every document: the space between a value and the template's own
 * text was an ordinary one. The filled document gets no-break spaces wherever a Russian line must not break, across
 * the runs values and template text stand in; a tag that printed nothing leaves no double space.
 */
class TypographyTest {

    private static final String NB = "\u00a0";

    private static Map<String, Object> data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("год", 2025);
        data.put("доля", "51,5");
        data.put("школа", "МБОУ «СОШ № 3»");
        data.put("директор", "А.В. Морозова");
        data.put("исполнитель", "Петрова Н.В.");
        data.put("город", "Энск");
        data.put("примечание", "");
        data.put("школ", 16);
        return data;
    }

    private static List<String> filled(String... paragraphs) {
        StringBuilder xml = new StringBuilder();
        for (String p : paragraphs) {
            xml.append(Docs.p(p));
        }
        WordprocessingMLPackage out = Docs.render(Docs.load(Docs.docx(xml.toString())), data());
        return out.getMainDocumentPart().getContent().stream().map(XmlUtils::unwrap).map(Docs::rawText).toList();
    }

    @Test
    void aNumberKeepsItsUnitAndANumberSignItsNumber() {
        assertEquals(List.of("в " + 2025 + NB + "г. доля «5»" + NB + "— 51,5" + NB + "% у 16" + NB + "школ, приказ №" + NB + "45-р, п." + NB
                        + "п. от №" + NB + "______"),
                filled("в {{ год }} г. доля «5» — {{ доля }} % у {{ школ }} школ, приказ № 45-р, п. п. от № ______"));
        assertEquals(List.of("в " + "МБОУ «СОШ №" + NB + "3»"), filled("в {{ школа }}"));
    }

    @Test
    void initialsKeepTheirSurnameAndAbbreviationsWhatFollows() {
        assertEquals(List.of("Директор А.В." + NB + "Морозова, исполнитель Петрова" + NB + "Н.В., г." + NB + "Энск, ул." + NB
                        + "Ленина, д." + NB + "10, Порядок, п." + NB + "6.3"),
                filled("Директор {{ директор }}, исполнитель {{ исполнитель }}, г. {{ город }}, ул. Ленина, д. 10, Порядок, п. 6.3"));
        assertEquals(List.of("Март" + NB + "– май"), filled("Март – май"));
    }

    /** A telephone number broke at its hyphen («2-34-» at a line end, «57» on the next) in the observer's памятка. */
    @Test
    void aTelephoneNumberNeverBreaksAtItsHyphens() {
        assertEquals(List.of("телефон 8 (12345) 2\u201134\u201157, Ростов-на-Дону, 4-й класс"),
                filled("телефон 8 (12345) 2-34-57, Ростов-на-Дону, 4-й класс"));
    }

    @Test
    void aTagThatPrintsNothingLeavesNoDoubleSpaceButTypedSpacesStay() {
        assertEquals(List.of("Школа МБОУ «СОШ №" + NB + "3» приняла работы.", "Председатель      /подпись/"),
                filled("Школа {{ примечание | пусто }} {{ школа }} приняла работы {{ примечание | пусто }}.",
                        "Председатель      /подпись/"));
    }
}
