package ru.vprsvod.testing;

import jakarta.xml.bind.JAXBElement;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.CTTblCellMar;
import org.docx4j.wml.Lvl;
import org.docx4j.wml.Numbering;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;

/**
 * A generated .docx read the way a records manager looks at it: its sections' page sizes, every paragraph with the
 * number Word shows before it (list numbering counted as Word counts it), every table cell with the width its text
 * has and the words in it at their font size. For the document-quality test.
 */
public final class DocumentLayout {

    /** A paragraph as a reader sees it: the list number Word prints before it (or empty) and its text. */
    public record Paragraph(String number, String text, boolean inTable) {
    }

    /** A word (no break inside it) in a table cell, the font it is set in, and the cell's width for text, in points. */
    public record Word(String word, double points, boolean bold, double widthPoints, double cellPoints, String where) {
    }

    /** A page size of a section, in twips, with its orientation. */
    public record Page(int width, int height, boolean landscape) {
    }

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final Map<String, Font> FONTS = new HashMap<>();

    private final WordprocessingMLPackage pkg;
    private final Map<BigInteger, Lvl[]> levels = new HashMap<>();
    private final Map<BigInteger, int[]> counters = new HashMap<>();
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<Word> words = new ArrayList<>();
    private final List<List<double[]>> layoutGaps = new ArrayList<>();

    private DocumentLayout(WordprocessingMLPackage pkg) {
        this.pkg = pkg;
        readNumbering();
        for (Object item : pkg.getMainDocumentPart().getContent()) {
            block(XmlUtils.unwrap(item), false, "");
        }
    }

    public static DocumentLayout of(DocxText doc) {
        return new DocumentLayout(doc.pkg());
    }

    public static DocumentLayout open(Path file) {
        return of(DocxText.open(file));
    }

    /** Whether the Liberation Serif the PDFs use (Times New Roman's metrics) can be measured here. */
    public static boolean fontAvailable() {
        return font(10, false).getFamily().equals("Liberation Serif");
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    public List<Word> tableWords() {
        return words;
    }

    /**
     * For each row of a borderless table (stamps, charts side by side): the gaps in points between the text of each two
     * neighbouring cells that have text, counting the cells' margins and any empty cells between them.
     */
    public List<List<double[]>> layoutGaps() {
        return layoutGaps;
    }

    /** Every section's page: the sections ended by paragraphs, then the body's last. */
    public List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        new org.docx4j.TraversalUtil(pkg.getMainDocumentPart().getContent(), new org.docx4j.TraversalUtil.CallbackImpl() {
            @Override
            public List<Object> apply(Object o) {
                if (o instanceof P p && p.getPPr() != null && p.getPPr().getSectPr() != null) {
                    pages.add(page(p.getPPr().getSectPr()));
                }
                return null;
            }
        });
        pages.add(page(pkg.getMainDocumentPart().getJaxbElement().getBody().getSectPr()));
        return pages;
    }

    private static Page page(SectPr sect) {
        SectPr.PgSz size = sect.getPgSz();
        return new Page(size.getW().intValue(), size.getH().intValue(),
                size.getOrient() == org.docx4j.wml.STPageOrientation.LANDSCAPE);
    }

    /** Whether Word and Writer hyphenate the document automatically. */
    public boolean hyphenated() {
        var settings = pkg.getMainDocumentPart().getDocumentSettingsPart();
        return settings != null && settings.getJaxbElement().getAutoHyphenation() != null
                && settings.getJaxbElement().getAutoHyphenation().isVal();
    }

    // ---- walking ----

    private void block(Object node, boolean inTable, String where) {
        if (node instanceof P p) {
            paragraphs.add(new Paragraph(number(p), text(p, false), inTable));
        } else if (node instanceof Tbl table) {
            table(table, where);
        } else if (node instanceof org.docx4j.wml.SdtBlock sdt && sdt.getSdtContent() != null) {
            sdt.getSdtContent().getContent().forEach(c -> block(XmlUtils.unwrap(c), inTable, where));
        }
    }

