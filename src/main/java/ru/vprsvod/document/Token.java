package ru.vprsvod.document;

/** One lexical unit of a tag. For strings {@code text} is the content without quotes; numbers use a dot. */
record Token(Kind kind, String text) {

    enum Kind { IDENT, NUMBER, STRING, HASH, SLASH, PIPE, COLON, COMMA, DOT, LPAREN, RPAREN, COMPARE, NUMERO, MINUS, END }

    boolean is(Kind other) {
        return kind == other;
    }

    /** Keywords are matched without regard to case: Word capitalises words at the start of a line. */
    boolean isWord(String word) {
        return kind == Kind.IDENT && text.equalsIgnoreCase(word);
    }

    /** How the token looks in a message. */
    String shown() {
        return switch (kind) {
            case END -> "конец тега";
            case STRING -> "«" + text + "»";
            default -> "«" + text + "»";
        };
    }
}
