package ru.vprsvod.testing;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.docx4j.XmlUtils;
import org.docx4j.dml.wordprocessingDrawing.Inline;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPartAbstractImage;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.Drawing;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.HpsMeasure;
import org.docx4j.wml.Numbering;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.R;
import org.docx4j.wml.RFonts;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STPageOrientation;
import org.docx4j.wml.SectPr;

/**
 * Writes .docx templates the way a careful clerk would set them up in Word, following ГОСТ Р 7.0.97: A4, margins
 * 30/15/20/20 mm (landscape sections 20/15/20/20), Times New Roman 14 for the text and 10–12 in tables, pages
 * numbered from the second in the middle of the top margin, tables whose header rows repeat on every page and whose
 * rows do not break across pages, numbered points that are real Word lists (so rows hidden by a condition leave no
 * gap in the numbering), merged header cells, approval stamps in the top right corner, picture placeholders whose
 * alternative text is a tag. Used to (re)generate the templates shipped in templates/ ({@link ExampleTemplates}).
 *
 * <p>Text may hold {@code **bold**} parts; a tab ({@code \t}) in a paragraph pushes the rest to the right margin
 * (date and number of an order, a signature).
 */
public final class DocxWriter {

    /** Paragraph options. */
    public enum Opt {
        CENTER, RIGHT, JUSTIFY, LEFT, BOLD, INDENT, SMALL, SPACE_BEFORE, SPACE_AFTER, PAGE_BREAK_BEFORE, KEEP_NEXT,
        /** 12 pt instead of 14 (the size of tables and notes). */
        SIZE_12,
        /** Letters spaced out, for the kind of document: «П Р И К А З». */
        SPACED,
        /** Never hyphenated (stamps; titles and headings are not anyway). */
        NO_HYPHENS
    }

    /**
     * A table row: cell texts; a header row repeats on each page and is bold; a bold row is a total; a section row
     * is one cell across the table. In a cell, {@link #SPAN} merges it into the cell on its left, {@link #ABOVE} into
     * the cell above it, {@link #NUMBER} is an automatically numbered empty paragraph (the № column), a line break
     * starts a new paragraph, and {@code picture:ALT:WxH} is a picture placeholder of W×H mm with the alternative
     * text ALT.
     */
    public record Row(List<String> cells, boolean header, boolean bold, boolean section, boolean keepWithNext) {
        public static Row header(String... cells) {
            return new Row(List.of(cells), true, true, false, false);
        }

        public static Row of(String... cells) {
            return new Row(List.of(cells), false, false, false, false);
        }

        public static Row bold(String... cells) {
            return new Row(List.of(cells), false, true, false, false);
        }

        /**
         * A row of one cell across the whole table, bold: a section of a plan («Раздел 2. …»); it never ends a page,
         * it keeps with the row under it.
         */
        public static Row section(String text) {
            return new Row(List.of(text), false, true, true, true);
        }

        /** A row of one cell across the table, bold, that is content rather than a heading: it may end a page. */
        public static Row band(String text) {
            return new Row(List.of(text), false, true, true, false);
        }
    }

    public static final String SPAN = "<<";
    public static final String ABOVE = "^^";
    public static final String NUMBER = "#";

    private static final int PORTRAIT_TEXT_MM = 210 - 30 - 15;
    private static final int LANDSCAPE_TEXT_MM = 297 - 20 - 15;

    final ObjectFactory f = Context.getWmlObjectFactory();
    final WordprocessingMLPackage pkg;
    private final List<String> numbering = new ArrayList<>();
    private int nextNum = 1;
    private int pointsList;
    private boolean landscape;
    private boolean pageNumbers;
    private int pictures;

