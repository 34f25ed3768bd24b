package ru.vprsvod.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds LibreOffice: the program given by the coordinator, or {@code soffice} on the PATH, or the usual places it
 * is installed on Windows, Linux and macOS. Asking it for its version proves it runs.
 */
final class Office {

    /** Where installers put it; the PATH is tried first (ProcessBuilder searches it). */
    private static final List<String> USUAL_PLACES = List.of(
            "soffice", "libreoffice",
            "C:\\Program Files\\LibreOffice\\program\\soffice.com", "C:\\Program Files (x86)\\LibreOffice\\program\\soffice.com",
            "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice",
            "/Applications/LibreOffice.app/Contents/MacOS/soffice");

    record Found(String program, String version) {
    }

    private Office() {
    }

    /** @param given the program the coordinator named, or null to search */
    static Optional<Found> find(Path given) {
        List<String> candidates = new ArrayList<>();
        if (given != null) {
            candidates.add(given.toString());
        } else {
            candidates.addAll(USUAL_PLACES);
        }
        for (String program : candidates) {
            if (program.contains("/") || program.contains("\\")) {
                if (!Files.isRegularFile(Path.of(program))) {
                    continue;
                }
            }
            Optional<String> version = version(program);
            if (version.isPresent()) {
                return Optional.of(new Found(program, version.get()));
            }
        }
        return Optional.empty();
    }

    /** «LibreOffice 7.4.7.2 40(Build:2)», or empty when the program does not start. */
    private static Optional<String> version(String program) {
        try {
            Process p = new ProcessBuilder(program, "--version").redirectErrorStream(true).start();
            p.getOutputStream().close();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                return Optional.empty();
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            for (String line : out.split("\\R")) {
                if (line.startsWith("LibreOffice") || line.startsWith("OpenOffice") || line.startsWith("Collabora")) {
                    return Optional.of(line.strip());
                }
            }
            return p.exitValue() == 0 ? Optional.of("LibreOffice") : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // not there
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
