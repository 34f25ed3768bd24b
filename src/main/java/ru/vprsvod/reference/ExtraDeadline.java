package ru.vprsvod.reference;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A deadline a coordinator adds on the optional «Сроки» sheet, beside those the product computes.
 *
 * @param cell where it was written, e.g. «Сроки!A3»
 */
public record ExtraDeadline(LocalDate date, String title, String who, String source, String cell) {

    public ExtraDeadline {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cell, "cell");
    }
}
