package ru.vprsvod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.Protocol;
import ru.vprsvod.testing.UserFolder;

/**
 * The README's commands under the locales servers and containers really have. Under {@code LANG=C} (or a
 * {@code LANG=ru_RU.UTF-8} that was never generated) Java 17 cannot name a Cyrillic file: the program used to die
 * with an {@code InvalidPathException} trace on its own default reference. Now it runs itself again under
 * {@code C.UTF-8}; where no UTF-8 locale exists at all it says so in one sentence before touching any path.
 */
class LocaleIT {

    private static final Map<String, String> LANG_C = Map.of("LANG", "C", "LC_ALL", "C");
    private static final Object[] FULL = {1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 2};

    @TempDir
    Path dir;

    @Test
    void processWorksOnTheDefaultFoldersUnderLangCAnUngeneratedLocaleAndCUtf8() throws Exception {
        for (Map<String, String> locale : List.of(LANG_C, Map.of("LANG", "ru_RU.UTF-8"), Map.of("LC_ALL", "C.UTF-8"))) {
            UserFolder user = UserFolder.project(Files.createDirectories(dir.resolve("run-" + locale.hashCode())));
            Protocol.math4().pupil(40001, "4А", 5, FULL).write(user.path("inbox/edu990002_Математика_4_2026.xlsx"));
            Protocol.math4().pupilScoring(40101, "4А", 4, 8).write(user.path("inbox/edu990004/математика 4 класс.xlsx"));

            UserFolder.Finished run = user.run(locale, "process", "--pdf", "нет");

            assertEquals(0, run.exitCode(), locale + ":\n" + run.output());
            assertTrue(run.output().contains("Обработано файлов: 2 (принято: 2,"), locale + ":\n" + run.output());
            assertFalse(run.output().contains("Exception"), run.output());
            assertTrue(receipt(user.path("outbox/edu990002"), "edu990002_Математика_4_2026.xlsx"), locale.toString());
            assertTrue(receipt(user.path("outbox/edu990004"), "математика 4 класс.xlsx"), locale.toString());
        }
    }

    /**
     * The arguments reach the run under UTF-8 as the bytes typed. (The program's own folder must have a Latin path
     * under {@code LANG=C}: Java 17's launcher itself cannot open a jar or a working folder named in Cyrillic there,
     * before any code of ours runs — the README says so.)
     */
    @Test
    void cyrillicFolderArgumentsSurviveTheRunUnderUtf8() throws Exception {
        UserFolder user = UserFolder.project(dir);
        Path inbox = Files.createDirectories(dir.resolve("Входящие школ"));
        Path outbox = Files.createDirectories(dir.resolve("Управление образования").resolve("Исходящие"));
        Protocol.math4().pupil(40001, "4А", 5, FULL).write(inbox.resolve("edu990002_Математика_4_2026.xlsx"));

        UserFolder.Finished run = user.run(LANG_C, "process", "--inbox", "Входящие школ", "--outbox", outbox.toString(),
                "--pdf", "нет");

        assertEquals(0, run.exitCode(), run.output());
        assertTrue(receipt(outbox.resolve("edu990002"), "edu990002_Математика_4_2026.xlsx"), run.output());
        assertTrue(run.output().contains("Результаты: " + outbox), run.output());
    }

    @Test
    void serveAndCoordinatorWorkUnderLangCAndAStopReachesTheRunUnderUtf8() throws Exception {
        UserFolder user = UserFolder.project(dir);
        int port = UserFolder.freePort();
        try (UserFolder.Running serve = user.start(LANG_C, "--port", String.valueOf(port), "--pdf", "нет")) {
            serve.await(line -> line.startsWith("ВПР-Свод работает: http://127.0.0.1:" + port + "/"), Duration.ofSeconds(60));
            HttpResponse<String> login = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, login.statusCode());

            UserFolder.Finished coordinator = user.run(LANG_C, "coordinator", "--login", "petrova");
            assertEquals(0, coordinator.exitCode(), coordinator.output());
            assertTrue(coordinator.output().contains("Создана учётная запись координатора «petrova»."), coordinator.output());

            List<ProcessHandle> jvms = serve.process.descendants().toList();
            assertFalse(jvms.isEmpty(), "the program runs again under C.UTF-8 as a child of the one started");
            serve.stop();
            for (ProcessHandle jvm : jvms) {
                jvm.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                assertFalse(jvm.isAlive(), "stopping the program stops the run under UTF-8 too");
            }
            assertFalse(serve.output().contains("Exception"), serve.output());
        }
    }

    @Test
    void withoutAnyUtf8LocaleOneRussianSentenceSaysWhatToDoAndNothingIsTouched() {
        UserFolder user = UserFolder.project(dir);
        // As when the run under C.UTF-8 finds no such locale either: it must not try again, nor go on in ASCII.
        UserFolder.Finished run = user.run(Map.of("LANG", "C", "LC_ALL", "C", "VPR_SVOD_UTF8_RELAUNCH", "1"), "process");

        assertEquals(1, run.exitCode(), run.output());
        assertEquals("Программа не может работать с русскими именами файлов: кодировка системы — ANSI_X3.4-1968, а не UTF-8,"
                + " и кодировки C.UTF-8 в системе нет; установите UTF-8-локаль (в Debian и Ubuntu — «dpkg-reconfigure"
                + " locales», выбрав ru_RU.UTF-8) и запустите программу с ней: LC_ALL=ru_RU.UTF-8 java -jar"
                + " target/vpr-svod.jar.", run.output().strip());
        assertFalse(Files.exists(user.path("data")), "no folder made, no database opened");
    }

    private static boolean receipt(Path schoolFolder, String fileName) throws Exception {
        if (!Files.isDirectory(schoolFolder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(schoolFolder)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith("Протокол № ")
                    && p.getFileName().toString().endsWith(fileName + ".txt"));
        }
    }
}
