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
