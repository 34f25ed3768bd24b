package ru.vprsvod.chart;

import java.util.Objects;

/** A chart drawn as a PNG image of a known size in pixels. */
public record Png(byte[] bytes, int width, int height) {

    public Png {
        Objects.requireNonNull(bytes, "bytes");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("size " + width + "×" + height);
        }
    }
}
