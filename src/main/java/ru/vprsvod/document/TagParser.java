package ru.vprsvod.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the text of one {@code {{ … }}} into a {@link Tag}. Hand-written on purpose: the grammar is small,
 * and a template uploaded by a user must never reach an expression engine that can call code.
 *
 * <pre>
 * tag     = "#каждый" NAME "из" path { "|" option } | "#если" expr | "иначе" | "/каждый" | "/если"
 *         | expr { "|" filter [ ":" literal { "," literal } ] }
 * expr    = and { ("или" | "or") and }
 * and     = not { ("и" | "and") not }
 * not     = ("не" | "not") not | compare
 * compare = primary [ ("=" | "≠" | "&lt;" | "≤" | "&gt;" | "≥") primary ]
 * primary = path | "№" NAME | number | string | "да" | "нет" | "true" | "false" | "(" expr ")"
 * path    = NAME { "." NAME }
 * </pre>
 */
final class TagParser {

    private static final Set<String> RESERVED = Set.of("и", "или", "не", "and", "or", "not",
            "да", "нет", "true", "false", "иначе");

    /** Names that only make sense as an attempt to reach Java or JavaScript objects. */
    private static final Set<String> FORBIDDEN = Set.of("class", "getclass", "constructor", "prototype",
            "classloader", "runtime", "system", "forname", "invoke", "exec");

    private final List<Token> tokens;
    private int at;

    private TagParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Parses a whole tag, braces included, e.g. {@code {{ школа.название }}}. Never throws. */
    static Tag parse(String raw) {
        String inside = raw.substring(2, raw.length() - 2);
        try {
            TagParser parser = new TagParser(Lexer.tokens(inside));
            return parser.tag();
        } catch (TagSyntaxError error) {
            return new Tag.Invalid(error.getMessage(), error.suggestion(), opens(inside));
        }
    }

    /** What block a broken tag meant to open, judged by its first word. */
    private static Tag.BlockKind opens(String inside) {
        String start = inside.strip().toLowerCase(Locale.ROOT);
        if (start.startsWith("#каждый")) {
            return Tag.BlockKind.EACH;
        }
        return start.startsWith("#если") ? Tag.BlockKind.IF : null;
    }

    private Tag tag() {
        Token first = peek();
        if (first.is(Token.Kind.END)) {
            throw new TagSyntaxError("пустой тег", "впишите имя поля, например {{ школа.название }}");
        }
        if (first.is(Token.Kind.HASH)) {
            next();
            return blockOpening();
        }
        if (first.is(Token.Kind.SLASH)) {
            next();
            return blockEnd();
        }
        if (first.isWord("иначе")) {
            next();
            if (peek().isWord("если")) {
                throw new TagSyntaxError("{{иначе если …}} не поддерживается",
                        "поставьте внутрь {{иначе}} ещё один блок {{#если …}} … {{/если}}");
            }
            expectEnd("после «иначе» ничего писать не нужно");
            return new Tag.Else();
        }
        Expr expr = expression();
        List<FilterCall> filters = new ArrayList<>();
        while (peek().is(Token.Kind.PIPE)) {
            next();
            filters.add(filter());
        }
        if (!peek().is(Token.Kind.END)) {
            throw unexpected(peek());
        }
        return new Tag.Value(expr, filters);
    }

    private Tag blockOpening() {
        Token word = next();
        if (word.isWord("каждый")) {
            return each();
        }
        if (word.isWord("если")) {
            if (peek().is(Token.Kind.END)) {
                throw new TagSyntaxError("после #если нужно условие", "например {{#если школа.в_группе_риска}}");
            }
            Expr condition = expression();
            if (peek().is(Token.Kind.PIPE)) {
                throw new TagSyntaxError("в условии {{#если …}} фильтры не используются");
            }
            if (!peek().is(Token.Kind.END)) {
                throw unexpected(peek());
            }
            return new Tag.If(condition);
        }
        throw unknownBlock("#", word);
    }

