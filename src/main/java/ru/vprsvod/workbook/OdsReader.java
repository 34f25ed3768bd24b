package ru.vprsvod.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * .ods through a small streaming StAX reader of {@code content.xml}. Call only after {@link ZipPreflight}.
 *
 * <p>LibreOffice compresses runs of equal rows and cells with {@code table:number-rows-repeated} and
 * {@code table:number-columns-repeated}, and ends every sheet with about a million repeated empty rows. Empty
 * runs only move the position forward; runs that hold a value are expanded cell by cell, so the
 * {@link CellCollector} limits stop them early.
 *
 * <p>Values: float, percentage and currency cells give their {@code office:value} (25 % is 0.25, as in
 * Excel); date and time cells give their ISO value as text ({@code 2024-05-12}, {@code PT08H30M00S}), since
 * the form holds no dates we compute with; formula cells give their cached value; a formula without any
 * value type was never calculated. Text is the cell's paragraphs joined by "\n", with {@code text:s},
 * {@code text:tab} and {@code text:line-break} expanded; comments (office:annotation) and drawings are not text.
 */
final class OdsReader {

    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String CALCEXT = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";

    /** Longer than any cell a results form holds; bounds what text:s can blow up per cell. */
    static final int MAX_CELL_TEXT = 100_000;
    /** Spaces text:s may add in the whole file: 25 bytes of XML can ask for 100 000 of them. */
    private static final long MAX_EXPANDED_SPACES = 10_000_000;

    private final XMLStreamReader xml;
    private final CellCollector collector;
    private final Set<String> hiddenTableStyles = new HashSet<>();
    private long expandedSpaces;

    private OdsReader(XMLStreamReader xml, CellCollector collector) {
        this.xml = xml;
        this.collector = collector;
    }

