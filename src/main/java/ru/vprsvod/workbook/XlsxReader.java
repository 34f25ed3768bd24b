package ru.vprsvod.workbook;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * .xlsx/.xlsm through fastexcel-reader, streaming row by row. Call only after {@link ZipPreflight} passed:
 * fastexcel has no zip-bomb protection of its own.
 */
final class XlsxReader {

    /** Error values Excel stores; a formula's cached string result cannot otherwise be told from an error. */
    private static final Set<String> ERROR_CODES = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?",
            "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!",
            "#UNKNOWN!", "#BUSY!", "#PYTHON!");

    private XlsxReader() {
    }

    static Workbook read(Path file, FileFormat format, ReadLimits limits) throws IOException {
        CellCollector collector = new CellCollector(limits);
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            List<org.dhatim.fastexcel.reader.Sheet> sheets = workbook.getSheets().collect(Collectors.toList());
            for (org.dhatim.fastexcel.reader.Sheet sheet : sheets) {
                collector.beginSheet(sheet.getName(), sheet.getVisibility() != SheetVisibility.VISIBLE);
                try (Stream<Row> rows = sheet.openStream()) {
                    Iterator<Row> it = rows.iterator();
                    while (it.hasNext()) {
                        for (org.dhatim.fastexcel.reader.Cell cell : it.next()) {
                            if (cell != null) {
                                add(collector, cell);
                            }
                        }
                    }
                }
                collector.endSheet();
            }
        }
        return collector.finish(format);
    }

    private static void add(CellCollector collector, org.dhatim.fastexcel.reader.Cell cell) {
        long row = cell.getAddress().getRow();
        long column = cell.getAddress().getColumn();
        Object value = cell.getValue();
        switch (cell.getType()) {
            case NUMBER -> collector.number(row, column, ((BigDecimal) value).doubleValue(), cell.getRawValue());
            case STRING -> collector.text(row, column, value == null ? "" : unescape((String) value));
            case BOOLEAN -> collector.bool(row, column, (Boolean) value);
            case ERROR -> collector.error(row, column, value == null ? "" : (String) value);
            case FORMULA -> addFormula(collector, row, column, cell);
            case EMPTY -> { }
        }
    }

    /**
     * Decodes OOXML's {@code _xHHHH_} escapes (ECMA-376 ST_Xstring), which Excel uses for characters XML
     * cannot carry, such as a carriage return ({@code _x000D_}); a literal "_x" is itself escaped as
     * {@code _x005F_x}. fastexcel returns strings undecoded.
     */
    static String unescape(String text) {
        int at = text.indexOf("_x");
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (; at >= 0; at = text.indexOf("_x", from)) {
            if (at + 7 <= text.length() && text.charAt(at + 6) == '_' && isHex(text, at + 2, at + 6)) {
                out.append(text, from, at).append((char) Integer.parseInt(text.substring(at + 2, at + 6), 16));
                from = at + 7;
            } else {
                out.append(text, from, at + 2);
                from = at + 2;
            }
        }
        return out.append(text, from, text.length()).toString();
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A formula counts as its cached result. fastexcel parses the cached {@code <v>} by the cell's {@code t}
     * attribute, so the value's Java type tells a number or boolean; an error and a string result both
     * arrive as strings, and a string that spells an Excel error code is taken for the error.
     */
    private static void addFormula(CellCollector collector, long row, long column, org.dhatim.fastexcel.reader.Cell cell) {
        Object value = cell.getValue();
        if (value instanceof BigDecimal number) {
            collector.number(row, column, number.doubleValue(), cell.getRawValue());
        } else if (value instanceof Boolean bool) {
            collector.bool(row, column, bool);
        } else if (value instanceof String text) {
            if (ERROR_CODES.contains(text)) {
                collector.error(row, column, text);
            } else {
                collector.text(row, column, unescape(text));
            }
        } else if (cell.getRawValue() == null && cell.getFormula() != null && !cell.getFormula().isEmpty()) {
            // No <v> at all: never calculated. An empty <v></v> is a cached empty string, i.e. a blank cell.
            collector.formulaWithoutValue(row, column, "=" + cell.getFormula());
        }
    }
}
