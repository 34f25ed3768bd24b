package ru.vprsvod.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes real workbooks for tests: sheets of rows of plain values (String, Number, Boolean, null = blank,
 * {@link Formula} for a formula cell). Written with POI, as Excel-compatible files.
 */
public final class Xlsx {

    /** A formula cell; POI writes it without a cached value unless evaluated. */
    public record Formula(String formula) {
    }

    private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    private final List<String> hidden = new ArrayList<>();

    public Xlsx sheet(String name, List<List<Object>> rows) {
        sheets.put(name, rows);
        return this;
    }

    public Xlsx hidden(String name) {
        hidden.add(name);
        return this;
    }

    public Path write(Path file) {
        if (file.toString().endsWith(".ods")) {
            return writeOds(file);
        }
        try (Workbook wb = file.toString().endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook()) {
            for (Map.Entry<String, List<List<Object>>> e : sheets.entrySet()) {
                Sheet sheet = wb.createSheet(e.getKey());
                int r = 0;
                for (List<Object> values : e.getValue()) {
                    Row row = sheet.createRow(r++);
                    int c = 0;
                    for (Object v : values) {
                        set(row.createCell(c++), v);
                    }
                }
                if (hidden.contains(e.getKey())) {
                    wb.setSheetHidden(wb.getSheetIndex(sheet), true);
                }
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A LibreOffice Calc file as Calc writes it: «mimetype» stored first, a manifest, content.xml. */
    private Path writeOds(Path file) {
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, List<List<Object>>> e : sheets.entrySet()) {
            body.append("<table:table table:name=\"").append(xml(e.getKey())).append("\">");
            for (List<Object> values : e.getValue()) {
                body.append("<table:table-row>");
                for (Object v : values) {
                    if (v == null) {
                        body.append("<table:table-cell/>");
                    } else if (v instanceof Number n) {
                        body.append("<table:table-cell office:value-type=\"float\" office:value=\"").append(n)
                                .append("\"><text:p>").append(n).append("</text:p></table:table-cell>");
                    } else {
                        body.append("<table:table-cell office:value-type=\"string\"><text:p>").append(xml(v.toString()))
                                .append("</text:p></table:table-cell>");
                    }
                }
                body.append("</table:table-row>");
            }
            body.append("</table:table>");
        }
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:spreadsheet>" + body + "</office:spreadsheet></office:body></office:document-content>";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
                + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>";
        byte[] mimetype = "application/vnd.oasis.opendocument.spreadsheet".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
                java.util.zip.ZipEntry first = new java.util.zip.ZipEntry("mimetype");
                first.setMethod(java.util.zip.ZipEntry.STORED);
                first.setSize(mimetype.length);
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(mimetype);
                first.setCrc(crc.getValue());
                zip.putNextEntry(first);
                zip.write(mimetype);
                zip.closeEntry();
                zip.putNextEntry(new java.util.zip.ZipEntry("META-INF/manifest.xml"));
                zip.write(manifest.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
                zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
                zip.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void set(Cell cell, Object v) {
        if (v == null) {
            cell.setBlank();
        } else if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (v instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (v instanceof Formula f) {
            cell.setCellFormula(f.formula());
        } else {
            cell.setCellValue(v.toString());
        }
    }

    /** A row of values. */
    public static List<Object> row(Object... values) {
        List<Object> row = new ArrayList<>();
        for (Object v : values) {
            row.add(v);
        }
        return row;
    }
}
