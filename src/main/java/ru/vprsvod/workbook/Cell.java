package ru.vprsvod.workbook;

import java.util.Objects;

/**
 * One non-blank cell, format-neutral. For formulas the cached result is what the cell holds, as the
 * person who saved the file saw it.
 *
 * @param row    zero-based row index
 * @param column zero-based column index
 * @param text   the text for TEXT cells, as written (not trimmed); for NUMBER cells the plain decimal form
 *               ("5", "2.5"); for BOOLEAN cells what Russian Excel shows, «ИСТИНА» or «ЛОЖЬ»; for ERROR cells
 *               the code as stored ({@code #DIV/0!}); for FORMULA_WITHOUT_VALUE the formula ({@code =SUM(B2:B9)})
 * @param number the value of a NUMBER cell, otherwise 0
 */
public record Cell(int row, int column, CellKind kind, String text, double number) {

    /** The text of a BOOLEAN cell, so a message quoting the found value reads as the user sees it on screen. */
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
