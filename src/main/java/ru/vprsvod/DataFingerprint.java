package ru.vprsvod;

import java.util.List;
import java.util.Map;
import ru.vprsvod.document.Picture;

/**
 * A fingerprint of a document's data: the same data gives the same text, different data a different one. Taken of
 * the data itself rather than of what it was computed from, so a document is remade exactly when something it
 * shows changed — a rejected file or a change to another year leaves it alone.
 */
final class DataFingerprint {

    private DataFingerprint() {
    }

    /** The SHA-256 of a canonical spelling of the value (maps in their order, pictures by their bytes). */
    static String of(Object value) {
        StringBuilder text = new StringBuilder();
        append(text, value);
        return Outputs.sha256(text.toString());
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append('∅');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            for (Map.Entry<?, ?> e : map.entrySet()) {
                append(out, e.getKey());
                out.append('=');
                append(out, e.getValue());
                out.append(',');
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (Object item : list) {
                append(out, item);
                out.append(',');
            }
            out.append(']');
        } else if (value instanceof Picture picture) {
            out.append("picture:").append(Outputs.sha256(picture.png()))
                    .append(':').append(picture.widthPx()).append('x').append(picture.heightPx());
        } else {
            String text = value.toString();
            // Lengths keep «a,b» and «a», «b» apart; the type keeps 1 and «1» apart.
            out.append(value.getClass().getSimpleName()).append(':').append(text.length()).append(':').append(text);
        }
    }
}
