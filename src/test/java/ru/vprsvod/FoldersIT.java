package ru.vprsvod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.UserFolder;

/**
 * A misspelt folder used to be created silently: {@code process --inbox /misspelt/path} made it, reported
 * «Обработано файлов: 0» and exited 0 — the README's exit 1, «папки недоступны», never came. Now a folder named on
 * the command line must exist, a file where a folder belongs is said in Russian, and only {@code serve} creates
 * the default folders of the current folder. Each through the jar, from the user's folder.
 */
class FoldersIT {

    private static final Map<String, String> UTF8 = Map.of("LC_ALL", "C.UTF-8");

    @TempDir
    Path dir;

    @Test
    void aMisspeltInboxOrOutboxIsAnErrorAndIsNotCreated() {
        UserFolder user = UserFolder.project(dir);
        Path inbox = dir.resolve("misspelt/path");
        UserFolder.Finished run = user.run(UTF8, "process", "--inbox", inbox.toString());
        assertEquals(1, run.exitCode(), run.output());
        assertEquals("Папка входящих «" + inbox + "» не найдена (--inbox). Проверьте путь; папки, указанные в параметрах,"
                + " программа не создаёт, чтобы опечатка не прошла незамеченной.", run.output().strip());
        assertFalse(Files.exists(dir.resolve("misspelt")));

        Path outbox = dir.resolve("nonexistent/deep/out");
        run = user.run(UTF8, "process", "--outbox", outbox.toString());
        assertEquals(1, run.exitCode(), run.output());
        assertTrue(run.output().startsWith("Папка исходящих «" + outbox + "» не найдена (--outbox)."), run.output());
        assertFalse(Files.exists(dir.resolve("nonexistent")));
        assertFalse(Files.exists(dir.resolve("data")), "nothing opened before the folders are right");

        run = user.run(UTF8, "serve", "--inbox", "inbx");
        assertEquals(1, run.exitCode(), run.output());
        assertTrue(run.output().startsWith("Папка входящих «" + dir.resolve("inbx") + "» не найдена (--inbox)."), run.output());
        assertFalse(Files.exists(dir.resolve("inbx")));
    }

    @Test
    void aFileWhereAFolderBelongsIsSaidInRussianNotAsAnException() throws Exception {
        UserFolder user = UserFolder.project(dir);
        Files.writeString(dir.resolve("исходящие.txt"), "не папка");
        UserFolder.Finished run = user.run(UTF8, "process", "--outbox", "исходящие.txt");
        assertEquals(1, run.exitCode(), run.output());
        assertEquals("«" + dir.resolve("исходящие.txt") + "» — это файл, а не папка: укажите папку исходящих (--outbox).",
                run.output().strip());

        run = user.run(UTF8, "process", "--reference", "templates");
        assertEquals(1, run.exitCode(), run.output());
        assertTrue(run.output().startsWith("«" + dir.resolve("templates") + "» — это папка, а не файл справочника"), run.output());
        assertFalse(run.output().contains("Exception"), run.output());

        Files.delete(dir.resolve("inbox"));
        Files.writeString(dir.resolve("inbox"), "a file named like the default folder");
        run = user.run(UTF8, "serve", "--port", String.valueOf(UserFolder.freePort()));
        assertEquals(1, run.exitCode(), run.output());
        assertEquals("«" + dir.resolve("inbox") + "» — это файл, а не папка: укажите папку входящих (--inbox).", run.output().strip());
    }

    @Test
    void processWithoutAnInboxHasNothingToDoAndSaysWhereItLooked() throws Exception {
        UserFolder user = UserFolder.project(dir);
        Files.delete(dir.resolve("inbox"));
        UserFolder.Finished run = user.run(UTF8, "process");
        assertEquals(1, run.exitCode(), run.output());
        assertEquals("Папки входящих «" + dir.resolve("inbox") + "» нет: обрабатывать нечего. Запустите программу из её папки"
                + " (там, где лежат inbox и templates) или укажите папку: --inbox ПАПКА.", run.output().strip());
        assertFalse(Files.exists(dir.resolve("inbox")));
    }

    @Test
    void serveCreatesTheDefaultFoldersOfAFirstStart() throws Exception {
        UserFolder user = UserFolder.project(dir);
        Files.delete(dir.resolve("inbox"));
        Files.delete(dir.resolve("outbox"));
        int port = UserFolder.freePort();
        try (UserFolder.Running serve = user.start(UTF8, "--port", String.valueOf(port), "--pdf", "нет")) {
            serve.await(line -> line.startsWith("ВПР-Свод работает"), Duration.ofSeconds(60));
            for (String folder : new String[] {"inbox", "outbox", "data"}) {
                assertTrue(Files.isDirectory(dir.resolve(folder)), folder);
            }
        }
    }

    @Test
    void theCoordinatorCommandFromAnotherFolderSaysSoInsteadOfMakingAnEmptyDatabase() {
        UserFolder elsewhere = new UserFolder(dir);
        UserFolder.Finished run = elsewhere.run(UTF8, "coordinator", "--login", "petrova");
        assertEquals(1, run.exitCode(), run.output());
        assertTrue(run.output().startsWith("Папка данных «" + dir.resolve("data") + "» не найдена. Запустите команду из той же"
                + " папки, из которой запускаете программу"), run.output());
        assertFalse(Files.exists(dir.resolve("data")));
    }
}
