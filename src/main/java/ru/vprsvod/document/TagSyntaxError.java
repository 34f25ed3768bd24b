package ru.vprsvod.document;

/**
 * A mistake in a tag's text. Thrown inside the tokenizer and parser to leave deep recursion at once, and
 * always caught by {@link TagParser#parse}, which turns it into an {@link Tag.Invalid} result.
 */
final class TagSyntaxError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String suggestion;

    TagSyntaxError(String message) {
        this(message, "");
    }

    TagSyntaxError(String message, String suggestion) {
        super(message, null, false, false);
        this.suggestion = suggestion;
    }

    String suggestion() {
        return suggestion;
    }
}
