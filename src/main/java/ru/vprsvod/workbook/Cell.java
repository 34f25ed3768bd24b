package ru.vprsvod.workbook;

import java.util.Objects;

/**
 * One non-blank cell, format-neutral. For formulas the cached result is what the cell holds, as the
 * person who saved the file saw it.
 *
 * @param row    zero-based row index
 * @param column zero-based column index
 * @param text   the text for TEXT/ERROR/BOOLEAN cells; for NUMBER cells the plain decimal form ("5", "2.5")
 * @param number the value of a NUMBER cell, otherwise 0
 */
public record Cell(int row, int column, CellKind kind, String text, double number) {

    static final String TRUE_TEXT = "ИСТИНА";
    static final String FALSE_TEXT = "ЛОЖЬ";

    public Cell {
        if (row < 0 || column < 0) {
            throw new IllegalArgumentException("negative cell position " + row + "," + column);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public static Cell text(int row, int column, String text) {
        return new Cell(row, column, CellKind.TEXT, text, 0);
    }

    public static Cell number(int row, int column, double value) {
        return new Cell(row, column, CellKind.NUMBER, plainNumber(value), value);
    }

    /**
     * A TRUE/FALSE cell. The text is what Russian Excel shows, «ИСТИНА» or «ЛОЖЬ», so a message quoting the
     * found value reads as the user sees it on screen.
     */
    public static Cell bool(int row, int column, boolean value) {
        return new Cell(row, column, CellKind.BOOLEAN, value ? TRUE_TEXT : FALSE_TEXT, 0);
    }

    /** An error value such as {@code #DIV/0!}, kept in Excel's English spelling as the file stores it. */
    public static Cell error(int row, int column, String code) {
        return new Cell(row, column, CellKind.ERROR, code, 0);
    }

    /** A formula the saving program never calculated; the text is the formula itself, e.g. {@code =SUM(B2:B9)}. */
    public static Cell formulaWithoutValue(int row, int column, String formula) {
        return new Cell(row, column, CellKind.FORMULA_WITHOUT_VALUE, formula, 0);
    }

    /** The A1-style address users see in Excel, e.g. {@code F12}. */
    public String address() {
        return address(row, column);
    }

    /** The A1-style address of a zero-based position, e.g. (11, 5) → {@code F12}. */
    public static String address(int row, int column) {
        return columnLetters(column) + (row + 1);
    }

    /** Excel column letters of a zero-based column index: 0 → A, 25 → Z, 26 → AA. */
    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }

    /** The value as a Russian user would read it back: numbers with a decimal comma. */
    public String display() {
        return kind == CellKind.NUMBER ? text.replace('.', ',') : text;
    }

    /** Shortest plain decimal form: 5.0 → "5", 2.5 → "2.5", no exponent for ordinary magnitudes. */
    static String plainNumber(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
