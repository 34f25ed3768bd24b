package ru.vprsvod.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.docx4j.XmlUtils;
import org.docx4j.dml.wordprocessingDrawing.Inline;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPart;
import org.docx4j.wml.P;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates saved by LibreOffice Writer itself and written the way Word writes them; outputs opened by LibreOffice. */
class RealDocumentsTest {

    static final byte[] CHART = PicturesTest.png(300, 100, Color.BLUE);

    static byte[] resource(String name) throws IOException {
        try (InputStream in = RealDocumentsTest.class.getResourceAsStream("/document/" + name)) {
            return in.readAllBytes();
        }
    }

    /** Zips the unpacked Word-style fixture. */
    static byte[] wordFixture() throws IOException, URISyntaxException {
        Path root = Path.of(RealDocumentsTest.class.getResource("/document/word-2016").toURI());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out); Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(root.relativize(file).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static Map<String, Object> directiveData() {
        Map<String, Object> data = new HashMap<>();
        data.put("орган", "Администрация муниципального образования «Темкинский район»");
        data.put("исполнитель", "Н.М. Ульянова");
        data.put("распоряжение", Map.of("дата", LocalDate.of(2022, 3, 19), "номер", "99п"));
        data.put("школы", List.of(
                Map.of("название", "МБОУ «Темкинская СШ»", "руководитель", "В.А. Харичкина",
                        "меры", List.of("Наблюдатели", "Перепроверка", "Анализ")),
                Map.of("название", "МБОУ Власовская МООШ", "руководитель", "И.В. Пенихина",
                        "меры", List.of("Наблюдатели", "Семинар"))));
        data.put("график", Picture.ofPng(CHART, "Распределение отметок"));
        return data;
    }

    static Map<String, Object> orderData() {
        Map<String, Object> data = new HashMap<>();
        data.put("орган", "Управление образования");
        data.put("исполнитель", "О.В. Халикова");
        data.put("приказ", Map.of("дата", LocalDate.of(2024, 9, 3), "номер", "128/1-О"));
        data.put("пункты", List.of("Утвердить «Дорожную карту» (приложение 1).",
                "Рекомендовать руководителям разработать свои «дорожные карты».",
                "Контроль за исполнением приказа оставляю за собой."));
        data.put("мероприятия", List.of(Map.of("название", "Общественное наблюдение", "срок", LocalDate.of(2025, 4, 15)),
                Map.of("название", "Перепроверка работ", "срок", LocalDate.of(2025, 5, 30))));
        data.put("график", Picture.ofPng(CHART, ""));
        data.put("начальник", "А.В. Тимков");
        return data;
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

    private static byte[] pictureBytes(WordprocessingMLPackage pkg) throws Exception {
        Inline inline = pkg.getMainDocumentPart().getJAXBNodesViaXPath("//wp:inline", false).stream()
                .map(o -> (Inline) XmlUtils.unwrap(o)).filter(i -> i.getGraphic().getGraphicData().getPic() != null)
                .findFirst().orElseThrow();
        String id = inline.getGraphic().getGraphicData().getPic().getBlipFill().getBlip().getEmbed();
        return ((BinaryPart) pkg.getMainDocumentPart().getRelationshipsPart().getPart(id)).getBytes();
    }

    @Test
    void a_directive_saved_by_libreoffice_writer() throws Exception {
        DocxTemplate template = Docs.load(resource("writer/writer-directive.docx"));
        Map<String, Object> data = directiveData();
        assertEquals(List.of(), template.problems());
        assertEquals(List.of(), template.lint(DataSchema.fromSample(data)));
        WordprocessingMLPackage out = Docs.render(template, data);
        assertEquals(List.of("РАСПОРЯЖЕНИЕ", "от 19.03.2022 № 99п", "Штамп: ",
                "1. Руководителям МБОУ «Темкинская СШ» (В.А. Харичкина), МБОУ Власовская МООШ (И.В. Пенихина):",
                "№", "Школа", "", "Название", "Руководитель", "1", "МБОУ «Темкинская СШ»", "В.А. Харичкина",
                "2", "МБОУ Власовская МООШ", "И.В. Пенихина", "Распределение отметок: ",
                "Дорожная карта: МБОУ «Темкинская СШ»", "Наблюдатели", "Перепроверка", "Анализ[page]",
                "Дорожная карта: МБОУ Власовская МООШ", "Наблюдатели", "Семинар"), Docs.texts(out));
        assertEquals(List.of("Дата: 19 марта 2022 г.", "Дата: 19 марта 2022 г."), PartsTest.textBoxTexts(out));
        List<BigInteger> lists = numIds(out);
        assertEquals(5, lists.size());
        assertEquals(List.of(lists.get(0), lists.get(0), lists.get(0)), lists.subList(0, 3));
        assertNotEquals(lists.get(0), lists.get(3), "each school's measures are numbered from 1");
        assertArrayEquals(CHART, pictureBytes(out));
        assertEquals(List.of("АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ «ТЕМКИНСКИЙ РАЙОН»"),
                Docs.texts(out.getDocumentModel().getSections().get(0).getHeaderFooterPolicy().getDefaultHeader().getContent()));
        assertEquals(List.of("Исполнитель: Н.М. Ульянова"),
                Docs.texts(out.getDocumentModel().getSections().get(0).getHeaderFooterPolicy().getDefaultFooter().getContent()));
        assertEquals(List.of("\tПриказ № 99п"), Docs.texts(out.getMainDocumentPart().getFootnotesPart().getJaxbElement()
                .getFootnote().stream().filter(f -> f.getType() == null).findFirst().orElseThrow().getContent()));
    }

    @Test
    void an_order_written_the_way_word_writes_it() throws Exception {
        DocxTemplate template = Docs.load(wordFixture());
        Map<String, Object> data = orderData();
        assertEquals(List.of(), template.problems());
        assertEquals(List.of(), template.lint(DataSchema.fromSample(data)));
        WordprocessingMLPackage out = Docs.render(template, data);
        assertEquals(List.of("ПРИКАЗ", "от 03.09.2024 № 128/1-О", "ПРИКАЗЫВАЮ:",
                "Утвердить «Дорожную карту» (приложение 1).",
                "Рекомендовать руководителям разработать свои «дорожные карты».",
                "Контроль за исполнением приказа оставляю за собой.",
                "№", "Мероприятие и срок", "1", "Общественное наблюдение", "", "Срок", "15.04.2025",
                "2", "Перепроверка работ", "", "Срок", "30.05.2025", "", "Начальник\tА.В. Тимков"), Docs.texts(out));
        assertEquals(List.of("Исполнитель: О.В. Халикова", "Исполнитель: О.В. Халикова"), PartsTest.textBoxTexts(out));
        assertEquals(List.of(BigInteger.valueOf(3), BigInteger.valueOf(3), BigInteger.valueOf(3)), numIds(out),
                "a repeated numbered paragraph keeps counting");
        assertArrayEquals(CHART, pictureBytes(out));
        var policy = out.getDocumentModel().getSections().get(0).getHeaderFooterPolicy();
        assertEquals(List.of("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ"), Docs.texts(policy.getFirstHeader().getContent()));
        assertEquals(List.of("Исп. О.В. Халикова, стр. 1"), Docs.texts(policy.getDefaultFooter().getContent()));
    }

    @Test
    void libreoffice_opens_the_filled_documents_with_restarted_lists_and_no_empty_last_page(@TempDir Path work)
            throws Exception {
        assumeTrue(Office.available(), "LibreOffice and poppler-utils are not installed");
        Path directive = work.resolve("directive.docx");
        Files.write(directive, ((Rendering.Rendered) Docs.load(resource("writer/writer-directive.docx"))
                .render(directiveData())).docx());
        Path pdf = Office.toPdf(directive, work);
        String text = Office.text(pdf, work);
        assertEquals(2, Office.pages(pdf, work), "one road map per page, no empty page after the last:\n" + text);
        assertTrue(text.contains("МБОУ Власовская МООШ"), text);
        assertEquals(2, Docs.all(text, "(1\\.\\s+Наблюдатели)").size(), text);
        assertEquals(1, Docs.all(text, "(3\\.\\s+Анализ)").size(), text);
        assertEquals(1, Docs.all(text, "(2\\.\\s+Семинар)").size(), "the second school's list starts again:\n" + text);

        Path order = work.resolve("order.docx");
        Files.write(order, ((Rendering.Rendered) Docs.load(wordFixture()).render(orderData())).docx());
        String orderText = Office.text(Office.toPdf(order, work), work);
        assertEquals(1, Docs.all(orderText, "(3\\.\\s+Контроль)").size(), "the numbered points keep counting:\n" + orderText);
        // The initials keep with the surname (no-break space), whichever line they land on.
        assertTrue(orderText.contains("Исполнитель:") && orderText.matches("(?s).*О\\.В\\.[ \u00a0]Халикова.*"),
                "the text box:\n" + orderText);
        assertTrue(orderText.contains("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ"), "the first-page header:\n" + orderText);
        assertTrue(orderText.contains("30.05.2025"), orderText);
    }
}