    public DocxWriter() {
        try {
            pkg = WordprocessingMLPackage.createPackage();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        SectPr body = pkg.getDocumentModel().getSections().get(0).getSectPr();
        body.setPgMar(margins(false));
        // Word's own A4 (docx4j's default is a twip larger each way).
        body.getPgSz().setW(mm(210));
        body.getPgSz().setH(mm(297));
        RPr defaults = pkg.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement().getDocDefaults().getRPrDefault().getRPr();
        RFonts fonts = f.createRFonts();
        fonts.setAscii("Times New Roman");
        fonts.setHAnsi("Times New Roman");
        fonts.setCs("Times New Roman");
        fonts.setEastAsia("Times New Roman");
        defaults.setRFonts(fonts);
        defaults.setSz(size(14));
        defaults.setSzCs(size(14));
        var lang = f.createCTLanguage();
        lang.setVal("ru-RU");
        defaults.setLang(lang);
        hyphenation();
    }

    /**
     * Automatic hyphenation, as Word's «Расстановка переносов — Авто»: justified text and narrow table columns break
     * words at syllables with a hyphen instead of stretching lines or splitting a word without one. Capitals (names of
     * bodies, «ПРИКАЗ») are not hyphenated; at most two hyphenated lines in a row.
     */
    private void hyphenation() {
        var part = pkg.getMainDocumentPart().getDocumentSettingsPart();
        if (part == null) {
            throw new IllegalStateException("docx4j made a package without settings");
        }
        var settings = part.getJaxbElement();
        settings.setAutoHyphenation(new BooleanDefaultTrue());
        settings.setDoNotHyphenateCaps(new BooleanDefaultTrue());
        var limit = f.createCTSettingsConsecutiveHyphenLimit();
        limit.setVal(BigInteger.valueOf(2));
        settings.setConsecutiveHyphenLimit(limit);
        var zone = new org.docx4j.wml.CTTwipsMeasure();
        zone.setVal(mm(6));
        settings.setHyphenationZone(zone);
    }

    private SectPr.PgMar margins(boolean landscape) {
        SectPr.PgMar margins = f.createSectPrPgMar();
        margins.setTop(mm(20));
        margins.setBottom(mm(20));
        margins.setLeft(mm(landscape ? 20 : 30));
        margins.setRight(mm(15));
        margins.setHeader(mm(10));
        margins.setFooter(mm(10));
        return margins;
    }

    /**
     * Millimetres in twips, rounded to the nearest: 210 mm is Word's 11906, 297 mm its 16838. (Truncating to 56 twips
     * per millimetre once made landscape pages 207.4 × 293.4 mm.)
     */
    static BigInteger mm(int mm) {
        return BigInteger.valueOf(Math.round(mm * 1440 / 25.4));
    }

    HpsMeasure size(int points) {
        HpsMeasure m = f.createHpsMeasure();
        m.setVal(BigInteger.valueOf(points * 2L));
        return m;
    }

    /** The width of the text on the current page, in millimetres. */
    int textWidthMm() {
        return landscape ? LANDSCAPE_TEXT_MM : PORTRAIT_TEXT_MM;
    }

    List<Object> body() {
        return pkg.getMainDocumentPart().getContent();
    }

    // ---- paragraphs ----

    public DocxWriter paragraph(String text, Opt... opts) {
        body().add(Paragraphs.p(this, text, 14, List.of(opts), null));
        return this;
    }

    /** An empty line of the body size. */
    public DocxWriter blank() {
        return paragraph("");
    }

    /**
     * A point of the order's current numbered list («1.», «1.1.»): level 0 or 1, justified, first line indented
     * 1.25 cm, the number followed by a space as clerks type it.
     */
    public DocxWriter point(int level, String text, Opt... opts) {
        if (pointsList == 0) {
            newPoints();
        }
        body().add(Paragraphs.p(this, text, 14, List.of(opts), new int[] {pointsList, level}));
        return this;
    }

    /** Starts the numbering of points again at 1 (an appendix with its own sections). */
    public DocxWriter newPoints() {
        pointsList = list(0);
        return this;
    }

    /**
     * The approval stamp or the appendix heading in the top right corner: lines that start at about two thirds of
     * the page, each on its own, no longer than ГОСТ's 8 cm.
     */
    public DocxWriter stamp(String... lines) {
        for (int i = 0; i < lines.length; i++) {
            P p = Paragraphs.p(this, lines[i], 14, List.of(Opt.KEEP_NEXT, Opt.NO_HYPHENS), null);
            var ind = f.createPPrBaseInd();
            ind.setLeft(mm(textWidthMm() - 80));
            p.getPPr().setInd(ind);
            body().add(p);
        }
        return this;
    }

    /** Starts a new page. */
    public DocxWriter pageBreak() {
        P p = f.createP();
        R r = f.createR();
        var br = f.createBr();
        br.setType(org.docx4j.wml.STBrType.PAGE);
        r.getContent().add(br);
        p.getContent().add(r);
        body().add(p);
        return this;
    }

    /** What follows goes on landscape pages (a wide table), until {@link #portrait()}. */
    public DocxWriter landscape() {
        if (!landscape) {
            sectionBreak(false);
            landscape = true;
        }
        return this;
    }

    public DocxWriter portrait() {
        if (landscape) {
            sectionBreak(true);
            landscape = false;
        }
        return this;
    }

    /** Ends the current section (its orientation is the one in force until now) on an empty paragraph. */
    private void sectionBreak(boolean wasLandscape) {
        SectPr sect = f.createSectPr();
        SectPr.PgSz size = f.createSectPrPgSz();
        size.setW(mm(wasLandscape ? 297 : 210));
        size.setH(mm(wasLandscape ? 210 : 297));
        if (wasLandscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        sect.setPgSz(size);
        sect.setPgMar(margins(wasLandscape));
        P p = f.createP();
        PPr ppr = f.createPPr();
        ppr.setSectPr(sect);
        p.setPPr(ppr);
        body().add(p);
    }

    /** Page numbers from the second page, centred in the top margin (ГОСТ Р 7.0.97, 5.1). */
    public DocxWriter pageNumbers() {
        pageNumbers = true;
        return this;
    }

    /**
     * A placeholder picture of the given size whose alternative text is the tag; the engine puts the real picture
     * there, keeping the width.
     */
    public DocxWriter picture(String alt, int widthMm, int heightMm, Opt... opts) {
        P p = Paragraphs.p(this, "", 14, List.of(opts), null);
        p.getContent().add(pictureRun(alt, widthMm, heightMm));
        body().add(p);
        return this;
    }

    R pictureRun(String alt, int widthMm, int heightMm) {
        try {
            BinaryPartAbstractImage image = BinaryPartAbstractImage.createImagePart(pkg, placeholderPng(alt, widthMm, heightMm));
            pictures++;
            // docx4j takes the width in twips here and works out the height from the image's proportions.
            Inline inline = image.createImageInline("Рисунок " + pictures, alt, pictures, pictures, mm(widthMm).longValue());
            inline.getDocPr().setDescr(alt);
            inline.getDocPr().setName("Рисунок " + pictures);
            Drawing drawing = f.createDrawing();
            drawing.getAnchorOrInline().add(inline);
            R r = f.createR();
            r.getContent().add(drawing);
            return r;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A light grey box saying what will be drawn there, so the template shows where its chart goes. */
    private static byte[] placeholderPng(String alt, int widthMm, int heightMm) throws java.io.IOException {
        int w = widthMm * 4;
        int h = heightMm * 4;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xEE, 0xEE, 0xEE));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0x99, 0x99, 0x99));
        g.drawRect(0, 0, w - 1, h - 1);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        g.drawString("Диаграмма: " + alt, 10, h / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    // ---- tables ----

    /** A bordered table, 10 pt, with column widths in millimetres (their sum is at most the text width). */
    public DocxWriter table(int[] widthsMm, Row... rows) {
        return table(new Tables.Spec(widthsMm, 10, null, true, false), rows);
    }

    /**
     * A table with its own font size and alignments: one letter per column, L (left), C (centre), J (justified);
     * null centres headers and numbers and puts text columns on the left.
     */
    public DocxWriter table(int[] widthsMm, int points, String align, Row... rows) {
        return table(new Tables.Spec(widthsMm, points, align, true, false), rows);
    }

    /** A table without borders, for blocks set side by side (stamps, a signature, two charts). */
    public DocxWriter layout(int[] widthsMm, int points, String align, Row... rows) {
        return table(new Tables.Spec(widthsMm, points, align, false, false), rows);
    }

    private DocxWriter table(Tables.Spec spec, Row... rows) {
        body().add(new Tables(this).table(spec, rows));
        return this;
    }

    /**
     * The signature block: the position on the left (it may take two lines), the name at the right margin, on the
     * position's last line.
     */
    public DocxWriter signature(String position, String name) {
        return table(new Tables.Spec(new int[] {textWidthMm() - 60, 5, 55}, 14, "LLR", false, true), Row.of(position, "", name));
    }

    /** A new numbered list of the table kind («1.» with no indent), for the № column of a table. */
    int tableList() {
        return list(1);
    }

    private int list(int abstractNum) {
        int id = nextNum++;
        numbering.add("<w:num w:numId=\"" + id + "\"><w:abstractNumId w:val=\"" + abstractNum + "\"/>"
                + "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>");
        return id;
    }

    // ---- saving ----

    public void save(Path file) {
        try {
            if (landscape) {
                // The document ends on landscape pages: its last section is landscape, no portrait page after it.
                SectPr last = pkg.getMainDocumentPart().getJaxbElement().getBody().getSectPr();
                last.getPgSz().setW(mm(297));
                last.getPgSz().setH(mm(210));
                last.getPgSz().setOrient(STPageOrientation.LANDSCAPE);
                last.setPgMar(margins(true));
            }
            finishNumbering();
            finishPageNumbers();
            Files.createDirectories(file.toAbsolutePath().getParent());
            pkg.save(new File(file.toString()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot save " + file, e);
        }
    }

    /**
     * Two list definitions: the points of an order («1.», «1.1.», justified, first line indented, a space after the
     * number) and the № column of tables («1.», no indent).
     */
    private void finishNumbering() throws Exception {
        if (numbering.isEmpty()) {
            return;
        }
        String lvl = "<w:lvl w:ilvl=\"%d\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:suff w:val=\"space\"/>"
                + "<w:lvlText w:val=\"%s\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"0\" w:firstLine=\"%d\"/></w:pPr></w:lvl>";
        String xml = "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"multilevel\"/>"
                + String.format(lvl, 0, "%1.", 709) + String.format(lvl, 1, "%1.%2.", 709) + "</w:abstractNum>"
                + "<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"singleLevel\"/>"
                + String.format(lvl, 0, "%1.", 0) + "</w:abstractNum>"
                + String.join("", numbering) + "</w:numbering>";
        NumberingDefinitionsPart part = new NumberingDefinitionsPart();
        part.setJaxbElement((Numbering) XmlUtils.unmarshalString(xml));
        pkg.getMainDocumentPart().addTargetPart(part);
    }

    /** The header with the page number goes to the first section; later sections inherit it. */
    private void finishPageNumbers() throws Exception {
        if (!pageNumbers) {
            return;
        }
        SectPr first = null;
        for (Object item : body()) {
            if (XmlUtils.unwrap(item) instanceof P p && p.getPPr() != null && p.getPPr().getSectPr() != null) {
                first = p.getPPr().getSectPr();
                break;
            }
        }
        if (first == null) {
            first = pkg.getMainDocumentPart().getJaxbElement().getBody().getSectPr();
        }
        String ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
        header(first, HdrFtrRef.DEFAULT, "<w:hdr " + ns + "><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
                + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:rPr><w:sz w:val=\"24\"/></w:rPr><w:t>2</w:t></w:r></w:fldSimple></w:p></w:hdr>");
        header(first, HdrFtrRef.FIRST, "<w:hdr " + ns + "><w:p/></w:hdr>");
        first.setTitlePg(new BooleanDefaultTrue());
    }

    private void header(SectPr sect, HdrFtrRef type, String xml) throws Exception {
        HeaderPart part = new HeaderPart(new org.docx4j.openpackaging.parts.PartName("/word/header-" + type.value() + ".xml"));
        part.setJaxbElement((org.docx4j.wml.Hdr) XmlUtils.unmarshalString(xml));
        Relationship rel = pkg.getMainDocumentPart().addTargetPart(part);
        HeaderReference ref = f.createHeaderReference();
        ref.setId(rel.getId());
        ref.setType(type);
        sect.getEGHdrFtrReferences().add(ref);
    }
}
