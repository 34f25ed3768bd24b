package ru.vprsvod.workbook;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The few cell styles a report uses, created once per workbook: Excel caps a file at 64,000 styles and
 * every {@code createCellStyle} call adds one, so styles must never be created per cell.
 */
final class XlsxStyles {

    /** Excel's own "light red fill" of conditional formatting, which users know as "something is wrong". */
    private static final byte[] LIGHT_RED = {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE};
    private static final byte[] HEADER_GREY = {(byte) 0xD9, (byte) 0xD9, (byte) 0xD9};

    private final SXSSFWorkbook workbook;
    private final Font bold;
    private final Map<String, CellStyle> cells = new HashMap<>();
    private final Map<TitleLevel, CellStyle> titles = new EnumMap<>(TitleLevel.class);
    private CellStyle header;

    enum TitleLevel { TITLE, SUBTITLE }

    XlsxStyles(SXSSFWorkbook workbook) {
        this.workbook = workbook;
        this.bold = workbook.createFont();
        bold.setBold(true);
    }

    CellStyle cell(XlsxCell cell) {
        String key = cell.style() + "/" + cell.bold() + "/" + cell.highlighted();
        return cells.computeIfAbsent(key, k -> {
            CellStyle style = bordered();
            style.setDataFormat(workbook.createDataFormat().getFormat(cell.style().numberFormat()));
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setWrapText(cell.style().wraps());
            if (cell.bold()) {
                style.setFont(bold);
            }
            if (cell.highlighted()) {
                fill(style, LIGHT_RED);
            }
            return style;
        });
    }

    CellStyle header() {
        if (header == null) {
            header = bordered();
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            fill(header, HEADER_GREY);
        }
        return header;
    }

    CellStyle title(TitleLevel level) {
        return titles.computeIfAbsent(level, l -> {
            CellStyle style = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(l == TitleLevel.TITLE);
            font.setFontHeightInPoints((short) (l == TitleLevel.TITLE ? 14 : 11));
            style.setFont(font);
            // Left, not centred: a title centred over a wide table lands off screen and off the first printed page.
            style.setAlignment(HorizontalAlignment.LEFT);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setWrapText(true);
            return style;
        });
    }

    private CellStyle bordered() {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private static void fill(CellStyle style, byte[] rgb) {
        ((XSSFCellStyle) style).setFillForegroundColor(new XSSFColor(rgb, null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
}
