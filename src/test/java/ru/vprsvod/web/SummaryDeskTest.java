package ru.vprsvod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.Protocol;

/** «Сводка»: the filter of what is owed, the list of schools that owe work, and the matrix as an .xlsx. */
class SummaryDeskTest {

    @Test
    void theCoordinatorFiltersTheMatrixToWhatIsOwedAndDownloadsIt(@TempDir Path dir) throws Exception {
        try (Desk desk = new Desk(dir)) {
            JavalinTest.test(desk.app.web(), (server, client) -> {
                Browser clerk = new Browser(server.port());
                clerk.signIn(Desk.SCHOOL_A, Desk.PASSWORD);
                clerk.get("/");
                assertEquals(200, clerk.multipart("/upload", Map.of(), List.of(new Browser.Part("files",
                        "edu990001_Математика_4_2026.xlsx", Uploading.xlsx(Protocol.math4().pupilScoring(40001, "4А", 5, 10))))).status());

                Browser coordinator = new Browser(server.port());
                coordinator.signIn(Desk.COORDINATOR, Desk.PASSWORD);
                Document all = coordinator.get("/").html();
                int schools = all.select("table.matrix tbody tr").size();
                assertTrue(schools >= 2, all.text());
                assertEquals("все школы", all.select("p.filter strong[aria-current]").text());
                Document owing = coordinator.get("/?year=2026&owing=1").html();
                assertEquals("только не сдано / отклонено", owing.select("p.filter strong[aria-current]").text());
                List<String> owingRows = owing.select("table.matrix tbody th.school").eachText();
                assertTrue(owingRows.size() <= schools);
                for (var row : owing.select("table.matrix tbody tr")) {
                    assertFalse(row.select("td.missing, td.rejected").isEmpty(), "every row shown owes something: " + row.text());
                }
                assertEquals(owingRows.size(), owing.select("table.owing tbody tr").size());
                assertEquals("col", owing.select("table.matrix thead th").first().attr("scope"));
                assertEquals("row", owing.select("table.matrix tbody th").first().attr("scope"));

                Browser.Response sheet = coordinator.get("/summary.xlsx?year=2026");
                assertEquals(200, sheet.status());
                try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(sheet.bytes()))) {
                    Sheet summary = book.getSheet("Сводка");
                    assertEquals("Сводка ВПР 2026: сдача работ школами", summary.getRow(0).getCell(0).getStringCellValue());
                    int cells = 0;
                    for (Row row : summary) {
                        for (var cell : row) {
                            assertTrue(cell.getCellType() != CellType.FORMULA, "never a formula: " + cell.getAddress());
                            cells++;
                        }
                    }
                    assertTrue(cells > schools, "the matrix is there");
                    assertEquals(owingRows.size() + 2, book.getSheet("Должны работы").getPhysicalNumberOfRows(),
                            "the title, the header and one row per school that owes");
                }
                assertEquals(403, clerk.get("/summary.xlsx").status());
            });
        }
    }
}