    private void table(Tbl table, String where) {
        List<Integer> grid = new ArrayList<>();
        table.getTblGrid().getGridCol().forEach(c -> grid.add(c.getW().intValue()));
        int[] tableMargins = margins(table.getTblPr() == null ? null : table.getTblPr().getTblCellMar(), new int[] {108, 108});
        boolean borderless = table.getTblPr() != null && table.getTblPr().getTblBorders() != null
                && table.getTblPr().getTblBorders().getInsideV() != null
                && table.getTblPr().getTblBorders().getInsideV().getVal() == org.docx4j.wml.STBorder.NONE;
        int rowNumber = 0;
        for (Object r : table.getContent()) {
            if (!(XmlUtils.unwrap(r) instanceof Tr row)) {
                continue;
            }
            rowNumber++;
            int column = 0;
            List<double[]> texts = new ArrayList<>(); // {start, end, has text} in points from the table's left edge
            for (Object c : row.getContent()) {
                if (!(XmlUtils.unwrap(c) instanceof Tc cell)) {
                    continue;
                }
                int span = cell.getTcPr() != null && cell.getTcPr().getGridSpan() != null ? cell.getTcPr().getGridSpan().getVal().intValue() : 1;
                int start = grid.subList(0, Math.min(column, grid.size())).stream().mapToInt(Integer::intValue).sum();
                int width = grid.subList(Math.min(column, grid.size()), Math.min(column + span, grid.size())).stream()
                        .mapToInt(Integer::intValue).sum();
                org.docx4j.wml.TcMar own = cell.getTcPr() == null ? null : cell.getTcPr().getTcMar();
                int[] m = own == null ? tableMargins
                        : new int[] {twips(own.getLeft(), tableMargins[0]), twips(own.getRight(), tableMargins[1])};
                double textPoints = (width - m[0] - m[1]) / 20.0;
                String place = where + "таблица, строка " + rowNumber + ", столбец " + (column + 1);
                boolean hasText = false;
                for (Object content : cell.getContent()) {
                    Object u = XmlUtils.unwrap(content);
                    if (u instanceof P p) {
                        paragraphs.add(new Paragraph(number(p), text(p, false), true));
                        hasText |= !text(p, false).isBlank() || !number(p).isEmpty();
                        cellWords(p, textPoints, width / 20.0, place);
                    } else if (u instanceof Tbl inner) {
                        table(inner, place + " → ");
                    }
                }
                texts.add(new double[] {(start + m[0]) / 20.0, (start + width - m[1]) / 20.0, hasText ? 1 : 0});
                column += span;
            }
            if (borderless) {
                List<double[]> gaps = new ArrayList<>();
                double[] previous = null;
                for (double[] t : texts) {
                    if (t[2] == 0) {
                        continue;
                    }
                    if (previous != null) {
                        gaps.add(new double[] {t[0] - previous[1]});
                    }
                    previous = t;
                }
                layoutGaps.add(gaps);
            }
        }
    }

    private static int[] margins(CTTblCellMar mar, int[] otherwise) {
        if (mar == null) {
            return otherwise;
        }
        return new int[] {twips(mar.getLeft(), otherwise[0]), twips(mar.getRight(), otherwise[1])};
    }

    private static int twips(TblWidth w, int otherwise) {
        return w == null || w.getW() == null ? otherwise : w.getW().intValue();
    }

    /** The words of a paragraph in a cell, each with its run's size and weight (the list number too). */
    private void cellWords(P p, double textPoints, double cellPoints, String where) {
        double indent = 0;
        PPr ppr = p.getPPr();
        if (ppr != null && ppr.getInd() != null) {
            indent += ppr.getInd().getLeft() == null ? 0 : ppr.getInd().getLeft().intValue() / 20.0;
            indent += ppr.getInd().getRight() == null ? 0 : ppr.getInd().getRight().intValue() / 20.0;
        }
        String number = number(p);
        if (!number.isEmpty()) {
            double size = ppr != null && ppr.getRPr() != null && ppr.getRPr().getSz() != null ? ppr.getRPr().getSz().getVal().intValue() / 2.0 : 14;
            words.add(new Word(number, size, false, textPoints - indent, cellPoints, where));
        }
        for (Object item : p.getContent()) {
            if (XmlUtils.unwrap(item) instanceof R run) {
                RPr rpr = run.getRPr();
                double size = rpr != null && rpr.getSz() != null ? rpr.getSz().getVal().intValue() / 2.0 : 14;
                boolean bold = rpr != null && rpr.getB() != null && rpr.getB().isVal();
                StringBuilder runText = new StringBuilder();
                runText(run, runText, true);
                for (String word : runText.toString().split("[ \t\n]+")) {
                    for (String piece : word.split("(?<=\u00ad)|(?<=-)|(?<=–)")) {
                        String shown = piece.replace("\u00ad", "-");
                        if (!shown.isBlank()) {
                            words.add(new Word(shown, size, bold, textPoints - indent, cellPoints, where));
                        }
                    }
                }
            }
        }
    }

