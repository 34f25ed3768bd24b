package ru.vprsvod.publishing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

    /**
     * The SHA-256 of a canonical spelling of the value (maps in their order, pictures by their bytes). The spelling
     * is hashed as it is written, a few kilobytes at a time: a region's analytical report spelled whole would be
     * tens of megabytes of text, more than a 256 MB heap can spare beside the document (bench/README.md).
     */
    static String of(Object value) {
        Spelling out = new Spelling();
        append(out, value);
        return out.digest();
    }

    /** Text fed to the digest in chunks. */
    private static final class Spelling {
        private static final int CHUNK = 8192;
        private final StringBuilder buffer = new StringBuilder(CHUNK + 256);
        private final MessageDigest sha;

        Spelling() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        Spelling append(Object text) {
            buffer.append(text);
            if (buffer.length() >= CHUNK) {
                flush();
            }
            return this;
        }

        Spelling append(char c) {
            buffer.append(c);
            return this;
        }

        private void flush() {
            sha.update(buffer.toString().getBytes(StandardCharsets.UTF_8));
            buffer.setLength(0);
        }

        String digest() {
            flush();
            return HexFormat.of().formatHex(sha.digest());
        }
    }

    private static void append(Spelling out, Object value) {
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
            out.append(value.getClass().getSimpleName()).append(':').append(Integer.toString(text.length())).append(':')
                    .append(text);
        }
    }
}
