package ru.vprsvod.document;

import java.util.Arrays;
import java.util.Objects;

/**
 * A PNG image to put where the template has a placeholder picture whose alternative text is a tag.
 * The placeholder keeps its width; the height follows the picture's proportions.
 *
 * @param png         the PNG file's bytes (copied in and out, so the record stays immutable)
 * @param widthPx     the image width in pixels, used only for its proportions
 * @param heightPx    the image height in pixels
 * @param description alternative text for screen readers; may be empty
 */
public record Picture(byte[] png, int widthPx, int heightPx, String description) {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    public Picture {
        Objects.requireNonNull(png, "png");
        Objects.requireNonNull(description, "description");
        if (widthPx <= 0 || heightPx <= 0) {
            throw new IllegalArgumentException("picture size must be positive, was " + widthPx + "×" + heightPx);
        }
        png = png.clone();
    }

    public Picture(byte[] png, int widthPx, int heightPx) {
        this(png, widthPx, heightPx, "");
    }

    /** A picture whose pixel size is read from the PNG header; a programming error if the bytes are not a PNG. */
    public static Picture ofPng(byte[] png, String description) {
        if (!isPng(png) || png.length < 24) {
            throw new IllegalArgumentException("not a PNG image");
        }
        return new Picture(png, readInt(png, 16), readInt(png, 20), description);
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    /** Whether the bytes start like a PNG file; the renderer reports a located problem otherwise. */
    boolean looksLikePng() {
        return isPng(png);
    }

    byte[] bytesUnsafe() {
        return png;
    }

    private static boolean isPng(byte[] bytes) {
        return bytes.length >= PNG_SIGNATURE.length
                && Arrays.equals(Arrays.copyOf(bytes, PNG_SIGNATURE.length), PNG_SIGNATURE);
    }

    private static int readInt(byte[] bytes, int at) {
        return ((bytes[at] & 0xff) << 24) | ((bytes[at + 1] & 0xff) << 16) | ((bytes[at + 2] & 0xff) << 8) | (bytes[at + 3] & 0xff);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Picture that && Arrays.equals(png, that.png) && widthPx == that.widthPx
                && heightPx == that.heightPx && description.equals(that.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(png), widthPx, heightPx, description);
    }

    @Override
    public String toString() {
        return "Picture[" + png.length + " bytes, " + widthPx + "×" + heightPx + "]";
    }
}
