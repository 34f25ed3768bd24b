package ru.vprsvod.testing;

import java.io.File;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTBorder;
import org.docx4j.wml.HpsMeasure;
import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.RFonts;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STBorder;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblBorders;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;

/**
 * Writes .docx templates the way a careful clerk would set them up in Word: A4, ГОСТ Р 7.0.97 margins
 * (left 30, right 15, top and bottom 20 mm), Times New Roman 14, tables with a header row repeated on every
 * page and rows that do not break across pages. Used to (re)generate the templates shipped in templates/.
 */
public final class DocxWriter {

    /** Paragraph options. */
    public enum Opt { CENTER, RIGHT, JUSTIFY, BOLD, INDENT, SMALL, SPACE_BEFORE, SPACE_AFTER, PAGE_BREAK_BEFORE, KEEP_NEXT }

    /** A table row: cell texts; a header row repeats on each page and is bold; a bold row is a total. */
    public record Row(List<String> cells, boolean header, boolean bold) {
        public static Row header(String... cells) {
            return new Row(List.of(cells), true, true);
        }

        public static Row of(String... cells) {
            return new Row(List.of(cells), false, false);
        }

        public static Row bold(String... cells) {
            return new Row(List.of(cells), false, true);
        }
    }

    private static final int TWIPS_PER_MM = 1440 * 10 / 254;
    /** A4 width less the 30 and 15 mm side margins. */
    private static final int TEXT_WIDTH_MM = 210 - 30 - 15;

    private final ObjectFactory f = Context.getWmlObjectFactory();
    private final WordprocessingMLPackage pkg;

    public DocxWriter() {
        try {
            pkg = WordprocessingMLPackage.createPackage();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        SectPr sect = pkg.getDocumentModel().getSections().get(0).getSectPr();
        SectPr.PgMar margins = f.createSectPrPgMar();
        margins.setTop(mm(20));
        margins.setBottom(mm(20));
        margins.setLeft(mm(30));
        margins.setRight(mm(15));
        margins.setHeader(mm(10));
        margins.setFooter(mm(10));
        sect.setPgMar(margins);
        RPr defaults = pkg.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement().getDocDefaults().getRPrDefault().getRPr();
        RFonts fonts = f.createRFonts();
        fonts.setAscii("Times New Roman");
        fonts.setHAnsi("Times New Roman");
        fonts.setCs("Times New Roman");
        fonts.setEastAsia("Times New Roman");
        defaults.setRFonts(fonts);
        defaults.setSz(size(14));
        defaults.setSzCs(size(14));
        defaults.setLang(null);
        var lang = f.createCTLanguage();
        lang.setVal("ru-RU");
        defaults.setLang(lang);
    }

    private static BigInteger mm(int mm) {
        return BigInteger.valueOf((long) mm * TWIPS_PER_MM);
    }

    private HpsMeasure size(int points) {
        HpsMeasure m = f.createHpsMeasure();
        m.setVal(BigInteger.valueOf(points * 2L));
        return m;
    }

    public DocxWriter paragraph(String text, Opt... opts) {
        pkg.getMainDocumentPart().getContent().add(p(text, 14, opts));
        return this;
    }

    private P p(String text, int points, Opt... opts) {
        List<Opt> o = List.of(opts);
        P p = f.createP();
        PPr ppr = f.createPPr();
        Jc jc = f.createJc();
        jc.setVal(o.contains(Opt.CENTER) ? JcEnumeration.CENTER : o.contains(Opt.RIGHT) ? JcEnumeration.RIGHT
                : o.contains(Opt.JUSTIFY) ? JcEnumeration.BOTH : JcEnumeration.LEFT);
        ppr.setJc(jc);
        PPrBase.Spacing spacing = f.createPPrBaseSpacing();
        spacing.setBefore(BigInteger.valueOf(o.contains(Opt.SPACE_BEFORE) ? 240 : 0));
        spacing.setAfter(BigInteger.valueOf(o.contains(Opt.SPACE_AFTER) ? 240 : 0));
        spacing.setLine(BigInteger.valueOf(240));
        ppr.setSpacing(spacing);
        if (o.contains(Opt.INDENT)) {
            PPrBase.Ind ind = f.createPPrBaseInd();
            ind.setFirstLine(BigInteger.valueOf(709)); // 1.25 cm
            ppr.setInd(ind);
        }
        if (o.contains(Opt.PAGE_BREAK_BEFORE)) {
            ppr.setPageBreakBefore(new BooleanDefaultTrue());
        }
        if (o.contains(Opt.KEEP_NEXT)) {
            ppr.setKeepNext(new BooleanDefaultTrue());
        }
        p.setPPr(ppr);
        if (text.contains("\t")) {
            // A signature line: position on the left, the name against the right margin.
            org.docx4j.wml.Tabs tabs = f.createTabs();
            org.docx4j.wml.CTTabStop stop = f.createCTTabStop();
            stop.setVal(org.docx4j.wml.STTabJc.RIGHT);
            stop.setPos(BigInteger.valueOf((long) TEXT_WIDTH_MM * TWIPS_PER_MM));
            tabs.getTab().add(stop);
            ppr.setTabs(tabs);
        }
        String[] parts = text.split("\t", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                R tab = f.createR();
                tab.getContent().add(f.createRTab(f.createRTab()));
                p.getContent().add(tab);
            }
            if (!parts[i].isEmpty()) {
                p.getContent().add(run(parts[i], o.contains(Opt.BOLD), o.contains(Opt.SMALL) ? Math.min(points, 11) : points));
            }
        }
        return p;
    }

