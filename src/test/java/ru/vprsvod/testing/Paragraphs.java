package ru.vprsvod.testing;

import java.math.BigInteger;
import java.util.List;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.Text;
import ru.vprsvod.testing.DocxWriter.Opt;

/** Paragraphs of {@link DocxWriter}: alignment, spacing, numbering, a right tab, {@code **bold**} parts. */
final class Paragraphs {

    private Paragraphs() {
    }

    /** @param numbering {numId, level}, or null for a plain paragraph */
    static P p(DocxWriter w, String text, int points, List<Opt> o, int[] numbering) {
        P p = w.f.createP();
        PPr ppr = w.f.createPPr();
        Jc jc = w.f.createJc();
        jc.setVal(o.contains(Opt.CENTER) ? JcEnumeration.CENTER : o.contains(Opt.RIGHT) ? JcEnumeration.RIGHT
                : o.contains(Opt.JUSTIFY) || numbering != null && numbering[1] >= 0 && !o.contains(Opt.SIZE_12) ? JcEnumeration.BOTH
                : JcEnumeration.LEFT);
        ppr.setJc(jc);
        PPrBase.Spacing spacing = w.f.createPPrBaseSpacing();
        spacing.setBefore(BigInteger.valueOf(o.contains(Opt.SPACE_BEFORE) ? 240 : 0));
        spacing.setAfter(BigInteger.valueOf(o.contains(Opt.SPACE_AFTER) ? 240 : 0));
        spacing.setLine(BigInteger.valueOf(240));
        // «Single», proportional: without the rule LibreOffice reads an exact 12 pt and clips a picture to one line.
        spacing.setLineRule(org.docx4j.wml.STLineSpacingRule.AUTO);
        ppr.setSpacing(spacing);
        if (o.contains(Opt.INDENT)) {
            PPrBase.Ind ind = w.f.createPPrBaseInd();
            ind.setFirstLine(BigInteger.valueOf(709)); // 1.25 cm
            ppr.setInd(ind);
        }
        if (o.contains(Opt.PAGE_BREAK_BEFORE)) {
            ppr.setPageBreakBefore(new BooleanDefaultTrue());
        }
        if (o.contains(Opt.KEEP_NEXT)) {
            ppr.setKeepNext(new BooleanDefaultTrue());
        }
        // Titles, headings and stamps are not hyphenated: only running text and narrow table cells are.
        if (o.contains(Opt.CENTER) && points == 14 || o.contains(Opt.BOLD) && o.contains(Opt.KEEP_NEXT) || o.contains(Opt.NO_HYPHENS)) {
            ppr.setSuppressAutoHyphens(new BooleanDefaultTrue());
        }
        if (numbering != null) {
            PPrBase.NumPr numPr = w.f.createPPrBaseNumPr();
            PPrBase.NumPr.NumId id = w.f.createPPrBaseNumPrNumId();
            id.setVal(BigInteger.valueOf(numbering[0]));
            numPr.setNumId(id);
            PPrBase.NumPr.Ilvl level = w.f.createPPrBaseNumPrIlvl();
            level.setVal(BigInteger.valueOf(Math.max(0, numbering[1])));
            numPr.setIlvl(level);
            ppr.setNumPr(numPr);
        }
        int size = o.contains(Opt.SMALL) ? Math.min(points, 11) : o.contains(Opt.SIZE_12) ? Math.min(points, 12) : points;
        // The paragraph mark's size: the number of a list item and an empty line take it.
        org.docx4j.wml.ParaRPr mark = w.f.createParaRPr();
        mark.setSz(w.size(size));
        mark.setSzCs(w.size(size));
        if (o.contains(Opt.BOLD)) {
            mark.setB(new BooleanDefaultTrue()); // the number of a bold heading is bold too
        }
        ppr.setRPr(mark);
        p.setPPr(ppr);
        if (text.contains("\t")) {
            // A line with two ends: «от … № …», a position and a name.
            org.docx4j.wml.Tabs tabs = w.f.createTabs();
            org.docx4j.wml.CTTabStop stop = w.f.createCTTabStop();
            stop.setVal(org.docx4j.wml.STTabJc.RIGHT);
            stop.setPos(DocxWriter.mm(w.textWidthMm()));
            tabs.getTab().add(stop);
            ppr.setTabs(tabs);
        }
        String[] parts = text.split("\t", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                R tab = w.f.createR();
                tab.getContent().add(w.f.createRTab(w.f.createRTab()));
                p.getContent().add(tab);
            }
            boolean bold = o.contains(Opt.BOLD);
            for (String piece : parts[i].split("\\*\\*", -1)) {
                if (!piece.isEmpty()) {
                    p.getContent().add(run(w, piece, bold, size, o.contains(Opt.SPACED)));
                }
                bold = !bold;
            }
        }
        return p;
    }

    static R run(DocxWriter w, String text, boolean bold, int points, boolean spaced) {
        R r = w.f.createR();
        RPr rpr = w.f.createRPr();
        if (bold) {
            rpr.setB(new BooleanDefaultTrue());
        }
        if (spaced) {
            org.docx4j.wml.CTSignedTwipsMeasure spacing = w.f.createCTSignedTwipsMeasure();
            spacing.setVal(BigInteger.valueOf(60));
            rpr.setSpacing(spacing);
        }
        rpr.setSz(w.size(points));
        rpr.setSzCs(w.size(points));
        r.setRPr(rpr);
        // A soft hyphen (U+00AD) becomes Word's own «optional hyphen»: Writer breaks a narrow header there only then.
        String[] pieces = text.split("\u00ad", -1);
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
                r.getContent().add(w.f.createRSoftHyphen(w.f.createRSoftHyphen()));
            }
            if (!pieces[i].isEmpty()) {
                Text t = w.f.createText();
                t.setValue(pieces[i]);
                t.setSpace("preserve");
                r.getContent().add(w.f.createRT(t));
            }
        }
        return r;
    }
}
