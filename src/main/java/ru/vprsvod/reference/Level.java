package ru.vprsvod.reference;

import java.util.Optional;

/** Difficulty level of a task from the work's description: базовый, повышенный, высокий. */
public enum Level {
    BASIC("Б"),
    ADVANCED("П"),
    HIGH("В");

    private final String letter;

    Level(String letter) {
        this.letter = letter;
    }

    public String letter() {
        return letter;
    }

    /** «Б», «б», «базовый», Latin «B» → BASIC, and so on; empty for anything else. */
    public static Optional<Level> parse(String text) {
        String t = ru.vprsvod.workbook.Texts.latinLookalikesToCyrillic(ru.vprsvod.workbook.Texts.normalize(text));
        if (t.equals("б") || t.startsWith("баз")) {
            return Optional.of(BASIC);
        }
        if (t.equals("п") || t.startsWith("пов")) {
            return Optional.of(ADVANCED);
        }
        if (t.equals("в") || t.startsWith("выс")) {
            return Optional.of(HIGH);
        }
        return Optional.empty();
    }
}
