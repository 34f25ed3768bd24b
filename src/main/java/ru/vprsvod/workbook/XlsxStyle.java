package ru.vprsvod.workbook;

/**
 * How a written cell shows its value. Number formats are stored in Excel's invariant notation ("0.0%");
 * Excel and LibreOffice display them with the reader's own separators, so a Russian user sees «25,3%».
 */
public enum XlsxStyle {
    /** Text as given, left aligned. */
    TEXT("General", false),
    /** A whole number with digit grouping: 12 345. */
    INTEGER("#,##0", false),
    /** One decimal place: 4,2. */
    DECIMAL_1("0.0", false),
    /** Two decimal places: 4,25. */
    DECIMAL_2("0.00", false),
    /** A fraction shown as a percentage with one decimal: the value 0.253 shows as 25,3%. */
    PERCENT_1("0.0%", false),
    /** Longer text that wraps inside its column (notes, comments), aligned to the top. */
    NOTE("General", true);

    private final String numberFormat;
    private final boolean wraps;

    XlsxStyle(String numberFormat, boolean wraps) {
        this.numberFormat = numberFormat;
        this.wraps = wraps;
    }

    /** The Excel number format code stored with the cell. */
    public String numberFormat() {
        return numberFormat;
    }

    boolean wraps() {
        return wraps;
    }
}