    private Tag each() {
        String usage = "например {{#каждый школа из школы}}";
        Token variable = next();
        if (!variable.is(Token.Kind.IDENT) || RESERVED.contains(lower(variable.text()))) {
            throw new TagSyntaxError("после #каждый нужно имя для элемента списка, слово «из» и список", usage);
        }
        if (!peek().isWord("из")) {
            throw new TagSyntaxError(peek().is(Token.Kind.END)
                    ? "после #каждый нужно имя для элемента списка, слово «из» и список"
                    : "после имени «" + variable.text() + "» ожидалось слово «из», а найдено " + peek().shown(), usage);
        }
        next();
        checkName(variable.text());
        if (!peek().is(Token.Kind.IDENT)) {
            throw new TagSyntaxError("после «из» нужно имя списка, а найдено " + peek().shown(), usage);
        }
        Expr.Path list = path();
        boolean restart = false;
        String separator = null;
        String last = null;
        while (peek().is(Token.Kind.PIPE)) {
            next();
            Token option = next();
            if (option.isWord("нумерация_заново")) {
                restart = true;
            } else if (option.isWord("через")) {
                List<Object> args = arguments();
                if (args.isEmpty() || args.size() > 2 || !args.stream().allMatch(a -> a instanceof String)) {
                    throw new TagSyntaxError("после «через:» нужен разделитель в кавычках",
                            "например через:\", \" или через:\", \",\" и \"");
                }
                separator = (String) args.get(0);
                last = args.size() == 2 ? (String) args.get(1) : null;
            } else {
                throw new TagSyntaxError("неизвестный параметр цикла «" + option.text() + "»",
                        "есть: «нумерация_заново», «через»");
            }
        }
        if (!peek().is(Token.Kind.END)) {
            throw unexpected(peek());
        }
        return new Tag.Each(variable.text(), list, restart, separator, last);
    }

    private Tag blockEnd() {
        Token word = next();
        Tag.BlockKind kind;
        if (word.isWord("каждый")) {
            kind = Tag.BlockKind.EACH;
        } else if (word.isWord("если")) {
            kind = Tag.BlockKind.IF;
        } else {
            throw unknownBlock("/", word);
        }
        expectEnd("после /" + kind.word() + " ничего писать не нужно");
        return new Tag.End(kind);
    }

    private TagSyntaxError unknownBlock(String sign, Token word) {
        String shown = word.is(Token.Kind.END) ? "" : word.text();
        String suggestion = "есть: «" + sign + "каждый», «" + sign + "если»";
        return new TagSyntaxError("неизвестный блок «" + sign + shown + "»", suggestion);
    }

    private FilterCall filter() {
        Token name = next();
        if (!name.is(Token.Kind.IDENT)) {
            throw new TagSyntaxError("после «|» нужно имя фильтра", "есть: " + Suggestions.quoted(Filter.names()));
        }
        Optional<Filter> known = Filter.byName(lower(name.text()));
        if (known.isEmpty()) {
            List<String> close = Suggestions.close(name.text(), Filter.names());
            String suggestion = (close.isEmpty() ? "" : "возможно, «" + close.get(0) + "»; ")
                    + "есть: " + Suggestions.quoted(Filter.names());
            throw new TagSyntaxError("неизвестный фильтр «" + name.text() + "»", suggestion);
        }
        Filter filter = known.get();
        List<Object> args = peek().is(Token.Kind.COLON) ? arguments() : List.of();
        if (args.size() < filter.minArgs() || args.size() > filter.maxArgs()) {
            throw new TagSyntaxError("у фильтра «" + filter.russian() + "» "
                    + (filter.maxArgs() == 0 ? "не бывает аргументов" : "неверное число аргументов"),
                    "пишите так: | " + filter.usage());
        }
        checkArguments(filter, args);
        return new FilterCall(filter, args);
    }

    private static void checkArguments(Filter filter, List<Object> args) {
        switch (filter) {
            case NUMBER, PERCENT -> {
                if (!args.isEmpty()) {
                    Object digits = args.get(0);
                    if (!(digits instanceof BigDecimal d) || d.scale() > 0 || d.signum() < 0 || d.intValue() > 6) {
                        throw new TagSyntaxError("после «" + filter.russian() + ":» нужно число знаков после запятой, от 0 до 6",
                                "пишите так: | " + filter.usage());
                    }
                }
            }
            case PLURAL -> {
                if (!args.stream().allMatch(a -> a instanceof String)) {
                    throw new TagSyntaxError("фильтру «склонение» нужны три формы слова в кавычках",
                            "пишите так: | " + filter.usage());
                }
            }
            default -> {
                // other filters take no arguments or any literal
            }
        }
    }

    /** {@code :арг, арг…} after a filter or option; the colon is the current token. */
    private List<Object> arguments() {
        if (!peek().is(Token.Kind.COLON)) {
            return List.of();
        }
        next();
        List<Object> args = new ArrayList<>();
        do {
            Token token = next();
            if (token.is(Token.Kind.STRING)) {
                args.add(token.text());
            } else if (token.is(Token.Kind.NUMBER)) {
                args.add(new BigDecimal(token.text()));
            } else if (token.is(Token.Kind.MINUS) && peek().is(Token.Kind.NUMBER)) {
                args.add(new BigDecimal(next().text()).negate());
            } else if (token.isWord("да") || token.isWord("true")) {
                args.add(Boolean.TRUE);
            } else if (token.isWord("нет") || token.isWord("false")) {
                args.add(Boolean.FALSE);
            } else {
                throw new TagSyntaxError("аргумент фильтра должен быть строкой в кавычках или числом, а найдено " + token.shown());
            }
        } while (peek().is(Token.Kind.COMMA) && next() != null);
        return args;
    }

