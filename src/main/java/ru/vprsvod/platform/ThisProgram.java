package ru.vprsvod.platform;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** How a user at this machine starts this program: the words to print in a hint, e.g. «java -jar target/vpr-svod.jar». */
public final class ThisProgram {

    /** The jar as the README's build makes it, relative to the project folder. */
    static final String README_JAR = "target/vpr-svod.jar";

    private ThisProgram() {
    }

    /**
     * {@code java -jar <jar>}: the jar this class was loaded from, relative to the current folder when it lies
     * inside it (so the hint reads as the README does), otherwise in full; the README's path when not run from a
     * jar (tests, an IDE).
     */
    public static String command() {
        return "java -jar " + quoted(jar());
    }

    private static String jar() {
        try {
            Path location = Path.of(ThisProgram.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!location.getFileName().toString().endsWith(".jar")) {
                return README_JAR;
            }
            Path here = Path.of("").toAbsolutePath();
            Path jar = location.toAbsolutePath().normalize();
            return (jar.startsWith(here) ? here.relativize(jar) : jar).toString();
        } catch (URISyntaxException | RuntimeException e) {
            return README_JAR;
        }
    }

    private static String quoted(String path) {
        return path.contains(" ") ? "\"" + path + "\"" : path;
    }
}
