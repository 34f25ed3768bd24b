package ru.vprsvod.platform;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether this JVM can name files with Cyrillic letters, and what to do when it cannot.
 *
 * <p>On Linux a JVM encodes file names, command-line arguments and environment values in the locale's charset,
 * fixed at start ({@code sun.jnu.encoding}). Under {@code LANG=C} (servers, containers, cron) or a locale that is
 * named but not installed (a common {@code LANG=ru_RU.UTF-8} where it was never generated) that charset is ASCII,
 * and every Cyrillic path — the default reference {@code templates/справочник.xlsx} first — cannot even be
 * named. It cannot be changed once the JVM runs ({@code -Dsun.jnu.encoding} is ignored), so the program runs
 * itself again under {@code LC_ALL=C.UTF-8}, a locale every current glibc system has (Debian and Ubuntu ship it
 * in libc-bin, Fedora and RHEL 8+ in glibc itself). The arguments are passed on as the bytes the user typed: this
 * JVM could not pass non-ASCII text to a child itself, so a shell rebuilds the command line from octal escapes.
 *
 * <p>Windows names files in UTF-16 whatever the code page, and macOS always in UTF-8: nothing to do there.
 */
public final class FileNameEncoding {

    /** Set in the environment of the JVM started again, so that one never tries a second time. */
    static final String RELAUNCHED = "VPR_SVOD_UTF8_RELAUNCH";
    static final String LOCALE = "C.UTF-8";
    private static final String ARGV = "VPR_SVOD_ARGV";

    /** What became of running again: the exit code of the program run under UTF-8, or why it could not be run. */
    public sealed interface Relaunch {
    }

    public record Finished(int exitCode) implements Relaunch {
    }

    /** @param sentence what to tell the user: one Russian sentence saying what to do */
    public record Impossible(String sentence) implements Relaunch {
    }

    private FileNameEncoding() {
    }

    /** Whether file names with Cyrillic letters work in this JVM. */
    public static boolean usable() {
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            return true;
        }
        return isUtf8(System.getProperty("sun.jnu.encoding"));
    }

    static boolean isUtf8(String encoding) {
        try {
            return encoding == null || Charset.forName(encoding).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Runs this very command again under {@code LC_ALL=C.UTF-8}, on the same console, and waits for it; a stop
     * request to this JVM (Ctrl+C, a service manager) is passed on and waited for. Impossible when this already is
     * the second run (the locale is missing) or the command line cannot be read back.
     */
    public static Relaunch relaunch() {
        String encoding = System.getProperty("sun.jnu.encoding", "?");
        if (System.getenv(RELAUNCHED) != null) {
            return new Impossible(missingLocale(encoding));
        }
        List<byte[]> argv;
        try {
            argv = split(Files.readAllBytes(Path.of("/proc/self/cmdline")));
        } catch (IOException | RuntimeException e) {
            return new Impossible(notUtf8(encoding));
        }
        if (argv.isEmpty()) {
            return new Impossible(notUtf8(encoding));
        }
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", "eval \"exec $" + ARGV + "\"").inheritIO();
        builder.environment().put(ARGV, shellWords(argv));
        builder.environment().put("LC_ALL", LOCALE);
        builder.environment().put(RELAUNCHED, "1");
        Process child;
        try {
            child = builder.start();
        } catch (IOException e) {
            return new Impossible(notUtf8(encoding));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (child.isAlive()) {
                child.destroy();
                waitFor(child);
            }
        }, "stop-utf8-run"));
        return new Finished(waitFor(child));
    }

    private static int waitFor(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // keep waiting: the child decides when it is done
            }
        }
    }

    /** /proc/self/cmdline: the arguments as the bytes they were given, each ended by a NUL. */
    static List<byte[]> split(byte[] cmdline) {
        List<byte[]> argv = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                byte[] arg = new byte[i - start];
                System.arraycopy(cmdline, start, arg, 0, arg.length);
                argv.add(arg);
                start = i + 1;
            }
        }
        return argv;
    }

    /**
     * The arguments as POSIX shell words in plain ASCII: each one {@code "$(printf '\ooo…')"}, every byte an octal
     * escape, so no quote, {@code %} or backslash of the user's survives to be interpreted.
     */
    static String shellWords(List<byte[]> argv) {
        StringBuilder words = new StringBuilder();
        for (byte[] arg : argv) {
            words.append(words.length() == 0 ? "" : " ").append("\"$(printf '");
            for (byte b : arg) {
                words.append('\\').append(String.format("%03o", b & 0xFF));
            }
            words.append("')\"");
        }
        return words.toString();
    }

    private static String missingLocale(String encoding) {
        return "Программа не может работать с русскими именами файлов: кодировка системы — " + encoding
                + ", а не UTF-8, и кодировки " + LOCALE + " в системе нет; установите UTF-8-локаль (в Debian и Ubuntu —"
                + " «dpkg-reconfigure locales», выбрав ru_RU.UTF-8) и запустите программу с ней: LC_ALL=ru_RU.UTF-8 "
                + ThisProgram.command() + ".";
    }

    private static String notUtf8(String encoding) {
        return "Программа не может работать с русскими именами файлов: кодировка системы — " + encoding
                + ", а не UTF-8; запустите её в UTF-8: LC_ALL=" + LOCALE + " " + ThisProgram.command() + ".";
    }
}
