package ru.vprsvod.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example district shipped in examples/ is exactly what {@link ExampleDistrict} writes, cell for cell: it is
 * always the one command away from being rebuilt, and it fits the example reference as the generator makes it.
 */
class ShippedExampleTest {

    @Test
    void theShippedExampleDistrictIsTheBuildersOutput(@TempDir Path dir) throws IOException {
        ExampleDistrict.write(dir);
        List<Path> fresh = files(dir);
        List<Path> shipped = files(Path.of("examples"));
        assertEquals(fresh, shipped, "the same files: regenerate examples/ (README, «Developers»)");
        for (Path file : fresh) {
            assertEquals(cells(dir.resolve(file)), cells(Path.of("examples").resolve(file)), file
                    + " differs from what ExampleDistrict writes: regenerate examples/ (README, «Developers»)");
        }
    }

    /** The workbooks under a folder, relative to it. */
    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.toString().endsWith(".xlsx")).map(root::relativize).sorted().toList();
        }
    }

    /** Every sheet's cells as shown (POI writes a new creation time into each file, so bytes cannot be compared). */
    private static String cells(Path file) throws IOException {
        StringBuilder b = new StringBuilder();
        DataFormatter shown = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                b.append("# ").append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    row.forEach(cell -> b.append(cell.getAddress()).append('=').append(shown.formatCellValue(cell)).append('\t'));
                    b.append('\n');
                }
            }
        }
        return b.toString();
    }
}