    private Expr expression() {
        Expr left = and();
        while (peek().isWord("или") || peek().isWord("or")) {
            next();
            left = new Expr.Or(left, and());
        }
        return left;
    }

    private Expr and() {
        Expr left = not();
        while (peek().isWord("и") || peek().isWord("and")) {
            next();
            left = new Expr.And(left, not());
        }
        return left;
    }

    private Expr not() {
        if (peek().isWord("не") || peek().isWord("not")) {
            next();
            return new Expr.Not(not());
        }
        Expr left = primary();
        if (peek().is(Token.Kind.COMPARE)) {
            String operator = next().text();
            return new Expr.Compare(left, operator, primary());
        }
        return left;
    }

    private Expr primary() {
        Token token = peek();
        switch (token.kind()) {
            case NUMBER -> {
                next();
                return new Expr.Literal(new BigDecimal(token.text()));
            }
            case MINUS -> {
                next();
                if (!peek().is(Token.Kind.NUMBER)) {
                    throw new TagSyntaxError("после «-» ожидалось число");
                }
                return new Expr.Literal(new BigDecimal(next().text()).negate());
            }
            case STRING -> {
                next();
                return new Expr.Literal(token.text());
            }
            case NUMERO -> {
                next();
                Token name = next();
                if (!name.is(Token.Kind.IDENT)) {
                    throw new TagSyntaxError("после «№» нужно имя элемента цикла", "например {{ №школа }}");
                }
                return new Expr.LoopNumber(name.text());
            }
            case LPAREN -> {
                next();
                Expr inner = expression();
                if (!next().is(Token.Kind.RPAREN)) {
                    throw new TagSyntaxError("не закрыта скобка «(»");
                }
                return inner;
            }
            case IDENT -> {
                if (token.isWord("да") || token.isWord("true")) {
                    next();
                    return new Expr.Literal(Boolean.TRUE);
                }
                if (token.isWord("нет") || token.isWord("false")) {
                    next();
                    return new Expr.Literal(Boolean.FALSE);
                }
                if (RESERVED.contains(lower(token.text()))) {
                    throw new TagSyntaxError("«" + token.text() + "» — служебное слово, а здесь ожидалось имя поля");
                }
                return path();
            }
            default -> throw new TagSyntaxError(token.is(Token.Kind.END)
                    ? "тег обрывается: ожидалось имя поля, число или строка"
                    : "ожидалось имя поля, число или строка, а найдено " + token.shown());
        }
    }

    private Expr.Path path() {
        List<String> names = new ArrayList<>();
        names.add(name(next()));
        while (peek().is(Token.Kind.DOT)) {
            next();
            Token token = next();
            if (!token.is(Token.Kind.IDENT)) {
                throw new TagSyntaxError("после точки нужно имя поля, а найдено " + token.shown());
            }
            names.add(name(token));
        }
        if (peek().is(Token.Kind.LPAREN)) {
            throw new TagSyntaxError("вызов функций и методов в шаблоне запрещён: «" + String.join(".", names) + "(…)»",
                    "шаблон может только выводить поля данных: {{ школа.название }}");
        }
        return new Expr.Path(names);
    }

    private String name(Token token) {
        checkName(token.text());
        return token.text();
    }

    private static void checkName(String name) {
        String lower = lower(name);
        if (lower.startsWith("__") || FORBIDDEN.contains(lower)) {
            throw new TagSyntaxError("имя «" + name + "» в шаблоне запрещено",
                    "шаблон может обращаться только к полям данных");
        }
    }

    private TagSyntaxError unexpected(Token token) {
        if (token.is(Token.Kind.IDENT)) {
            return new TagSyntaxError("лишнее слово «" + token.text() + "» в теге",
                    "между частями имени нужна точка, например «школа.руководитель»; фильтры пишутся после «|»");
        }
        if (token.is(Token.Kind.LPAREN)) {
            return new TagSyntaxError("вызов функций и методов в шаблоне запрещён",
                    "шаблон может только выводить поля данных: {{ школа.название }}");
        }
        return new TagSyntaxError("лишнее " + token.shown() + " в теге");
    }

    private void expectEnd(String message) {
        if (!peek().is(Token.Kind.END)) {
            throw new TagSyntaxError(message);
        }
    }

    private Token peek() {
        return tokens.get(at);
    }

    private Token next() {
        Token token = tokens.get(at);
        if (!token.is(Token.Kind.END)) {
            at++;
        }
        return token;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
