package ru.vprsvod.workbook;

import java.util.List;
import java.util.Objects;

/**
 * One worksheet as plain values: only rows holding at least one non-blank cell, in row order.
 * Merged areas are not expanded: as in Excel, only their top-left cell carries the value.
 */
public record Sheet(String name, boolean hidden, List<SheetRow> rows) {

    public Sheet {
        Objects.requireNonNull(name, "name");
        rows = List.copyOf(rows);
    }

    /** The row with the given zero-based index, or null when it holds no values. */
    public SheetRow row(int index) {
        int low = 0;
        int high = rows.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int r = rows.get(mid).index();
            if (r < index) {
                low = mid + 1;
            } else if (r > index) {
                high = mid - 1;
            } else {
                return rows.get(mid);
            }
        }
        return null;
    }

    /** The cell at a zero-based position, or null when it is blank. */
    public Cell cell(int row, int column) {
        SheetRow r = row(row);
        return r == null ? null : r.cell(column);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
