package ru.vprsvod.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice and poppler, when installed: the proof that a filled document opens in a real office suite.
 * Tests that need them are skipped (not failed) on machines without them.
 */
final class Office {

    private Office() {
    }

    static boolean available() {
        return onPath("soffice") && onPath("pdftotext") && onPath("pdfinfo");
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** Converts a .docx to PDF with a private LibreOffice profile (parallel runs must not share one). */
    static Path toPdf(Path docx, Path work) throws IOException, InterruptedException {
        Path profile = work.resolve("lo-profile");
        run(work, 180, "soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", work.toString(), docx.toString());
        String name = docx.getFileName().toString();
        Path pdf = work.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        if (!Files.exists(pdf)) {
            throw new AssertionError("LibreOffice did not produce " + pdf);
        }
        return pdf;
    }

    static String text(Path pdf, Path work) throws IOException, InterruptedException {
        Path txt = work.resolve(pdf.getFileName() + ".txt");
        run(work, 60, "pdftotext", "-layout", pdf.toString(), txt.toString());
        return Files.readString(txt, StandardCharsets.UTF_8);
    }

    static int pages(Path pdf, Path work) throws IOException, InterruptedException {
        String info = run(work, 60, "pdfinfo", pdf.toString());
        for (String line : info.split("\n")) {
            if (line.startsWith("Pages:")) {
                return Integer.parseInt(line.substring(6).trim());
            }
        }
        throw new AssertionError("no page count in: " + info);
    }

    private static String run(Path work, int seconds, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(work, "run", ".log");
        Process process = new ProcessBuilder(List.of(command)).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command[0] + " did not finish in " + seconds + " s");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new AssertionError(command[0] + " failed: " + output);
        }
        return output;
    }
}
