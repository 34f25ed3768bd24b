package ru.vprsvod.workbook;

import java.util.List;
import java.util.Map;

/** A list-like sheet whose header row has been found: records are the non-blank rows below it. */
public final class SheetTable {

    private final String file;
    private final Sheet sheet;
    private final int headerRow;
    private final Map<String, Integer> columns;

    SheetTable(String file, Sheet sheet, int headerRow, Map<String, Integer> columns) {
        this.file = file;
        this.sheet = sheet;
        this.headerRow = headerRow;
        this.columns = Map.copyOf(columns);
    }

    public String file() {
        return file;
    }

    public String sheetName() {
        return sheet.name();
    }

    /** Rows below the header that hold at least one value in a known column. */
    public List<SheetRow> records() {
        return sheet.rows().stream()
                .filter(r -> r.index() > headerRow)
                .filter(r -> columns.values().stream().anyMatch(c -> r.cell(c) != null && !r.cell(c).text().isBlank()))
                .toList();
    }

    public boolean has(String key) {
        return columns.containsKey(key);
    }

    /** The cell of a record in a column, or null when blank or when the sheet has no such column. */
    public Cell cell(SheetRow row, String key) {
        Integer column = columns.get(key);
        return column == null ? null : row.cell(column);
    }

    public String text(SheetRow row, String key) {
        return CellValues.text(cell(row, key));
    }

    /** The A1 address of a record's cell in a column (the column must exist). */
    public String address(SheetRow row, String key) {
        Integer column = columns.get(key);
        if (column == null) {
            throw new IllegalArgumentException("no column " + key + " on sheet " + sheet.name());
        }
        return Cell.address(row.index(), column);
    }

    public Problem error(SheetRow row, String key, String message, String expected) {
        return Problem.error(file, sheet.name(), address(row, key), message, CellValues.display(cell(row, key)), expected);
    }

    public Problem warning(SheetRow row, String key, String message, String expected) {
        return Problem.warning(file, sheet.name(), address(row, key), message, CellValues.display(cell(row, key)), expected);
    }
}
