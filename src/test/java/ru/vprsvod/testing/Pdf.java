package ru.vprsvod.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** poppler-utils on a PDF: its page count, fonts that are not embedded, page images for a person to look at. */
public final class Pdf {

    /** The fonts every PDF viewer has, which a PDF may name without embedding them: what a bad conversion falls back to. */
    private static final Pattern BASE_14 = Pattern.compile("^(Times-|Helvetica|Courier|Symbol|ZapfDingbats)");

    private Pdf() {
    }

    public static boolean toolsAvailable() {
        try {
            run(List.of("pdfinfo", "-v"));
            run(List.of("pdffonts", "-v"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static int pages(Path pdf) throws IOException {
        Matcher m = Pattern.compile("(?m)^Pages:\\s+(\\d+)").matcher(run(List.of("pdfinfo", pdf.toString())));
        if (!m.find()) {
            throw new AssertionError("pdfinfo does not see pages in " + pdf);
        }
        return Integer.parseInt(m.group(1));
    }

    /** Every font that is not embedded or is a Type 1 base-14 font, as pdffonts lists it; empty when all is well. */
    public static List<String> fontProblems(Path pdf) throws IOException {
        List<String> problems = new ArrayList<>();
        String[] lines = run(List.of("pdffonts", pdf.toString())).split("\\R");
        for (int i = 2; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] t = line.split("\\s+");
            // name type… encoding emb sub uni object-id generation
            String embedded = t[t.length - 5];
            String name = t[0].contains("+") ? t[0].substring(t[0].indexOf('+') + 1) : t[0];
            if (!embedded.equals("yes") || line.contains("Type 1") && BASE_14.matcher(name).find()) {
                problems.add(line);
            }
        }
        if (lines.length < 3) {
            problems.add("no fonts at all");
        }
        return problems;
    }

    /** Page images at 60 dpi: {@code prefix-1.png}, {@code prefix-2.png}… */
    public static void images(Path pdf, Path prefix) throws IOException {
        run(List.of("pdftoppm", "-r", "60", "-png", pdf.toString(), prefix.toString()));
    }

    private static String run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + command);
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
