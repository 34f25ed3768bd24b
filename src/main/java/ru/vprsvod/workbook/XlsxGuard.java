package ru.vprsvod.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Scans the XML parts of an .xlsx during the zip pre-flight for the few things fastexcel-reader 0.20.2 trusts
 * and pays for in memory or time before we ever see a cell (read in its {@code RowSpliterator}, {@code SST}
 * and {@code CellAddress}):
 * <ul>
 * <li>a cell reference such as {@code r="AAAAAAA1"}: fastexcel pads each row's cell list with nulls up to
 *     the column, so one such cell allocates gigabytes;</li>
 * <li>a shared-string index past the end of the string table: fastexcel pads the table with empty strings
 *     up to the index, so {@code <v>2000000000</v>} exhausts the heap;</li>
 * <li>array formulas: every formula-less cell is checked against every array range of its sheet, so
 *     thousands of array formulas times many cells never finish.</li>
 * </ul>
 * It inspects every part, not only the ones the content types call worksheets, because fastexcel follows
 * relationships wherever they point; like fastexcel it looks at cells only inside {@code sheetData}.
 * A part that is not XML (pictures) ends its scan at the first byte; the rest is still inflated and counted.
 */
final class XlsxGuard {

    private static final int EXCEL_MAX_COLUMNS = 16_384;
    /** Strict Open XML renames every namespace; fastexcel knows only the transitional ones. */
    private static final String STRICT_NAMESPACE = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    /** Cells × array ranges per sheet that fastexcel may compare; about a second of work at worst. */
    private static final long MAX_ARRAY_CHECKS = 200_000_000L;

    private final FileFormat format;
    private long sharedStrings;
    private long maxSharedIndex = -1;

    XlsxGuard(FileFormat format) {
        this.format = format;
    }

    /** Scans one part and consumes the stream to its end. */
    void scan(InputStream in) throws IOException {
        try {
            XMLStreamReader reader = SecureXml.reader(in);
            scan(reader);
            reader.close();
        } catch (XMLStreamException e) {
            // Not XML, or broken here: fastexcel would stop at this very point with the same parser.
        }
        in.transferTo(OutputStream.nullOutputStream());
    }

    private void scan(XMLStreamReader reader) throws XMLStreamException {
        int sheetDataDepth = 0;
        boolean sharedStringCell = false;
        long cells = 0;
        long arrayFormulas = 0;
        boolean root = true;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                // No OOXML part has a DOCTYPE; it can only be an entity-expansion attempt.
                throw new Rejected(Messages.corrupt(format));
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                if (reader.getLocalName().equals("sheetData")) {
                    sheetDataDepth--;
                } else if (reader.getLocalName().equals("c")) {
                    sharedStringCell = false;
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (root && STRICT_NAMESPACE.equals(reader.getNamespaceURI())) {
                throw new Rejected(Messages.STRICT_OPEN_XML);
            }
            root = false;
            String name = reader.getLocalName();
            if (name.equals("si")) {
                sharedStrings++;
            } else if (name.equals("sheetData")) {
                sheetDataDepth++;
            } else if (sheetDataDepth > 0) {
                if (name.equals("c")) {
                    cells++;
                    checkReference(reader.getAttributeValue(null, "r"));
                    sharedStringCell = "s".equals(reader.getAttributeValue(null, "t"));
                } else if (name.equals("v") && sharedStringCell) {
                    noteSharedIndex(text(reader));
                    sharedStringCell = false;
                } else if (name.equals("f") && "array".equals(reader.getAttributeValue(null, "t"))) {
                    arrayFormulas++;
                }
            }
        }
        if (arrayFormulas > 0 && cells * arrayFormulas > MAX_ARRAY_CHECKS) {
            throw new Rejected(Messages.tooManyArrayFormulas(arrayFormulas));
        }
    }

    /** Rejects a column beyond XFD; rows are harmless to fastexcel and are checked later by the limits. */
    private void checkReference(String reference) {
        if (reference == null) {
            return;
        }
        long column = 0;
        int letters = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c == '$') {
                continue;
            }
            if (c >= '0' && c <= '9') {
                break;
            }
            if (++letters > 3) {
                throw new Rejected(Messages.cellOutsideSheet(reference));
            }
            column = column * 26 + (Character.toUpperCase(c) - 'A' + 1);
        }
        if (column > EXCEL_MAX_COLUMNS) {
            throw new Rejected(Messages.cellOutsideSheet(reference));
        }
    }

    /**
     * The text of the current element, children included. Not {@code getElementText()}: it throws on a child
     * element, which would end the scan where fastexcel (which tolerates children) reads on unguarded.
     */
    private static String text(XMLStreamReader reader) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        for (int depth = 1; depth > 0; ) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(reader.getText());
            }
        }
        return text.toString();
    }

    private void noteSharedIndex(String text) {
        try {
            maxSharedIndex = Math.max(maxSharedIndex, Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            // fastexcel rejects it itself with a NumberFormatException, before any allocation.
        }
    }

    /** Called after every part was scanned. */
    void finish() {
        if (maxSharedIndex >= sharedStrings && maxSharedIndex > 0) {
            throw new Rejected(Messages.missingSharedString(maxSharedIndex, sharedStrings));
        }
    }
}
