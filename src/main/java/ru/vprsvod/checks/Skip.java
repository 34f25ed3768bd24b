package ru.vprsvod.checks;

import java.util.Objects;

/**
 * A check that could not be made, and why (too few participants, no task levels, no earlier data …), so a
 * missing flag is never mistaken for a clean result.
 */
public record Skip(Rule rule, String reason) {

    public Skip {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
    }
}
