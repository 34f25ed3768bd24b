package ru.vprsvod.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.Body;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.Hdr;
import org.docx4j.wml.P;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;

/**
 * Test helpers: templates built with docx4j from WordprocessingML written the way Word writes it (so a
 * test can split a tag across runs exactly as Word does), and checks on filled documents.
 */
final class Docs {

    static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
            + "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" "
            + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
            + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
            + "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\" "
            + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
            + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
            + "xmlns:v=\"urn:schemas-microsoft-com:vml\" "
            + "xmlns:o=\"urn:schemas-microsoft-com:office:office\"";

    private Docs() {
    }

    /** A plain paragraph with one run. */
    static String p(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r></w:p>";
    }

    /** A paragraph with the given runs' text, one run each (as after a language or formatting change). */
    static String pRuns(String... texts) {
        StringBuilder xml = new StringBuilder("<w:p>");
        for (String text : texts) {
            xml.append("<w:r><w:t xml:space=\"preserve\">").append(escape(text)).append("</w:t></w:r>");
        }
        return xml.append("</w:p>").toString();
    }

    /** A table row with one plain paragraph per cell. */
    static String row(String... cells) {
        StringBuilder xml = new StringBuilder("<w:tr>");
        for (String cell : cells) {
            xml.append("<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>").append(p(cell)).append("</w:tc>");
        }
        return xml.append("</w:tr>").toString();
    }

