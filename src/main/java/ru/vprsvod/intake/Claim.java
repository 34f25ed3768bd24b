package ru.vprsvod.intake;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * A received file taken into the work folder and waiting to be processed. Its id is recorded with the result,
 * so after a crash a claim already processed is recognised and never counted twice.
 *
 * @param dir          the claim's own folder inside the work folder
 * @param file         the file itself, under a name of our own
 * @param originalName the name the sender gave, shown to people, never used as a path
 * @param source       «папка» or «веб»
 * @param school       the school folder of the inbox or the signed-in school, or null
 * @param schoolIsAuthoritative whether {@code school} must match what the file says
 * @param incomplete   taken from the inbox only because it looked incomplete for too long (see {@link Inbox})
 */
public record Claim(String id, Path dir, Path file, String originalName, String source, String school,
                    boolean schoolIsAuthoritative, Instant receivedAt, Integer formGrade, String formSubject,
                    Integer formYear, boolean incomplete) {

    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(originalName, "originalName");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
