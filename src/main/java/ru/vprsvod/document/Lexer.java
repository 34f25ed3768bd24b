package ru.vprsvod.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits the inside of a tag into tokens. Names may hold letters of any alphabet, digits, «_» and «№»
 * (but cannot start with a digit or «№»: a leading «№» asks for an item's number in a loop). Quotes
 * come in every form Word and Writer autocorrect to.
 */
final class Lexer {

    /** Opening quote → the closing quotes accepted for it (autocorrect does not always pair them). */
    private static final Map<Character, String> QUOTES = Map.of(
            '"', "\"”“",
            '«', "»",
            '“', "”“",
            '„', "“”",
            '\'', "'’",
            '‘', "’'");

    private final String text;
    private int at;
    private final List<Token> tokens = new ArrayList<>();

    private Lexer(String text) {
        this.text = text;
    }

    static List<Token> tokens(String text) {
        Lexer lexer = new Lexer(text);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (true) {
            skipSpace();
            if (at >= text.length()) {
                tokens.add(new Token(Token.Kind.END, ""));
                return;
            }
            char c = text.charAt(at);
            if (Character.isLetter(c) || c == '_') {
                identifier();
            } else if (Character.isDigit(c)) {
                number();
            } else if (QUOTES.containsKey(c)) {
                string(c);
            } else {
                symbol(c);
            }
        }
    }

    private void skipSpace() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff') {
                at++;
            } else {
                return;
            }
        }
    }

    private void identifier() {
        int start = at;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '№') {
                at++;
            } else {
                break;
            }
        }
        tokens.add(new Token(Token.Kind.IDENT, text.substring(start, at)));
    }

    private void number() {
        int start = at;
        while (at < text.length() && Character.isDigit(text.charAt(at))) {
            at++;
        }
        if (at + 1 < text.length() && (text.charAt(at) == '.' || text.charAt(at) == ',')
                && Character.isDigit(text.charAt(at + 1))) {
            at++;
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
        }
        if (at < text.length() && (Character.isLetter(text.charAt(at)) || text.charAt(at) == '_')) {
            throw new TagSyntaxError("имя не может начинаться с цифры: «" + word(start) + "»");
        }
        tokens.add(new Token(Token.Kind.NUMBER, text.substring(start, at).replace(',', '.')));
    }

    private String word(int start) {
        int end = start;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
            end++;
        }
        return text.substring(start, end);
    }

    private void string(char open) {
        String closers = QUOTES.get(open);
        int start = ++at;
        while (at < text.length() && closers.indexOf(text.charAt(at)) < 0) {
            at++;
        }
        if (at >= text.length()) {
            throw new TagSyntaxError("не закрыта кавычка " + open + text.substring(start).strip(),
                    "закройте строку той же кавычкой, например «—» или \"—\"");
        }
        tokens.add(new Token(Token.Kind.STRING, text.substring(start, at)));
        at++;
    }

    private void symbol(char c) {
        at++;
        switch (c) {
            case '#' -> add(Token.Kind.HASH, "#");
            case '/' -> add(Token.Kind.SLASH, "/");
            case ':' -> add(Token.Kind.COLON, ":");
            case ',' -> add(Token.Kind.COMMA, ",");
            case '.' -> add(Token.Kind.DOT, ".");
            case '(' -> add(Token.Kind.LPAREN, "(");
            case ')' -> add(Token.Kind.RPAREN, ")");
            case '-', '−', '–' -> add(Token.Kind.MINUS, "-");
            case '№' -> add(Token.Kind.NUMERO, "№");
            case '≠', '≤', '≥' -> add(Token.Kind.COMPARE, String.valueOf(c));
            case '|' -> {
                if (peek('|')) {
                    throw new TagSyntaxError("«||» не поддерживается", "пишите «или»");
                }
                add(Token.Kind.PIPE, "|");
            }
            case '=' -> {
                if (peek('=')) {
                    at++;
                }
                add(Token.Kind.COMPARE, "=");
            }
            case '!' -> {
                if (!peek('=')) {
                    throw new TagSyntaxError("«!» не поддерживается", "пишите «не»");
                }
                at++;
                add(Token.Kind.COMPARE, "≠");
            }
            case '<' -> {
                if (peek('>')) {
                    at++;
                    add(Token.Kind.COMPARE, "≠");
                } else if (peek('=')) {
                    at++;
                    add(Token.Kind.COMPARE, "≤");
                } else {
                    add(Token.Kind.COMPARE, "<");
                }
            }
            case '>' -> {
                if (peek('=')) {
                    at++;
                    add(Token.Kind.COMPARE, "≥");
                } else {
                    add(Token.Kind.COMPARE, ">");
                }
            }
            case '&' -> throw new TagSyntaxError("«&» не поддерживается", "пишите «и»");
            case '$' -> throw new TagSyntaxError("недопустимый символ «$»: выражения ${…} в шаблоне не работают",
                    "пишите имя поля: {{ школа.название }}");
            case '{', '}' -> throw new TagSyntaxError("фигурная скобка внутри тега",
                    "тег открывается {{ и закрывается }}; проверьте, что скобок ровно по две");
            default -> throw new TagSyntaxError("недопустимый символ «" + c + "»",
                    "в теге можно писать имена полей, числа, строки в кавычках, сравнения, и/или/не и фильтры после «|»");
        }
    }

    private boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private void add(Token.Kind kind, String shown) {
        tokens.add(new Token(kind, shown));
    }
}
