package ru.vprsvod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.DistrictGenerator;

/**
 * The run a new user makes: the program started in the department's own folder with the README's defaults, all of
 * them relative ({@code inbox/}, {@code outbox/}, {@code templates/}, {@code data/}). With the relative data folder,
 * every PDF once failed («source file could not be loaded»): the PDF worker starts LibreOffice in its job folder but
 * passed it paths relative to the program's working directory. Tests with absolute temporary folders never saw it.
 */
class RelativeFoldersPdfIT {

    @TempDir
    Path dir;

    @Test
    void aDefaultRunFromItsOwnFolderPutsAPdfBesideEveryDocument() throws Exception {
        assumeTrue(libreOffice(), "LibreOffice is not installed: no PDF here");
        DistrictGenerator district = DistrictGenerator.generate(DistrictGenerator.Settings.standard(1));
        Path templates = Files.createDirectories(dir.resolve("templates"));
        district.write(templates.resolve("справочник.xlsx"), dir.resolve("inbox"));
        try (Stream<Path> shipped = Files.list(Path.of("templates"))) {
            for (Path t : shipped.filter(p -> p.toString().endsWith(".docx")).toList()) {
                Files.copy(t, templates.resolve(t.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.awt.headless=true", "-cp", classPath(),
                Main.class.getName(), "process"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("run.log").toFile());
        builder.environment().put("LC_ALL", "C.UTF-8");
        Process run = builder.start();
        assertTrue(run.waitFor(5, TimeUnit.MINUTES), "the run did not finish in 5 minutes");
        String log = Files.readString(dir.resolve("run.log"), StandardCharsets.UTF_8);
        assertEquals(0, run.exitValue(), log);

        Path outbox = dir.resolve("outbox");
        List<Path> documents;
        try (Stream<Path> files = Files.walk(outbox)) {
            documents = files.filter(p -> p.toString().endsWith(".docx")).sorted().toList();
        }
        assertTrue(documents.size() >= 10, "the documents of the district: " + documents);
        List<String> missing = new ArrayList<>();
        for (Path docx : documents) {
            Path pdf = docx.resolveSibling(docx.getFileName().toString().replaceAll("\\.docx$", ".pdf"));
            if (!Files.isRegularFile(pdf) || !new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF")) {
                missing.add(outbox.relativize(docx).toString());
            }
        }
        assertEquals(List.of(), missing, "documents without a PDF beside them; run log:\n" + log);
        try (Stream<Path> files = Files.walk(outbox)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith("PDF не сформирован.txt")).toList(),
                    "no note of a failed conversion");
        }
    }

    private static boolean libreOffice() {
        try {
            Process p = new ProcessBuilder("soffice", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
