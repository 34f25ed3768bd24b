package ru.vprsvod.reference;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.vprsvod.workbook.Texts;

/** Task codes as written in forms and the reference: «5», «5.1», «11.3 k1» (criterion k1, Latin or Cyrillic «к»). */
public final class TaskCodes {

    private static final Pattern CODE = Pattern.compile("(\\d{1,2}(?:\\.\\d{1,2}){0,2})\\s*(?:[kк]\\s*(\\d{1,2}))?");

    private TaskCodes() {
    }

    /** The canonical code («11.3 k1») of a written one, or empty when the text is not a task code. */
    public static Optional<String> canonical(String written) {
        Matcher m = CODE.matcher(Texts.normalize(written));
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(m.group(2) == null ? m.group(1) : m.group(1) + " k" + m.group(2));
    }
}
