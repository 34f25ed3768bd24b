package ru.vprsvod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.UserFolder;

/**
 * A first run through the jar. Started from the wrong folder, without a reference, the program used to say only
 * «ВПР-Свод работает» (and an English warning every 5 s); it says so once and loudly on the console and on every
 * coordinator's page.
 */
class FirstRunIT {

    private static final Map<String, String> UTF8 = Map.of("LC_ALL", "C.UTF-8");
    private static final String PASSWORD = "координатор района с паролем";

    @TempDir
    Path dir;

    @Test
    void startedFromTheWrongFolderItSaysSoOnceOnTheConsoleAndOnTheCoordinatorsPages() throws Exception {
        UserFolder elsewhere = new UserFolder(dir); // the jar under target/, and nothing else: a home folder, say
        int port = UserFolder.freePort();
        Path reference = dir.resolve("templates").resolve("справочник.xlsx");
        try (UserFolder.Running serve = elsewhere.start(UTF8, "--port", String.valueOf(port), "--poll", "1", "--pdf", "нет")) {
            serve.await(line -> line.startsWith("Входящие: "), Duration.ofSeconds(60));
            UserFolder.Finished made = elsewhere.run(UTF8, "coordinator", "--login", "petrova");
            assertEquals(0, made.exitCode(), made.output());
            Thread.sleep(3_000); // three more passes, each without a reference

            String console = serve.output();
            assertTrue(console.contains("ВНИМАНИЕ: справочник не найден: " + reference + ".\n"
                    + "Пока справочника нет, файлы школ не принимаются (остаются во входящих) и документы не формируются.\n"
                    + "Если программа запущена не из своей папки (сейчас — " + dir + "), остановите её (Ctrl+C) и запустите из"
                    + " папки, где лежат templates и inbox, или укажите справочник: --reference ФАЙЛ."), console);
            assertEquals(1, console.split("справочник не найден", -1).length - 1, "said once: " + console);
            assertFalse(console.contains("No usable reference"), "no English warning every few seconds: " + console);

            String once = made.output().lines().filter(l -> l.startsWith("Одноразовый пароль: ")).findFirst().orElseThrow()
                    .substring("Одноразовый пароль: ".length());
            Browser coordinator = new Browser(port);
            coordinator.signIn("petrova", once);
            coordinator.get("/password");
            coordinator.post("/password", Map.of("current", once, "new", PASSWORD, "repeat", PASSWORD));
            for (String page : List.of("/", "/templates")) {
                assertEquals("Файлы школ не принимаются: справочник не найден: " + reference + ".",
                        coordinator.get(page).html().select("#no-reference strong").text(), page);
            }
        }
    }
}