    static Workbook read(Path file, ReadLimits limits) throws IOException, XMLStreamException {
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            ZipArchiveEntry content = zip.getEntry("content.xml");
            if (content == null) {
                throw new Rejected(Messages.corrupt(FileFormat.ODS));
            }
            try (InputStream in = zip.getInputStream(content)) {
                XMLStreamReader xml = SecureXml.reader(in);
                CellCollector collector = new CellCollector(limits);
                new OdsReader(xml, collector).readDocument();
                xml.close();
                return collector.finish(FileFormat.ODS);
            }
        }
    }

    private void readDocument() throws XMLStreamException {
        while (xml.hasNext()) {
            if (SecureXml.next(xml) != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (is(STYLE, "style") && "table".equals(xml.getAttributeValue(STYLE, "family"))) {
                readTableStyle();
            } else if (is(TABLE, "table")) {
                readTable();
            }
        }
    }

    /** Automatic styles precede the body, so hidden sheets are known before their tables arrive. */
    private void readTableStyle() throws XMLStreamException {
        String name = xml.getAttributeValue(STYLE, "name");
        int depth = 1;
        while (depth > 0) {
            int event = SecureXml.next(xml);
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (is(STYLE, "table-properties") && "false".equals(xml.getAttributeValue(TABLE, "display"))) {
                    hiddenTableStyles.add(name);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private void readTable() throws XMLStreamException {
        collector.beginSheet(xml.getAttributeValue(TABLE, "name"),
                hiddenTableStyles.contains(xml.getAttributeValue(TABLE, "style-name")));
        long row = 0;
        while (true) {
            int event = SecureXml.next(xml);
            if (event == XMLStreamConstants.END_ELEMENT && is(TABLE, "table")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (is(TABLE, "table-row")) {
                row += readRow(row);
            } else if (!(is(TABLE, "table-header-rows") || is(TABLE, "table-rows") || is(TABLE, "table-row-group"))) {
                // Columns, shapes, forms, named ranges: nothing with cell values. Row groups are descended into.
                SecureXml.skipElement(xml);
            }
        }
        collector.endSheet();
    }

    /** Reads one table-row element and returns how many rows it stands for. */
    private long readRow(long row) throws XMLStreamException {
        long repeats = repeat(xml.getAttributeValue(TABLE, "number-rows-repeated"));
        List<Run> runs = new ArrayList<>();
        long column = 0;
        while (true) {
            int event = SecureXml.next(xml);
            if (event == XMLStreamConstants.END_ELEMENT && is(TABLE, "table-row")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (is(TABLE, "table-cell") || is(TABLE, "covered-table-cell")) {
                long span = repeat(xml.getAttributeValue(TABLE, "number-columns-repeated"));
                Value value = readCell(row, column);
                if (value != null) {
                    runs.add(new Run(column, span, value));
                }
                column += span;
            } else {
                SecureXml.skipElement(xml);
            }
        }
        for (long r = row; !runs.isEmpty() && r < row + repeats; r++) {
            for (Run run : runs) {
                for (long c = run.column; c < run.column + run.span; c++) {
                    run.value.addTo(collector, r, c);
                }
            }
        }
        return repeats;
    }

    /** The value of the cell element the reader stands on, or null when it is blank; consumes the element. */
    private Value readCell(long row, long column) throws XMLStreamException {
        String type = xml.getAttributeValue(OFFICE, "value-type");
        String calcType = xml.getAttributeValue(CALCEXT, "value-type");
        String value = xml.getAttributeValue(OFFICE, "value");
        String bool = xml.getAttributeValue(OFFICE, "boolean-value");
        String date = xml.getAttributeValue(OFFICE, "date-value");
        String time = xml.getAttributeValue(OFFICE, "time-value");
        String string = xml.getAttributeValue(OFFICE, "string-value");
        String formula = xml.getAttributeValue(TABLE, "formula");
        String text = readCellText(row, column);

        if ("error".equals(calcType)) {
            return new Value(CellKind.ERROR, text, 0);
        }
        if (type == null) {
            if (formula != null) {
                return new Value(CellKind.FORMULA_WITHOUT_VALUE, formula.startsWith("of:") ? formula.substring(3) : formula, 0);
            }
            return text.isEmpty() ? null : new Value(CellKind.TEXT, text, 0);
        }
        switch (type) {
            case "float", "percentage", "currency" -> {
                Double number = parseNumber(value);
                if (number != null) {
                    return new Value(CellKind.NUMBER, value, number);
                }
                return text.isEmpty() ? null : new Value(CellKind.TEXT, text, 0);
            }
            case "boolean" -> {
                return new Value(CellKind.BOOLEAN, "", "true".equals(bool) || "1".equals(bool) ? 1 : 0);
            }
            case "date" -> {
                return date == null ? null : new Value(CellKind.TEXT, date, 0);
            }
            case "time" -> {
                return time == null ? null : new Value(CellKind.TEXT, time, 0);
            }
            default -> {
                String s = string != null ? string : text;
                return s.isEmpty() ? null : new Value(CellKind.TEXT, s, 0);
            }
        }
    }

    /** The paragraphs of the current cell joined by "\n"; consumes the cell element. */
    private String readCellText(long row, long column) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        boolean first = true;
        while (true) {
            int event = SecureXml.next(xml);
            if (event == XMLStreamConstants.END_ELEMENT) {
                return text.toString();
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (is(TEXT, "p") || is(TEXT, "h")) {
                if (!first) {
                    text.append('\n');
                }
                first = false;
                readParagraph(text, row, column);
            } else {
                // Comments, drawings, sub-tables: not the cell's value.
                SecureXml.skipElement(xml);
            }
        }
    }

    private void readParagraph(StringBuilder text, long row, long column) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = SecureXml.next(xml);
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                if (is(TEXT, "s")) {
                    long spaces = repeat(xml.getAttributeValue(TEXT, "c"));
                    if (text.length() + spaces > MAX_CELL_TEXT) {
                        throw new Rejected(Messages.tooLongText(collector.sheetName(), row, column, MAX_CELL_TEXT));
                    }
                    expandedSpaces += spaces;
                    if (expandedSpaces > MAX_EXPANDED_SPACES) {
                        throw new Rejected(Messages.corrupt(FileFormat.ODS));
                    }
                    text.append(" ".repeat((int) spaces));
                    depth++;
                } else if (is(TEXT, "tab")) {
                    text.append('\t');
                    depth++;
                } else if (is(TEXT, "line-break")) {
                    text.append('\n');
                    depth++;
                } else if (is(OFFICE, "annotation") || is(TEXT, "note") || is(TEXT, "ruby-text")
                        || !TEXT.equals(xml.getNamespaceURI())) {
                    SecureXml.skipElement(xml);
                } else {
                    depth++; // span, a, meta …: their text is the cell's text
                }
            }
            if (text.length() > MAX_CELL_TEXT) {
                throw new Rejected(Messages.tooLongText(collector.sheetName(), row, column, MAX_CELL_TEXT));
            }
        }
    }

    private boolean is(String namespace, String localName) {
        return localName.equals(xml.getLocalName()) && namespace.equals(xml.getNamespaceURI());
    }

    private static Double parseNumber(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A repeat count: at least 1, and clamped so that sums of counts cannot overflow a long. */
    private static long repeat(String attribute) {
        if (attribute == null) {
            return 1;
        }
        try {
            long n = Long.parseLong(attribute.strip());
            return Math.max(1, Math.min(n, Integer.MAX_VALUE));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Cells of one row that share a value, from column to column + span - 1. */
    private record Run(long column, long span, Value value) {
    }

    /** A decoded cell value, placed once per repeated position. */
    private record Value(CellKind kind, String text, double number) {
        void addTo(CellCollector collector, long row, long column) {
            switch (kind) {
                case NUMBER -> collector.number(row, column, number, text);
                case BOOLEAN -> collector.bool(row, column, number != 0);
                case ERROR -> collector.error(row, column, text);
                case FORMULA_WITHOUT_VALUE -> collector.formulaWithoutValue(row, column, text);
                case TEXT -> collector.text(row, column, text);
            }
        }
    }
}
