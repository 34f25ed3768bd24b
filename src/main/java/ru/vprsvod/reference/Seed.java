package ru.vprsvod.reference;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The starting number of a reproducible draw (the re-check sample, the cross-checking pairs, the observers' plan):
 * the one written on «Правила», or one derived from the data, so that the same data give the same draw.
 *
 * @param origin how the number came about, for the document that prints it
 */
public record Seed(long value, String origin) {

    /**
     * @param data          the text the number is derived from when the setting is blank
     * @param derivedOrigin what to print when it is derived («вычислено из года и состава школ …»)
     */
    public static Seed of(Setting setting, String data, String derivedOrigin) {
        if (setting.value().isBlank()) {
            return new Seed(derived(data), derivedOrigin);
        }
        String t = setting.value().strip();
        return new Seed(written(t), "задано в справочнике: «" + t + "» (" + setting.cell() + ")");
    }

    /** A number written in the sheet is the seed itself; any other text is hashed to one. */
    public static long written(String text) {
        String t = text.strip();
        return t.matches("-?\\d{1,18}") ? Long.parseLong(t) : hash(t) & Long.MAX_VALUE;
    }

    /** Kept below 10^15, so that it reads (and can be typed back) as an ordinary number. */
    public static long derived(String data) {
        return (hash(data) & Long.MAX_VALUE) % 1_000_000_000_000_000L;
    }

    private static long hash(String text) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
