package ru.vprsvod.document;

import jakarta.xml.bind.JAXBElement;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.docx4j.wml.CTTrPrBase;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.Tr;

/**
 * Vertical merges that cross the edge of a range of repeated rows. A merge entirely inside the range is
 * repeated with it; one that reaches outside (a cell merged with the row above the range, or with the row
 * below it) cannot carry a value per repetition: Word shows only the first cell of a merge.
 */
final class Merges {

    private Merges() {
    }

    /** The cells of rows {@code first..last} (indexes in the table's content) whose merge crosses the range. */
    static Map<Object, Boolean> crossing(Tbl table, int first, int last) {
        Map<Object, Boolean> cells = new IdentityHashMap<>();
        List<Object> rows = table.getContent();
        for (Cell cell : cells(rows.get(first))) {
            if (cell.merge == Merge.CONTINUE) {
                cells.put(cell.tc, Boolean.TRUE);
            }
        }
        Tr below = null;
        for (int i = last + 1; i < rows.size() && below == null; i++) {
            if (Docx.unwrap(rows.get(i)) instanceof Tr tr) {
                below = tr;
            }
        }
        if (below != null) {
            List<Cell> next = cells(below);
            for (Cell cell : cells(rows.get(last))) {
                if (cell.merge != Merge.NONE) {
                    for (Cell under : next) {
                        if (under.column == cell.column && under.merge == Merge.CONTINUE) {
                            cells.put(cell.tc, Boolean.TRUE);
                        }
                    }
                }
            }
        }
        return cells;
    }

    private enum Merge { NONE, RESTART, CONTINUE }

    private record Cell(Tc tc, int column, Merge merge) {
    }

    private static List<Cell> cells(Object rowItem) {
        List<Cell> out = new ArrayList<>();
        if (!(Docx.unwrap(rowItem) instanceof Tr row)) {
            return out;
        }
        int column = gridBefore(row);
        for (Object item : row.getContent()) {
            if (Docx.unwrap(item) instanceof Tc tc) {
                TcPr pr = tc.getTcPr();
                Merge merge = Merge.NONE;
                int span = 1;
                if (pr != null) {
                    if (pr.getVMerge() != null) {
                        merge = "restart".equals(pr.getVMerge().getVal()) ? Merge.RESTART : Merge.CONTINUE;
                    }
                    if (pr.getGridSpan() != null && pr.getGridSpan().getVal() != null) {
                        span = pr.getGridSpan().getVal().intValue();
                    }
                }
                out.add(new Cell(tc, column, merge));
                column += Math.max(1, span);
            }
        }
        return out;
    }

    private static int gridBefore(Tr row) {
        if (row.getTrPr() == null) {
            return 0;
        }
        for (JAXBElement<?> element : row.getTrPr().getCnfStyleOrDivIdOrGridBefore()) {
            if (element.getName().getLocalPart().equals("gridBefore")
                    && element.getValue() instanceof CTTrPrBase.GridBefore before) {
                BigInteger value = before.getVal();
                return value == null ? 0 : value.intValue();
            }
        }
        return 0;
    }
}
