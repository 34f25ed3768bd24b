package ru.vprsvod.document;

/**
 * Data that does not fit a tag. Thrown inside {@link Evaluator} to leave nested evaluation at once, and
 * always caught there and returned as an {@link Evaluator.Outcome}.
 */
class ValueError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String suggestion;

    ValueError(String message, String suggestion) {
        super(message, null, false, false);
        this.suggestion = suggestion;
    }

    String suggestion() {
        return suggestion;
    }

    /** The field is not there at all (as opposed to being there with a value of the wrong kind). */
    static final class Absent extends ValueError {
        private static final long serialVersionUID = 1L;

        Absent(String message, String suggestion) {
            super(message, suggestion);
        }
    }
}
