package ru.vprsvod.workbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Gathers the non-blank cells of one workbook, sheet by sheet, and enforces {@link ReadLimits} as each cell
 * arrives, so a reader stops at the first cell past a limit instead of reading a million rows to reject them.
 * Positions are longs because .ods repeats can point far past int range before a value shows up there.
 */
final class CellCollector {

    private static final Comparator<Cell> BY_POSITION =
            Comparator.comparingInt(Cell::row).thenComparingInt(Cell::column);

    private final ReadLimits limits;
    private final List<Sheet> sheets = new ArrayList<>();
    private long cellCount;

    private String sheetName;
    private boolean sheetHidden;
    private final List<Cell> cells = new ArrayList<>();
    private boolean inOrder;
    private long lastRow;
    private long lastColumn;

    CellCollector(ReadLimits limits) {
        this.limits = limits;
    }

    void beginSheet(String name, boolean hidden) {
        if (sheets.size() >= limits.maxSheets()) {
            throw new Rejected(Messages.tooManySheets(limits.maxSheets()));
        }
        sheetName = name == null ? "" : name;
        sheetHidden = hidden;
        cells.clear();
        inOrder = true;
        lastRow = -1;
        lastColumn = -1;
    }

    String sheetName() {
        return sheetName;
    }

    private void checkPosition(long row, long column) {
        if (row < 0 || column < 0) {
            throw new IllegalArgumentException("negative cell position " + row + "," + column);
        }
        if (row >= limits.maxRowsPerSheet()) {
            throw new Rejected(Messages.tooManyRows(sheetName, row, column, limits.maxRowsPerSheet()));
        }
        if (column >= limits.maxColumns()) {
            throw new Rejected(Messages.tooManyColumns(sheetName, row, column, limits.maxColumns()));
        }
    }

    void text(long row, long column, String text) {
        if (!text.isEmpty()) {
            add(row, column, CellKind.TEXT, text, 0);
        }
    }

    void number(long row, long column, double value, String original) {
        if (Double.isFinite(value)) {
            add(row, column, CellKind.NUMBER, Cell.plainNumber(value), value);
        } else {
            // 1E+400 and the like: no double holds it, so the validator sees the digits as text and says so.
            text(row, column, original);
        }
    }

    void bool(long row, long column, boolean value) {
        add(row, column, CellKind.BOOLEAN, value ? Cell.TRUE_TEXT : Cell.FALSE_TEXT, 0);
    }

    void error(long row, long column, String code) {
        add(row, column, CellKind.ERROR, code.isEmpty() ? "#N/A" : code, 0);
    }

    void formulaWithoutValue(long row, long column, String formula) {
        add(row, column, CellKind.FORMULA_WITHOUT_VALUE, formula, 0);
    }

    private void add(long row, long column, CellKind kind, String text, double number) {
        checkPosition(row, column);
        Cell cell = new Cell((int) row, (int) column, kind, text, number);
        if (++cellCount > limits.maxCells()) {
            throw new Rejected(Messages.tooManyCells(sheetName, limits.maxCells()));
        }
        if (cell.row() < lastRow || (cell.row() == lastRow && cell.column() <= lastColumn)) {
            inOrder = false;
        }
        lastRow = cell.row();
        lastColumn = cell.column();
        cells.add(cell);
    }

    void endSheet() {
        if (!inOrder) {
            // Files are nearly always in order; odd producers repeat or shuffle positions. The sort is stable,
            // so of two cells at one position the later one wins, as when a program rewrites a cell.
            cells.sort(BY_POSITION);
        }
        List<SheetRow> rows = new ArrayList<>();
        List<Cell> row = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            boolean overwritten = i + 1 < cells.size() && BY_POSITION.compare(cell, cells.get(i + 1)) == 0;
            if (overwritten) {
                continue;
            }
            if (!row.isEmpty() && row.get(0).row() != cell.row()) {
                rows.add(new SheetRow(row.get(0).row(), row));
                row.clear();
            }
            row.add(cell);
        }
        if (!row.isEmpty()) {
            rows.add(new SheetRow(row.get(0).row(), row));
        }
        sheets.add(new Sheet(sheetName, sheetHidden, rows));
        cells.clear();
    }

    Workbook finish(FileFormat format) {
        return new Workbook(format, sheets);
    }
}
