package ru.vprsvod.testing;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTBorder;
import org.docx4j.wml.CTTblLayoutType;
import org.docx4j.wml.CTVerticalJc;
import org.docx4j.wml.P;
import org.docx4j.wml.STBorder;
import org.docx4j.wml.STTblLayoutType;
import org.docx4j.wml.STVerticalJc;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblBorders;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.TcPrInner;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;
import ru.vprsvod.testing.DocxWriter.Opt;
import ru.vprsvod.testing.DocxWriter.Row;

/**
 * Tables of {@link DocxWriter}: fixed column widths, header rows repeated on each page, rows never split across
 * pages, merged cells ({@link DocxWriter#SPAN}, {@link DocxWriter#ABOVE}), an automatically numbered № column.
 */
final class Tables {

    /**
     * @param align   one letter per column (L, C, R, J), or null: centre headers and short columns, text on the left
     * @param borders false for a layout table (stamps side by side, a signature)
     * @param bottom  cells aligned to the bottom (a signature: the name on the position's last line), else the top
     */
    record Spec(int[] widthsMm, int points, String align, boolean borders, boolean bottom) {
    }

    private final DocxWriter w;

    Tables(DocxWriter w) {
        this.w = w;
    }

    Tbl table(Spec spec, Row... rows) {
        Tbl tbl = w.f.createTbl();
        TblPr pr = w.f.createTblPr();
        TblWidth width = w.f.createTblWidth();
        width.setType("dxa");
        int total = 0;
        for (int mm : spec.widthsMm()) {
            total += mm;
        }
        width.setW(DocxWriter.mm(total));
        pr.setTblW(width);
        CTTblLayoutType layout = w.f.createCTTblLayoutType();
        layout.setType(STTblLayoutType.FIXED);
        pr.setTblLayout(layout);
        TblBorders borders = w.f.createTblBorders();
        borders.setTop(border(spec.borders()));
        borders.setBottom(border(spec.borders()));
        borders.setLeft(border(spec.borders()));
        borders.setRight(border(spec.borders()));
        borders.setInsideH(border(spec.borders()));
        borders.setInsideV(border(spec.borders()));
        pr.setTblBorders(borders);
        // A layout table sits on the text's left edge, its cells without padding; a bordered one keeps 1 mm inside
        // its borders (Word's 1.9 mm would squeeze the narrow columns of numbers).
        var margins = w.f.createCTTblCellMar();
        TblWidth side = w.f.createTblWidth();
        side.setType("dxa");
        side.setW(spec.borders() ? DocxWriter.mm(1) : BigInteger.ZERO);
        margins.setLeft(side);
        margins.setRight(side);
        pr.setTblCellMar(margins);
        tbl.setTblPr(pr);
        TblGrid grid = w.f.createTblGrid();
        for (int mm : spec.widthsMm()) {
            TblGridCol col = w.f.createTblGridCol();
            col.setW(DocxWriter.mm(mm));
            grid.getGridCol().add(col);
        }
        tbl.setTblGrid(grid);
        int numbering = 0;
        Tc[] above = new Tc[spec.widthsMm().length];
        for (Row row : rows) {
            Tr tr = w.f.createTr();
            TrPr trPr = w.f.createTrPr();
            trPr.getCnfStyleOrDivIdOrGridBefore().add(w.f.createCTTrPrBaseCantSplit(new BooleanDefaultTrue()));
            if (row.header()) {
                trPr.getCnfStyleOrDivIdOrGridBefore().add(w.f.createCTTrPrBaseTblHeader(new BooleanDefaultTrue()));
            }
            tr.setTrPr(trPr);
            if (row.section()) {
                Tc tc = cell(spec, 0, spec.widthsMm().length);
                tc.getContent().addAll(paragraphs(spec, row.cells().get(0), 'L', true, 0));
                if (row.keepWithNext()) {
                    // A section's title never ends a page: it keeps with the first row under it.
                    tc.getContent().forEach(p -> ((P) p).getPPr().setKeepNext(new BooleanDefaultTrue()));
                }
                tr.getContent().add(tc);
                tbl.getContent().add(tr);
                above = new Tc[spec.widthsMm().length];
                continue;
            }
            Tc[] current = new Tc[spec.widthsMm().length];
            int column = 0;
            Tc last = null;
            for (String text : row.cells()) {
                if (text.equals(DocxWriter.SPAN) && last != null) {
                    TcPrInner.GridSpan span = last.getTcPr().getGridSpan();
                    int n = span == null ? 1 : span.getVal().intValue();
                    TcPrInner.GridSpan grown = w.f.createTcPrInnerGridSpan();
                    grown.setVal(BigInteger.valueOf(n + 1));
                    last.getTcPr().setGridSpan(grown);
                    last.getTcPr().getTcW().setW(last.getTcPr().getTcW().getW().add(DocxWriter.mm(spec.widthsMm()[column])));
                    column++;
                    continue;
                }
                Tc tc = cell(spec, column, 1);
                if (text.equals(DocxWriter.ABOVE) && above[column] != null) {
                    merge(above[column], "restart");
                    merge(tc, null);
                    tc.getContent().add(w.f.createP());
                } else {
                    char align = align(spec, column, row, text);
                    if (text.equals(DocxWriter.NUMBER) && numbering == 0) {
                        numbering = w.tableList();
                    }
                    tc.getContent().addAll(paragraphs(spec, text, align, row.bold(), text.equals(DocxWriter.NUMBER) ? numbering : 0));
                }
                if (row.header()) {
                    CTVerticalJc center = w.f.createCTVerticalJc();
                    center.setVal(STVerticalJc.CENTER);
                    tc.getTcPr().setVAlign(center);
                } else if (spec.bottom()) {
                    CTVerticalJc bottom = w.f.createCTVerticalJc();
                    bottom.setVal(STVerticalJc.BOTTOM);
                    tc.getTcPr().setVAlign(bottom);
                }
                tr.getContent().add(tc);
                current[column] = tc;
                last = tc;
                column++;
            }
            above = current;
            tbl.getContent().add(tr);
        }
        return tbl;
    }

