package ru.vprsvod.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Workbook;

/** Builds real files for the reading tests, in the test's temporary folder. */
final class Fixtures {

    interface WorkbookFiller<W extends Workbook> {
        void fill(W workbook) throws IOException;
    }

    private Fixtures() {
    }

    /** Writes a POI workbook (XSSF, SXSSF or HSSF) and closes it. */
    static <W extends Workbook> Path write(Path file, W workbook, WorkbookFiller<W> filler) {
        try (W wb = workbook; OutputStream out = Files.newOutputStream(file)) {
            filler.fill(wb);
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Entries of a zip in the order given; a value of type byte[] or String (written as UTF-8). */
    static Map<String, Object> entries(Object... nameThenContent) {
        Map<String, Object> entries = new LinkedHashMap<>();
        for (int i = 0; i < nameThenContent.length; i += 2) {
            entries.put((String) nameThenContent[i], nameThenContent[i + 1]);
        }
        return entries;
    }

    /**
     * A zip written with commons-compress, which (unlike java.util.zip) also writes duplicate names: a name
     * ending in "#dup" is written without that suffix, next to the entry of the same name.
     */
    static Path zip(Path file, Map<String, Object> entries) {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            for (Map.Entry<String, Object> e : entries.entrySet()) {
                String name = e.getKey().replaceFirst("#dup\\d*$", "");
                byte[] bytes = e.getValue() instanceof byte[] b ? b : ((String) e.getValue()).getBytes(StandardCharsets.UTF_8);
                ZipArchiveEntry entry = new ZipArchiveEntry(name);
                if (name.equals("mimetype")) {
                    // ODF requires the mimetype first and stored, so it can be read at a fixed offset.
                    entry.setMethod(ZipArchiveEntry.STORED);
                    entry.setSize(bytes.length);
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    entry.setCrc(crc.getValue());
                }
                zip.putArchiveEntry(entry);
                zip.write(bytes);
                zip.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** An .ods whose content.xml holds the given office:spreadsheet body (and optional automatic styles). */
    static Path ods(Path file, String automaticStyles, String spreadsheetBody) {
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
                xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
                xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" \
                xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.3">
                <office:automatic-styles>STYLES</office:automatic-styles>
                <office:body><office:spreadsheet>BODY</office:spreadsheet></office:body>
                </office:document-content>
                """.replace("STYLES", automaticStyles).replace("BODY", spreadsheetBody);
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
                 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
                 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """;
        return zip(file, entries(
                "mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                "content.xml", content,
                "META-INF/manifest.xml", manifest));
    }

    /** The smallest package fastexcel reads: one sheet with the given sheetData, optional shared strings. */
    static Path xlsx(Path file, String sheetData, String sharedStrings) {
        return zip(file, xlsxEntries(SPREADSHEETML_MAIN, sheetWith(sheetData), sharedStrings));
    }

    static final String SPREADSHEETML_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    static String sheetWith(String sheetData) {
        return "<worksheet xmlns=\"" + SPREADSHEETML_MAIN + "\"><sheetData>" + sheetData + "</sheetData></worksheet>";
    }

    static Map<String, Object> xlsxEntries(String namespace, String sheetXml, String sharedStrings) {
        String contentTypes = """
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                 <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                 <Default Extension="xml" ContentType="application/xml"/>
                 <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                 <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                 <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
                </Types>
                """;
        String workbook = """
                <workbook xmlns="NS" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                 <sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets>
                </workbook>
                """.replace("NS", namespace);
        String rels = """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                 <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                </Relationships>
                """;
        Map<String, Object> entries = entries(
                "[Content_Types].xml", contentTypes,
                "xl/workbook.xml", workbook,
                "xl/_rels/workbook.xml.rels", rels,
                "xl/worksheets/sheet1.xml", sheetXml);
        if (sharedStrings != null) {
            entries.put("xl/sharedStrings.xml", "<sst xmlns=\"" + SPREADSHEETML_MAIN + "\">" + sharedStrings + "</sst>");
        }
        return entries;
    }

    static Path text(Path file, String text) {
        try {
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path bytes(Path file, byte[] bytes) {
        try {
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook of an Opened reading; fails with the reason otherwise. */
    static ru.vprsvod.workbook.Workbook open(Path file) {
        return open(file, ReadLimits.defaults());
    }

    static ru.vprsvod.workbook.Workbook open(Path file, ReadLimits limits) {
        WorkbookReading reading = Workbooks.read(file, limits);
        if (reading instanceof WorkbookReading.Unreadable u) {
            throw new AssertionError("expected the file to open, got: " + u.reason());
        }
        return ((WorkbookReading.Opened) reading).workbook();
    }

    /** The reason of an Unreadable reading; fails when the file opened. */
    static String reason(Path file) {
        return reason(file, ReadLimits.defaults());
    }

    static String reason(Path file, ReadLimits limits) {
        WorkbookReading reading = Workbooks.read(file, limits);
        assertInstanceOf(WorkbookReading.Unreadable.class, reading, "expected the file to be rejected");
        return ((WorkbookReading.Unreadable) reading).reason();
    }

    static void assertCell(Sheet sheet, String address, CellKind kind, String text) {
        Cell cell = find(sheet, address);
        assertEquals(kind, cell.kind(), address + " kind");
        assertEquals(text, cell.text(), address + " text");
    }

    static void assertNumber(Sheet sheet, String address, double value, String text) {
        Cell cell = find(sheet, address);
        assertEquals(CellKind.NUMBER, cell.kind(), address + " kind");
        assertEquals(value, cell.number(), 0.0, address + " number");
        assertEquals(text, cell.text(), address + " text");
    }

    static Cell find(Sheet sheet, String address) {
        for (SheetRow row : sheet.rows()) {
            for (Cell cell : row.cells()) {
                if (cell.address().equals(address)) {
                    return cell;
                }
            }
        }
        throw new AssertionError("no cell at " + address + " on sheet " + sheet.name());
    }

    /** Every cell of a sheet as "A1=TEXT:value" lines, for whole-sheet comparisons. */
    static String dump(Sheet sheet) {
        StringBuilder out = new StringBuilder();
        for (SheetRow row : sheet.rows()) {
            for (Cell cell : row.cells()) {
                out.append(cell.address()).append('=').append(cell.kind()).append(':').append(cell.text()).append('\n');
            }
        }
        return out.toString();
    }
}