    private R run(String text, boolean bold, int points) {
        R r = f.createR();
        RPr rpr = f.createRPr();
        if (bold) {
            rpr.setB(new BooleanDefaultTrue());
        }
        rpr.setSz(size(points));
        rpr.setSzCs(size(points));
        r.setRPr(rpr);
        Text t = f.createText();
        t.setValue(text);
        t.setSpace("preserve");
        r.getContent().add(t);
        return r;
    }

    /** A bordered table, 9 pt, with column widths in millimetres (their sum is at most 165, the text width). */
    public DocxWriter table(int[] widthsMm, Row... rows) {
        Tbl tbl = f.createTbl();
        TblPr pr = f.createTblPr();
        TblWidth width = f.createTblWidth();
        width.setType("dxa");
        int total = 0;
        for (int w : widthsMm) {
            total += w * TWIPS_PER_MM;
        }
        width.setW(BigInteger.valueOf(total));
        pr.setTblW(width);
        TblBorders borders = f.createTblBorders();
        borders.setTop(border());
        borders.setBottom(border());
        borders.setLeft(border());
        borders.setRight(border());
        borders.setInsideH(border());
        borders.setInsideV(border());
        pr.setTblBorders(borders);
        tbl.setTblPr(pr);
        TblGrid grid = f.createTblGrid();
        for (int w : widthsMm) {
            TblGridCol col = f.createTblGridCol();
            col.setW(BigInteger.valueOf((long) w * TWIPS_PER_MM));
            grid.getGridCol().add(col);
        }
        tbl.setTblGrid(grid);
        for (Row row : rows) {
            Tr tr = f.createTr();
            TrPr trPr = f.createTrPr();
            // Rows never break across pages; header rows repeat on every page.
            trPr.getCnfStyleOrDivIdOrGridBefore().add(f.createCTTrPrBaseCantSplit(new BooleanDefaultTrue()));
            if (row.header()) {
                trPr.getCnfStyleOrDivIdOrGridBefore().add(f.createCTTrPrBaseTblHeader(new BooleanDefaultTrue()));
            }
            tr.setTrPr(trPr);
            for (int c = 0; c < row.cells().size(); c++) {
                Tc tc = f.createTc();
                TcPr tcPr = f.createTcPr();
                TblWidth w = f.createTblWidth();
                w.setType("dxa");
                w.setW(BigInteger.valueOf((long) widthsMm[c] * TWIPS_PER_MM));
                tcPr.setTcW(w);
                tc.setTcPr(tcPr);
                Opt align = row.header() || c > 1 ? Opt.CENTER : Opt.SMALL;
                tc.getContent().add(row.bold() ? p(row.cells().get(c), 9, align, Opt.BOLD) : p(row.cells().get(c), 9, align));
                tr.getContent().add(tc);
            }
            tbl.getContent().add(tr);
        }
        pkg.getMainDocumentPart().getContent().add(tbl);
        return this;
    }

    private CTBorder border() {
        CTBorder b = f.createCTBorder();
        b.setVal(STBorder.SINGLE);
        b.setSz(BigInteger.valueOf(4));
        b.setColor("000000");
        return b;
    }

    public void save(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            pkg.save(new File(file.toString()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot save " + file, e);
        }
    }
}