    private void merge(Tc tc, String value) {
        TcPrInner.VMerge merge = w.f.createTcPrInnerVMerge();
        merge.setVal(value);
        tc.getTcPr().setVMerge(merge);
    }

    private Tc cell(Spec spec, int column, int span) {
        Tc tc = w.f.createTc();
        TcPr tcPr = w.f.createTcPr();
        TblWidth width = w.f.createTblWidth();
        width.setType("dxa");
        int mm = 0;
        for (int c = column; c < column + span; c++) {
            mm += spec.widthsMm()[c];
        }
        width.setW(DocxWriter.mm(mm));
        tcPr.setTcW(width);
        if (span > 1) {
            TcPrInner.GridSpan gridSpan = w.f.createTcPrInnerGridSpan();
            gridSpan.setVal(BigInteger.valueOf(span));
            tcPr.setGridSpan(gridSpan);
        }
        tc.setTcPr(tcPr);
        return tc;
    }

    private static char align(Spec spec, int column, Row row, String text) {
        if (spec.align() != null && column < spec.align().length()) {
            return row.header() && spec.borders() ? 'C' : spec.align().charAt(column);
        }
        return row.header() || text.length() <= 12 && !text.contains(" ") ? 'C' : 'L';
    }

    private List<Object> paragraphs(Spec spec, String text, char align, boolean bold, int numbering) {
        List<Object> out = new ArrayList<>();
        if (numbering > 0) {
            out.add(Paragraphs.p(w, "", spec.points(), List.of(Opt.CENTER), new int[] {numbering, -1}));
            return out;
        }
        for (String line : text.split("\n", -1)) {
            List<Opt> opts = new ArrayList<>();
            opts.add(switch (align) {
                case 'C' -> Opt.CENTER;
                case 'R' -> Opt.RIGHT;
                case 'J' -> Opt.JUSTIFY;
                default -> Opt.LEFT;
            });
            if (bold) {
                opts.add(Opt.BOLD);
            }
            if (line.startsWith("picture:")) {
                String[] parts = line.split(":");
                String[] size = parts[parts.length - 1].split("x");
                String alt = line.substring("picture:".length(), line.lastIndexOf(':'));
                P p = Paragraphs.p(w, "", spec.points(), List.of(Opt.CENTER), null);
                p.getContent().add(w.pictureRun(alt, Integer.parseInt(size[0]), Integer.parseInt(size[1])));
                out.add(p);
            } else {
                out.add(Paragraphs.p(w, line, spec.points(), opts, null));
            }
        }
        return out;
    }

    private CTBorder border(boolean visible) {
        CTBorder b = w.f.createCTBorder();
        b.setVal(visible ? STBorder.SINGLE : STBorder.NONE);
        b.setSz(BigInteger.valueOf(visible ? 4 : 0));
        b.setColor("000000");
        return b;
    }
}
