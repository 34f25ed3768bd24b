package ru.vprsvod.workbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One sheet of an {@link XlsxBook}, written top to bottom: titles, a header, data rows. Rows are numbered
 * from 0 as in {@link Cell}; {@link #nextRow()} tells where the next call writes. Methods that configure the
 * sheet return it, so they chain.
 */
public final class XlsxSheet {

    /** Excel's default column width, in characters, for columns {@link #columns} did not size. */
    private static final double DEFAULT_WIDTH = 8.43;
    private static final float LINE_HEIGHT_POINTS = 15f;

    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final XlsxStyles styles;
    private double[] widths = new double[0];
    private final List<Integer> titleRows = new ArrayList<>();
    private int nextRow;
    private int lastColumn = -1;
    private int headerFirstRow = -1;
    private int headerLastRow = -1;
    private boolean autoFilter;

    XlsxSheet(SXSSFWorkbook workbook, SXSSFSheet sheet, XlsxStyles styles) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.styles = styles;
    }

    /** The name the sheet got (see {@link XlsxBook#sheet} for how names are made safe). */
    public String name() {
        return sheet.getSheetName();
    }

    /** The zero-based index of the row the next title, header or row call writes. */
    public int nextRow() {
        return nextRow;
    }

    /** Column widths in characters of the default font, from column A on. */
    public XlsxSheet columns(double... widthsInCharacters) {
        widths = widthsInCharacters.clone();
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, (int) Math.round(Math.min(255, widths[c]) * 256));
        }
        lastColumn = Math.max(lastColumn, widths.length - 1);
        return this;
    }

    /** A bold 14 pt title line, merged across the table's width when the book is written. */
    public XlsxSheet title(String text) {
        return titleLine(text, XlsxStyles.TitleLevel.TITLE);
    }

    /** A plain 11 pt title line under the title (district, date), merged like the title. */
    public XlsxSheet subtitle(String text) {
        return titleLine(text, XlsxStyles.TitleLevel.SUBTITLE);
    }

    private XlsxSheet titleLine(String text, XlsxStyles.TitleLevel level) {
        SXSSFRow row = sheet.createRow(nextRow);
        SXSSFCell cell = row.createCell(0);
        cell.setCellValue(XlsxCell.text(text).text());
        cell.setCellStyle(styles.title(level));
        titleRows.add(nextRow++);
        return this;
    }

    /** Leaves rows empty, e.g. between the titles and the table. */
    public XlsxSheet skipRows(int count) {
        nextRow += count;
        return this;
    }

    /** A one-row header: bold, centred, wrapped, on grey. */
    public XlsxSheet header(String... names) {
        return header(Arrays.stream(names).map(XlsxHeader::column).toArray(XlsxHeader[]::new));
    }

    /** A header with column groups, written over two rows when any group is present. */
    public XlsxSheet header(XlsxHeader... columns) {
        boolean twoRows = Arrays.stream(columns).anyMatch(XlsxHeader::isGroup);
        int top = nextRow;
        SXSSFRow first = sheet.createRow(top);
        SXSSFRow second = twoRows ? sheet.createRow(top + 1) : null;
        int column = 0;
        int lines = 1;
        for (XlsxHeader header : columns) {
            int last = column + header.width() - 1;
            if (header.isGroup()) {
                for (int c = column; c <= last; c++) {
                    headerCell(first, c, c == column ? header.title() : "");
                    headerCell(second, c, header.columns().get(c - column));
                    lines = Math.max(lines, lines(header.columns().get(c - column), c, c));
                }
                if (last > column) {
                    sheet.addMergedRegion(new CellRangeAddress(top, top, column, last));
                }
            } else {
                headerCell(first, column, header.title());
                lines = Math.max(lines, lines(header.title(), column, column));
                if (twoRows) {
                    headerCell(second, column, "");
                    sheet.addMergedRegion(new CellRangeAddress(top, top + 1, column, column));
                }
            }
            column = last + 1;
        }
        SXSSFRow namesRow = twoRows ? second : first;
        namesRow.setHeightInPoints(Math.max(namesRow.getHeightInPoints(), lines * LINE_HEIGHT_POINTS));
        lastColumn = Math.max(lastColumn, column - 1);
        nextRow = top + (twoRows ? 2 : 1);
        headerFirstRow = top;
        headerLastRow = nextRow - 1;
        return this;
    }

    private void headerCell(SXSSFRow row, int column, String text) {
        SXSSFCell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(styles.header());
    }

    /**
     * A data row. Each value is an {@link XlsxCell}, or a plain value: a String is text, an Integer or Long
     * an integer, another Number a decimal with one place, null an empty bordered cell.
     *
     * @return the zero-based index of the written row
     */
    public int row(Object... values) {
        return writeRow(false, values);
    }

    /** A row in bold, as the district total under a table. */
    public int totalRow(Object... values) {
        return writeRow(true, values);
    }

    private int writeRow(boolean bold, Object... values) {
        int index = nextRow++;
        SXSSFRow row = sheet.createRow(index);
        int lines = 1;
        for (int c = 0; c < values.length; c++) {
            XlsxCell value = XlsxCell.of(values[c]);
            if (bold) {
                value = value.asBold();
            }
            SXSSFCell cell = row.createCell(c);
            cell.setCellStyle(styles.cell(value));
            if (value.isBlank()) {
                continue;
            }
            if (value.isText()) {
                cell.setCellValue(value.text()); // always a text cell, never parsed as a formula
                if (value.style().wraps()) {
                    lines = Math.max(lines, lines(value.text(), c, c));
                }
            } else {
                cell.setCellValue(value.number());
            }
        }
        if (lines > 1) {
            // Excel does not grow rows for wrapped text in files it did not lay out itself.
            row.setHeightInPoints(lines * LINE_HEIGHT_POINTS);
        }
        lastColumn = Math.max(lastColumn, values.length - 1);
        return index;
    }

    /** Keeps rows above {@code rows} (a count, from the top) in view while scrolling. */
    public XlsxSheet freezeRowsAbove(int rows) {
        sheet.createFreezePane(0, rows);
        return this;
    }

    /** Keeps everything written so far (titles and header) in view while scrolling. */
    public XlsxSheet freezeHeader() {
        return freezeRowsAbove(nextRow);
    }

    /** An Excel filter on the header's last row, covering the data rows written until the book is written. */
    public XlsxSheet autoFilter() {
        if (headerLastRow < 0) {
            throw new IllegalStateException("write the header before asking for a filter on sheet " + name());
        }
        autoFilter = true;
        return this;
    }

    /**
     * Prints on landscape pages one page wide, repeating the header rows on every page: how coordinators print
     * wide tables.
     */
    public XlsxSheet printLandscapeOnePageWide() {
        if (headerLastRow < 0) {
            throw new IllegalStateException("write the header before setting up printing on sheet " + name());
        }
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(headerFirstRow, headerLastRow, -1, -1));
        return this;
    }

    /**
     * As {@link #printLandscapeOnePageWide()}, for a sheet of several tables each with a header of its own (one per
     * work): the sheet's title lines repeat on every page, and each table starts a page ({@link #pageBreak()}).
     */
    public XlsxSheet printLandscapeOnePageWideRepeatingTitles() {
        if (titleRows.isEmpty()) {
            throw new IllegalStateException("write the titles before setting up printing on sheet " + name());
        }
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        int last = titleRows.get(0);
        while (titleRows.contains(last + 1)) {
            last++;
        }
        sheet.setRepeatingRows(new CellRangeAddress(titleRows.get(0), last, -1, -1));
        return this;
    }

    /** What is written next starts a new printed page. */
    public XlsxSheet pageBreak() {
        if (nextRow > 0) {
            sheet.setRowBreak(nextRow - 1);
        }
        return this;
    }

    /** Merges cells of one row, e.g. a label spanning the first columns of a total row. */
    public XlsxSheet mergeAcross(int row, int firstColumn, int lastColumn) {
        sheet.addMergedRegion(new CellRangeAddress(row, row, firstColumn, lastColumn));
        return this;
    }

    /** A data-entry rule on a range of cells (zero-based, inclusive). */
    public XlsxSheet validation(XlsxValidation rule, int firstRow, int lastRow, int firstColumn, int lastColumn) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String topLeft = Cell.address(firstRow, firstColumn);
        DataValidationConstraint constraint = switch (rule.kind()) {
            case WHOLE_NUMBER -> helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                    Integer.toString(rule.min()), Integer.toString(rule.max()));
            // Excel has no "number or text" rule, so a custom formula, relative to the range's top-left cell.
            // Both letters: the Cyrillic Х a Russian keyboard types and the Latin X that looks the same.
            case POINTS_OR_ABSENT -> helper.createCustomConstraint(
                    "OR(AND(ISNUMBER(" + topLeft + ")," + topLeft + "=INT(" + topLeft + ")," + topLeft + ">=" + rule.min()
                            + "," + topLeft + "<=" + rule.max() + ")," + topLeft + "=\"Х\"," + topLeft + "=\"X\")");
            case LIST -> helper.createExplicitListConstraint(rule.options().toArray(String[]::new));
            case DATE -> helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                    excelDate(java.time.LocalDate.ofEpochDay(rule.min())), excelDate(java.time.LocalDate.ofEpochDay(rule.max())),
                    null);
        };
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(firstRow, lastRow, firstColumn, lastColumn));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(rule.errorTitle(), rule.errorText());
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
        return this;
    }

    /** A date as an Excel formula, independent of the user's locale. */
    private static String excelDate(java.time.LocalDate date) {
        return "=DATE(" + date.getYear() + "," + date.getMonthValue() + "," + date.getDayOfMonth() + ")";
    }

    /** Hides the sheet; users can show it again from Excel's "Unhide" menu. */
    public XlsxSheet hide() {
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.HIDDEN);
        return this;
    }

    /** Hides the sheet so that Excel's "Unhide" menu does not list it (for metadata the form carries). */
    public XlsxSheet hideCompletely() {
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
        return this;
    }

    /** Protects the sheet against editing; the password only deters, Excel's sheet protection is weak. */
    public XlsxSheet protect(String password) {
        sheet.protectSheet(password);
        return this;
    }

    /** Called by the book just before writing: things that depend on the final size of the table. */
    void finish() {
        for (int row : titleRows) {
            if (lastColumn > 0) {
                sheet.addMergedRegion(new CellRangeAddress(row, row, 0, lastColumn));
            }
        }
        if (autoFilter) {
            sheet.setAutoFilter(new CellRangeAddress(headerLastRow, Math.max(headerLastRow, nextRow - 1), 0,
                    Math.max(0, lastColumn)));
        }
    }

    /** Roughly how many lines a wrapped text takes in the given columns. */
    private int lines(String text, int firstColumn, int lastColumn) {
        double width = 0;
        for (int c = firstColumn; c <= lastColumn; c++) {
            width += c < widths.length ? widths[c] : DEFAULT_WIDTH;
        }
        // Widths count the digit "0"; Cyrillic letters and bold headers are wider, and words wrap whole.
        int chars = Math.max(1, (int) Math.floor(width * 0.85));
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (paragraph.length() + chars - 1) / chars);
        }
        return lines;
    }
}