    static String table(String... rows) {
        return "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>"
                + "<w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"2000\"/></w:tblGrid>"
                + String.join("", rows) + "</w:tbl>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A new document whose body is the given block-level XML. */
    static WordprocessingMLPackage pkg(String bodyXml) {
        try {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
            Body body = (Body) XmlUtils.unwrap(XmlUtils.unmarshalString("<w:body " + NS + ">" + bodyXml + "</w:body>"));
            pkg.getMainDocumentPart().getContent().clear();
            pkg.getMainDocumentPart().getContent().addAll(body.getContent());
            return pkg;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(WordprocessingMLPackage pkg) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pkg.save(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] docx(String bodyXml) {
        return bytes(pkg(bodyXml));
    }

    /** Adds a header or footer part of the given type («default», «first», «even») to the last section. */
    static void header(WordprocessingMLPackage pkg, boolean footer, String type, String contentXml) {
        try {
            var main = pkg.getMainDocumentPart();
            Relationship rel;
            if (footer) {
                FooterPart part = new FooterPart(new org.docx4j.openpackaging.parts.PartName("/word/footer_" + type + ".xml"));
                part.setJaxbElement((Ftr) XmlUtils.unwrap(XmlUtils.unmarshalString("<w:ftr " + NS + ">" + contentXml + "</w:ftr>")));
                rel = main.addTargetPart(part);
            } else {
                HeaderPart part = new HeaderPart(new org.docx4j.openpackaging.parts.PartName("/word/header_" + type + ".xml"));
                part.setJaxbElement((Hdr) XmlUtils.unwrap(XmlUtils.unmarshalString("<w:hdr " + NS + ">" + contentXml + "</w:hdr>")));
                rel = main.addTargetPart(part);
            }
            SectPr sectPr = pkg.getMainDocumentPart().getJaxbElement().getBody().getSectPr();
            if (sectPr == null) {
                sectPr = new SectPr();
                pkg.getMainDocumentPart().getJaxbElement().getBody().setSectPr(sectPr);
            }
            String xml = "<w:" + (footer ? "footer" : "header") + "Reference " + NS + " w:type=\"" + type + "\" r:id=\"" + rel.getId() + "\"/>";
            Object reference = XmlUtils.unmarshalString(xml);
            sectPr.getEGHdrFtrReferences().add((org.docx4j.wml.CTRel) XmlUtils.unwrap(reference));
            if (type.equals("first")) {
                sectPr.setTitlePg(new org.docx4j.wml.BooleanDefaultTrue());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void numbering(WordprocessingMLPackage pkg, String numberingXml) {
        try {
            NumberingDefinitionsPart part = new NumberingDefinitionsPart();
            part.setJaxbElement((org.docx4j.wml.Numbering) XmlUtils.unwrap(XmlUtils.unmarshalString(
                    "<w:numbering " + NS + ">" + numberingXml + "</w:numbering>")));
            pkg.getMainDocumentPart().addTargetPart(part);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static DocxTemplate load(byte[] docx) {
        TemplateLoading loading = DocxTemplate.load("шаблон.docx", docx);
        if (loading instanceof TemplateLoading.Broken broken) {
            fail("template refused: " + broken.problems());
        }
        return ((TemplateLoading.Loaded) loading).template();
    }

    static DocxTemplate load(WordprocessingMLPackage pkg) {
        return load(bytes(pkg));
    }

    /** Renders and expects success; the output is checked for validity on the way. */
    static WordprocessingMLPackage render(DocxTemplate template, Map<String, Object> data) {
        Rendering rendering = template.render(data);
        if (rendering instanceof Rendering.Failed failed) {
            fail("rendering failed:\n" + failed.problems().stream().map(TemplateProblem::describe)
                    .reduce((a, b) -> a + "\n" + b).orElse(""));
        }
        byte[] docx = ((Rendering.Rendered) rendering).docx();
        assertValid(docx);
        return open(docx);
    }

    static List<TemplateProblem> failures(DocxTemplate template, Map<String, Object> data) {
        Rendering rendering = template.render(data);
        if (rendering instanceof Rendering.Rendered) {
            fail("rendering was expected to fail");
        }
        return ((Rendering.Failed) rendering).problems();
    }

    static WordprocessingMLPackage open(byte[] docx) {
        try {
            return WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
        } catch (Exception e) {
            throw new AssertionError("output does not reopen", e);
        }
    }

    /** Every paragraph's text in document order, tables included (cells in order). */
    static List<String> texts(List<Object> content) {
        List<String> out = new ArrayList<>();
        for (Object item : content) {
            Object u = XmlUtils.unwrap(item);
            if (u instanceof P p) {
                out.add(text(p));
            } else if (u instanceof Tbl tbl) {
                for (Object row : tbl.getContent()) {
                    if (XmlUtils.unwrap(row) instanceof Tr tr) {
                        for (Object cell : tr.getContent()) {
                            if (XmlUtils.unwrap(cell) instanceof Tc tc) {
                                out.addAll(texts(tc.getContent()));
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    static List<String> texts(WordprocessingMLPackage pkg) {
        return texts(pkg.getMainDocumentPart().getContent());
    }

    /**
     * The text of a paragraph; a line break reads as «\n», a tab as «\t», and a no-break space as a space: the tests of
     * structure do not spell out where the typography puts them ({@code TypographyTest} does, with {@link #rawText}).
     */
    static String text(Object paragraph) {
        return rawText(paragraph).replace('\u00a0', ' ');
    }

    /** The text of a paragraph exactly as stored. */
    static String rawText(Object paragraph) {
        StringBuilder text = new StringBuilder();
        collect(paragraph, text);
        return text.toString();
    }

    private static void collect(Object node, StringBuilder text) {
        if (node instanceof jakarta.xml.bind.JAXBElement<?> element && element.getName().getLocalPart().equals("instrText")) {
            return;
        }
        Object u = XmlUtils.unwrap(node);
        if (u instanceof Text t) {
            text.append(t.getValue());
        } else if (u instanceof org.docx4j.wml.Br br) {
            text.append(br.getType() == org.docx4j.wml.STBrType.PAGE ? "[page]" : "\n");
        } else if (u instanceof org.docx4j.wml.R.Tab) {
            text.append('\t');
        } else if (u instanceof org.docx4j.wml.ContentAccessor accessor && !(u instanceof Tbl)) {
            for (Object child : accessor.getContent()) {
                collect(child, text);
            }
        }
    }

    /** The names of all entries of the package. */
    static List<String> entries(byte[] docx) {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                names.add(entry.getName());
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return names;
    }

    /** The XML of every part, by part name. */
    static Map<String, String> parts(byte[] docx) {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
                    parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return parts;
    }

    /**
     * What Word needs to open a file without a repair prompt, as far as cloning can break it: no tag or
     * marker left, unique paragraph ids and drawing ids, every picture relationship present.
     */
    static void assertValid(byte[] docx) {
        Map<String, String> parts = parts(docx);
        Set<String> paraIds = new HashSet<>();
        Set<String> docPrIds = new HashSet<>();
        for (Map.Entry<String, String> part : parts.entrySet()) {
            String xml = part.getValue();
            assertFalse(xml.contains("\ue000") || xml.contains("\ue001"), "marker left in " + part.getKey());
            if (part.getKey().startsWith("word/") && !part.getKey().contains("_rels")) {
                assertFalse(xml.contains("{{"), "tag left in " + part.getKey() + ": " + around(xml, "{{"));
                for (String id : all(xml, "w14:paraId=\"([0-9A-F]+)\"")) {
                    assertTrue(paraIds.add(id), "duplicate paraId " + id);
                }
                for (String id : all(xml, "<wp:docPr id=\"(\\d+)\"")) {
                    assertTrue(docPrIds.add(id), "duplicate docPr id " + id);
                }
                String rels = parts.get(part.getKey().replace("word/", "word/_rels/") + ".rels");
                for (String embed : all(xml, "r:embed=\"([^\"]+)\"")) {
                    assertTrue(rels != null && rels.contains("Id=\"" + embed + "\""), "missing relationship " + embed);
                }
            }
        }
        open(docx);
    }

    private static String around(String xml, String what) {
        int at = xml.indexOf(what);
        return xml.substring(Math.max(0, at - 80), Math.min(xml.length(), at + 80));
    }

    static List<String> all(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile(regex).matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    static void assertProblems(List<TemplateProblem> problems, String... described) {
        assertEquals(List.of(described), problems.stream().map(TemplateProblem::describe).toList());
    }
}
