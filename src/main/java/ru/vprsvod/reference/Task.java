package ru.vprsvod.reference;

import java.util.Objects;
import java.util.Optional;

/**
 * One task column of a work: a task, sub-item or criterion, e.g. {@code 5.1} or {@code 11.3 k1}.
 *
 * @param level the difficulty level, or null when the reference does not give it
 */
public record Task(String code, int maxPoints, Level level) {

    public Task {
        Objects.requireNonNull(code, "code");
        if (maxPoints < 1) {
            throw new IllegalArgumentException("task " + code + " has maximum " + maxPoints);
        }
    }

    public Optional<Level> optionalLevel() {
        return Optional.ofNullable(level);
    }
}
