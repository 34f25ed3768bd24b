package ru.vprsvod.workbook;

import java.util.List;

/** The non-blank cells of one row, in column order. */
public record SheetRow(int index, List<Cell> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The cell in the given zero-based column, or null when it is blank. */
    public Cell cell(int column) {
        // Rows are short (tens of cells) and sorted; a binary search keeps wide rows cheap too.
        int low = 0;
        int high = cells.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = cells.get(mid).column();
            if (c < column) {
                low = mid + 1;
            } else if (c > column) {
                high = mid - 1;
            } else {
                return cells.get(mid);
            }
        }
        return null;
    }
}
