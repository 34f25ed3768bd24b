package ru.vprsvod.workbook;

import java.util.Objects;

/**
 * One value to write, with how it should look. Text is always written as a text cell, never as a formula:
 * a school name that starts with "=" stays that text.
 *
 * @param style       the number format and alignment
 * @param text        the text of a TEXT or NOTE cell, otherwise empty
 * @param number      the value of a numeric cell; NaN leaves the cell empty (e.g. a mean of no pupils)
 * @param bold        bold font, as in a total row
 * @param highlighted light red fill, for values an objectivity check flagged
 */
public record XlsxCell(XlsxStyle style, String text, double number, boolean bold, boolean highlighted) {

    /** Excel refuses longer cell text; longer notes are cut with "…" rather than failing the report. */
    static final int MAX_TEXT = 32_767;

    private static final XlsxCell EMPTY = new XlsxCell(XlsxStyle.TEXT, "", Double.NaN, false, false);

    public XlsxCell {
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT - 1) + "…";
        }
    }

    public static XlsxCell text(String text) {
        return new XlsxCell(XlsxStyle.TEXT, text == null ? "" : text, Double.NaN, false, false);
    }

    public static XlsxCell note(String text) {
        return new XlsxCell(XlsxStyle.NOTE, text == null ? "" : text, Double.NaN, false, false);
    }

    public static XlsxCell integer(long value) {
        return new XlsxCell(XlsxStyle.INTEGER, "", value, false, false);
    }

    /** A number with one decimal place. */
    public static XlsxCell decimal(double value) {
        return new XlsxCell(XlsxStyle.DECIMAL_1, "", value, false, false);
    }

    /** A share as a fraction of one: 0.253 is shown as 25,3%. */
    public static XlsxCell percent(double fraction) {
        return new XlsxCell(XlsxStyle.PERCENT_1, "", fraction, false, false);
    }

    /** A number shown with the given numeric style, e.g. {@link XlsxStyle#DECIMAL_2}. */
    public static XlsxCell number(double value, XlsxStyle style) {
        if (style == XlsxStyle.TEXT || style == XlsxStyle.NOTE) {
            throw new IllegalArgumentException("a number needs a numeric style, not " + style);
        }
        return new XlsxCell(style, "", value, false, false);
    }

    /** A cell that is only styled (borders, fill), without a value. */
    public static XlsxCell empty() {
        return EMPTY;
    }

    public XlsxCell asBold() {
        return new XlsxCell(style, text, number, true, highlighted);
    }

    public XlsxCell asHighlighted() {
        return highlighted(true);
    }

    /** Highlighted when the condition holds, e.g. {@code percent(share).highlighted(check.flags(school))}. */
    public XlsxCell highlighted(boolean condition) {
        return condition == highlighted ? this : new XlsxCell(style, text, number, bold, condition);
    }

    boolean isText() {
        return style == XlsxStyle.TEXT || style == XlsxStyle.NOTE;
    }

    boolean isBlank() {
        return isText() ? text.isEmpty() : Double.isNaN(number) || Double.isInfinite(number);
    }

    /**
     * The cell for a plain value: a String is text, an Integer or Long an integer, any other Number a decimal
     * with one place, null an empty cell, and an XlsxCell itself.
     */
    static XlsxCell of(Object value) {
        if (value == null) {
            return EMPTY;
        }
        if (value instanceof XlsxCell cell) {
            return cell;
        }
        if (value instanceof String s) {
            return text(s);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return integer(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            return decimal(n.doubleValue());
        }
        throw new IllegalArgumentException("cannot write a " + value.getClass().getSimpleName() + ": " + value);
    }
}
