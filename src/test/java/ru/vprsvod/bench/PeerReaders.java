package ru.vprsvod.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The peers of the ingest benchmark: the same files merely read — every cell of every sheet visited, numbers
 * parsed, shared strings resolved — and nothing else (no checks, no storage). What each reader does is the
 * least a program has to do to get at the values, so the product's full path is compared with a floor.
 */
public final class PeerReaders {

    /** What was read, so the JIT cannot drop the reading and runs can be compared. */
    public record Tally(long cells, long texts, double sum) {
        Tally plus(Tally o) {
            return new Tally(cells + o.cells, texts + o.texts, sum + o.sum);
        }

        static final Tally ZERO = new Tally(0, 0, 0);
    }

    private PeerReaders() {
    }

    /** dhatim fastexcel-reader, as the product itself uses it (streaming rows, values typed by the cell). */
    public static Tally fastexcel(Path file) {
        long cells = 0;
        long texts = 0;
        double sum = 0;
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            for (org.dhatim.fastexcel.reader.Sheet sheet : (Iterable<org.dhatim.fastexcel.reader.Sheet>) wb.getSheets()::iterator) {
                try (Stream<Row> rows = sheet.openStream()) {
                    Iterator<Row> it = rows.iterator();
                    while (it.hasNext()) {
                        for (org.dhatim.fastexcel.reader.Cell cell : it.next()) {
                            if (cell == null) {
                                continue;
                            }
                            cells++;
                            Object v = cell.getValue();
                            if (v instanceof BigDecimal n) {
                                sum += n.doubleValue();
                            } else if (v instanceof String s) {
                                texts += s.length();
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Tally(cells, texts, sum);
    }

    /**
     * POI's streaming reader: {@code XSSFReader} over the package, the shared strings in a
     * {@code ReadOnlySharedStringsTable}, and a SAX handler that takes each cell's raw value (no
     * {@code DataFormatter}, which would make POI several times slower still — see the notes' §1.3).
     */
    public static Tally poiStreaming(Path file) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            XMLReader xml = factory.newSAXParser().getXMLReader();
            Handler handler = new Handler(strings);
            xml.setContentHandler(handler);
            Iterator<InputStream> sheets = reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    xml.parse(new InputSource(in));
                }
            }
            return handler.tally();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("POI could not read " + file, e);
        }
    }

    private static final class Handler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final StringBuilder value = new StringBuilder();
        private boolean inValue;
        private String type;
        private long cells;
        private long texts;
        private double sum;

        Handler(ReadOnlySharedStringsTable strings) {
            this.strings = strings;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (localName.equals("c")) {
                type = attributes.getValue("t");
            } else if (localName.equals("v") || localName.equals("t")) {
                inValue = true;
                value.setLength(0);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (!inValue || !(localName.equals("v") || localName.equals("t"))) {
                return;
            }
            inValue = false;
            cells++;
            if ("s".equals(type)) {
                texts += strings.getItemAt(Integer.parseInt(value.toString())).getString().length();
            } else if ("inlineStr".equals(type) || "str".equals(type)) {
                texts += value.length();
            } else if (type == null || "n".equals(type)) {
                sum += Double.parseDouble(value.toString());
            }
        }

        Tally tally() {
            return new Tally(cells, texts, sum);
        }
    }

    /** Reads every file with one reader; the sum of the tallies. */
    public static Tally readAll(Iterable<Path> files, java.util.function.Function<Path, Tally> reader) {
        Tally total = Tally.ZERO;
        for (Path f : files) {
            total = total.plus(reader.apply(f));
        }
        return total;
    }
}
