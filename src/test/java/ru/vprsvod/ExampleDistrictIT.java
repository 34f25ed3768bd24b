package ru.vprsvod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.UserFolder;

/**
 * The README's «Попробовать на примере», step by step on a fresh copy: the shipped example district dropped into the
 * inbox and processed, then the school's corrected file. What the README says comes out does: receipts for every
 * file (the broken one rejected with both its mistakes located), the consolidated tables, the documents with their
 * PDF copies where LibreOffice is installed (none were made with the default, relative data folder before), the
 * road map of the school in the risk group; then the resubmission replacing the earlier data.
 */
class ExampleDistrictIT {

    private static final Map<String, String> UTF8 = Map.of("LC_ALL", "C.UTF-8");

    @TempDir
    Path dir;

    @Test
    void theExampleDistrictGoesThroughAsTheReadmeSays() throws Exception {
        UserFolder user = UserFolder.project(dir);
        PathUtils.copyDirectory(Path.of("examples", "district"), user.path("inbox"));

        UserFolder.Finished first = user.run(UTF8, "process");

        assertEquals(0, first.exitCode(), first.output());
        assertTrue(first.output().contains("Обработано файлов: 25 (принято: 24, принято с замечаниями: 0, отклонено: 1,"
                + " повторных: 0)."), first.output());
        String rejected = receipt(user.path("outbox/edu990003"), "edu990003_Русский язык_4_2026.xlsx");
        assertTrue(rejected.contains("Результат: ОТКЛОНЁН"), rejected);
        assertTrue(rejected.contains("1. Лист «Протокол», ячейка Q2: отметка по журналу должна быть от 2 до 5. Найдено: «7»."), rejected);
        assertTrue(rejected.contains("2. Лист «Протокол», ячейка C3: балл за задание 1 больше максимального (2). Найдено: «3»."), rejected);
        List<String> outbox = names(user.path("outbox"));
        for (String made : List.of("report.json", "Сводная таблица ВПР 2026.xlsx", "Сводная таблица ВПР 2025.xlsx",
                "Аналитическая справка ВПР 2026.docx", "Распоряжение об организации и проведении ВПР 2026.docx",
                "Приказ об утверждении дорожной карты по объективности ВПР 2026.docx")) {
            assertTrue(outbox.contains(made), made + " in " + outbox);
        }
        assertTrue(Files.exists(user.path("outbox/edu990001/Дорожная карта по объективности ВПР 2026 (проект).docx")),
                "the school with kind journal marks is in the risk group");
        if (!outbox.contains("PDF не формируются.txt")) {
            assertTrue(outbox.contains("Аналитическая справка ВПР 2026.pdf"), "LibreOffice is installed: " + outbox);
            assertTrue(outbox.stream().noneMatch(n -> n.endsWith("PDF не сформирован.txt")), outbox.toString());
        }

        PathUtils.copyDirectory(Path.of("examples", "resubmission"), user.path("inbox"));
        UserFolder.Finished second = user.run(UTF8, "process", "--pdf", "нет");

        assertEquals(0, second.exitCode(), second.output());
        assertTrue(second.output().contains("Обработано файлов: 1 (принято: 1,"), second.output());
        String replaced = receipt(user.path("outbox/edu990004"), "№ 26 — edu990004_Математика_4_2026.xlsx");
        assertTrue(replaced.contains("Заменяют данные файла «edu990004_Математика_4_2026.xlsx», принятого "), replaced);
    }

    private static String receipt(Path folder, String ending) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            Path receipt = files.filter(p -> p.getFileName().toString().endsWith(ending + ".txt")).findFirst().orElseThrow();
            return Files.readString(receipt, StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