    /** Points the word takes at its size and weight. */
    public static double width(Word w) {
        return font(w.points(), w.bold()).getStringBounds(w.word(), FRC).getWidth();
    }

    private static Font font(double points, boolean bold) {
        return FONTS.computeIfAbsent(points + (bold ? "b" : ""), k -> new Font("Liberation Serif", bold ? Font.BOLD : Font.PLAIN, 1)
                .deriveFont((float) points));
    }

    // ---- text and numbers ----

    private static String text(P p, boolean softHyphens) {
        StringBuilder out = new StringBuilder();
        for (Object item : p.getContent()) {
            Object u = XmlUtils.unwrap(item);
            if (u instanceof R run) {
                runText(run, out, softHyphens);
            } else if (u instanceof P.Hyperlink link) {
                link.getContent().forEach(c -> {
                    if (XmlUtils.unwrap(c) instanceof R run) {
                        runText(run, out, softHyphens);
                    }
                });
            }
        }
        return out.toString();
    }

    private static void runText(R run, StringBuilder out, boolean softHyphens) {
        for (Object child : run.getContent()) {
            Object c = XmlUtils.unwrap(child);
            if (child instanceof JAXBElement<?> e && e.getName().getLocalPart().equals("t") && c instanceof Text t) {
                out.append(t.getValue());
            } else if (c instanceof R.Tab) {
                out.append('\t');
            } else if (c instanceof org.docx4j.wml.Br) {
                out.append('\n');
            } else if (c instanceof R.SoftHyphen && softHyphens) {
                out.append('\u00ad');
            }
        }
    }

    private void readNumbering() {
        var part = pkg.getMainDocumentPart().getNumberingDefinitionsPart();
        if (part == null) {
            return;
        }
        Numbering numbering = part.getJaxbElement();
        Map<BigInteger, Numbering.AbstractNum> abstracts = new HashMap<>();
        numbering.getAbstractNum().forEach(a -> abstracts.put(a.getAbstractNumId(), a));
        for (Numbering.Num num : numbering.getNum()) {
            Numbering.AbstractNum a = abstracts.get(num.getAbstractNumId().getVal());
            Lvl[] lvls = new Lvl[9];
            if (a != null) {
                a.getLvl().forEach(l -> lvls[l.getIlvl().intValue()] = l);
            }
            levels.put(num.getNumId(), lvls);
        }
    }

    /**
     * The number Word shows: each w:num counts on its own (the templates give every list its own, restarting at 1), a
     * level counts up and every deeper level starts again.
     */
    private String number(P p) {
        if (p.getPPr() == null || p.getPPr().getNumPr() == null || p.getPPr().getNumPr().getNumId() == null) {
            return "";
        }
        BigInteger numId = p.getPPr().getNumPr().getNumId().getVal();
        int level = p.getPPr().getNumPr().getIlvl() == null ? 0 : p.getPPr().getNumPr().getIlvl().getVal().intValue();
        Lvl[] lvls = levels.get(numId);
        if (lvls == null || lvls[level] == null || lvls[level].getLvlText() == null) {
            return "";
        }
        int[] count = counters.computeIfAbsent(numId, k -> new int[9]);
        count[level]++;
        for (int deeper = level + 1; deeper < 9; deeper++) {
            count[deeper] = 0;
        }
        String text = lvls[level].getLvlText().getVal();
        for (int l = 0; l <= level; l++) {
            int start = lvls[l] != null && lvls[l].getStart() != null ? lvls[l].getStart().getVal().intValue() : 1;
            text = text.replace("%" + (l + 1), String.valueOf(Math.max(count[l], 1) + start - 1));
        }
        return text;
    }
}
