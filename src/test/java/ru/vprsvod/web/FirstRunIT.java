package ru.vprsvod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.UserFolder;

/**
 * The README's «Первый запуск», done as a new department does it, through the jar from the program's folder: the
 * console and the sign-in page name the command that makes the first coordinator (with the README's jar path,
 * not a bare «vpr-svod.jar»), the command works as printed, and the coordinator signs in. Started from the wrong
 * folder, without a reference, the program says so once and loudly on the console and on every coordinator's page.
 */
class FirstRunIT {

    private static final Map<String, String> UTF8 = Map.of("LC_ALL", "C.UTF-8");
    private static final String PASSWORD = "координатор района с паролем";

    @TempDir
    Path dir;

    @Test
    void theHintsNameTheCommandThatMakesTheFirstCoordinatorAndItWorksAsPrinted() throws Exception {
        UserFolder user = UserFolder.project(dir);
        int port = UserFolder.freePort();
        try (UserFolder.Running serve = user.start(UTF8, "--port", String.valueOf(port), "--pdf", "нет")) {
            serve.await(line -> line.startsWith("Входящие: "), Duration.ofSeconds(60));
            String hint = serve.await(line -> line.contains("coordinator --login"), Duration.ZERO).strip();
            assertEquals("java -jar target/vpr-svod.jar coordinator --login ЛОГИН", hint);
            assertFalse(serve.output().contains("ВНИМАНИЕ"), "the shipped reference is found: " + serve.output());

            Browser browser = new Browser(port);
            Document signIn = browser.get("/login").html();
            assertEquals(hint, signIn.select("#first-start pre").text(), "the page gives the same command");

            List<String> typed = Arrays.asList(hint.replace("ЛОГИН", "petrova").split(" "));
            UserFolder.Finished made = user.run(UTF8, typed.subList(3, typed.size()).toArray(String[]::new));
            assertEquals(0, made.exitCode(), made.output());
            String once = made.output().lines().filter(l -> l.startsWith("Одноразовый пароль: ")).findFirst().orElseThrow()
                    .substring("Одноразовый пароль: ".length());

            assertEquals("/password", browser.signIn("petrova", once).location());
            browser.get("/password");
            browser.post("/password", Map.of("current", once, "new", PASSWORD, "repeat", PASSWORD));
            assertEquals("Сводка ВПР 2026", browser.get("/").html().select("h1").text());
            assertTrue(new Browser(port).get("/login").html().select("#first-start").isEmpty(), "a coordinator exists now");
        }
    }

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
