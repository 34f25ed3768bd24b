package ru.vprsvod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.vprsvod.testing.Xlsx.row;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.MutableClock;
import ru.vprsvod.testing.Protocol;
import ru.vprsvod.testing.ReferenceWorkbook;
import ru.vprsvod.testing.Xlsx;

/** A federal list dropped into the inbox is recognised by its header, stored with a receipt, and becomes sign F. */
class FederalListIntakeTest {

    @TempDir
    Path dir;

    @Test
    void aFederalListInTheInboxIsImportedAndMakesSignF() throws Exception {
        Path inbox = dir.resolve("inbox");
        for (String folder : List.of("outbox", "data", "templates")) {
            Files.createDirectories(dir.resolve(folder));
        }
        ReferenceWorkbook.example().write(dir.resolve("справочник.xlsx"));
        Protocol.math4().pupilScoring(40001, "4А", 5, 12).write(inbox.resolve("edu990002_Математика_4_2026.xlsx"));
        new Xlsx().sheet("Лист1", List.of(
                row("Перечень ОО с признаками необъективных результатов"),
                row("Год", "Логин", "Муниципалитет", "ОО", "4 РУ", "4 МА", "5 РУ", "5 МА", "Количество маркеров"),
                row(2025, "edu990002", "Энский район", "Лицей № 2", 1, null, null, 1, 2),
                row(2025, "edu050999", "Другой район", "СОШ", null, 1, null, null, 1)))
                .write(inbox.resolve("bias.xlsx"));

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        assertEquals(0, Main.run(List.of("process", "--inbox", inbox.toString(), "--outbox", dir.resolve("outbox").toString(),
                "--reference", dir.resolve("справочник.xlsx").toString(), "--templates", dir.resolve("templates").toString(),
                "--data", dir.resolve("data").toString(), "--pdf", "нет"), new PrintStream(printed, true, StandardCharsets.UTF_8),
                MutableClock.spring2026()));

        String receipt;
        try (Stream<Path> files = Files.list(dir.resolve("outbox").resolve("_управление образования"))) {
            Path p = files.findFirst().orElseThrow();
            receipt = new String(Files.readAllBytes(p), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
        assertTrue(receipt.contains("Результат: ПРИНЯТ С ЗАМЕЧАНИЯМИ"), receipt);
        assertTrue(receipt.contains("Вид:       федеральный перечень ОО с признаками необъективности результатов ВПР"), receipt);
        assertTrue(receipt.contains("Принятые данные: перечень за 2025 год — 2 строки, из них школ района: 1."), receipt);
        assertTrue(receipt.contains("  • 2025: МБОУ «Лицей № 2 г. Энска» (edu990002) — маркеров: 2 (Русский язык, 4 класс;"
                + " Математика, 5 класс)"), receipt);
        assertTrue(receipt.contains("1 из 2 строк списка относятся к школам, которых нет в справочнике"), receipt);

        JsonNode report = new ObjectMapper().readTree(dir.resolve("outbox").resolve("report.json").toFile());
        JsonNode lyceum = report.get("objectivity").get("years").get(0).get("schools").get(0);
        assertEquals("edu990002", lyceum.get("login").asText());
        assertEquals("F.federal", lyceum.get("flags").get(0).get("kind").asText());
        assertTrue(lyceum.get("flags").get(0).get("details").get(0).asText().contains("источник перечня: файл «bias.xlsx», лист"
                + " «Лист1», строка 3"), lyceum.toString());
        assertTrue(lyceum.get("riskGroup").asBoolean());
        assertEquals("edu990002", report.get("objectivity").get("recheck").get("works").get(0).get("login").asText());
    }
}
