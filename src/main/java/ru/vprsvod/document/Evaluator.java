package ru.vprsvod.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Evaluates parsed tags against data made only of maps, lists and plain values. Nothing is looked up by
 * reflection and nothing is called: a path is a chain of {@link Map#get} and nothing else.
 *
 * <p>Truth of a condition: empty (null), «нет», zero, a blank string, an empty list or map are false;
 * everything else is true. A field that is not in the data at all is an error, not false, so a typo in
 * a condition cannot silently hide a paragraph.
 */
final class Evaluator {

    private Evaluator() {
    }

    /** A value, or a Russian problem and suggestion. */
    record Outcome<T>(T value, String problem, String suggestion) {
        static <T> Outcome<T> ok(T value) {
            return new Outcome<>(value, null, null);
        }

        static <T> Outcome<T> failed(ValueError error) {
            return new Outcome<>(null, error.getMessage(), error.suggestion());
        }

        boolean isOk() {
            return problem == null;
        }
    }

    static Outcome<String> text(Tag.Value tag, Scope scope) {
        try {
            return Outcome.ok(textOf(tag, scope));
        } catch (ValueError error) {
            return Outcome.failed(error);
        }
    }

    static Outcome<Boolean> condition(Tag.If tag, Scope scope) {
        try {
            return Outcome.ok(truth(evaluate(tag.condition(), scope), Expr.show(tag.condition())));
        } catch (ValueError error) {
            return Outcome.failed(error);
        }
    }

    static Outcome<List<?>> list(Tag.Each tag, Scope scope) {
        try {
            String path = tag.list().text();
            Object value = evaluate(tag.list(), scope);
            ValueKind kind = ValueKind.of(value);
            if (kind == ValueKind.NULL) {
                throw new ValueError("значение «" + path + "» пусто, а нужен список", "передайте пустой список, если элементов нет");
            }
            if (kind != ValueKind.LIST) {
                throw Messages.notList(path, kind.russian());
            }
            return Outcome.ok(new ArrayList<>((List<?>) value));
        } catch (ValueError error) {
            return Outcome.failed(error);
        }
    }

    /** The picture for a placeholder; an ok null means «| пусто» allowed it to be absent. */
    static Outcome<Picture> picture(Tag.Value tag, Scope scope) {
        String path = Expr.show(tag.expr());
        try {
            Object value;
            try {
                value = evaluate(tag.expr(), scope);
            } catch (ValueError.Absent absent) {
                if (tag.has(Filter.OPTIONAL)) {
                    return Outcome.ok(null);
                }
                throw absent;
            }
            ValueKind kind = ValueKind.of(value);
            if (kind == ValueKind.NULL) {
                if (tag.has(Filter.OPTIONAL)) {
                    return Outcome.ok(null);
                }
                throw Messages.emptyValue(path);
            }
            if (kind != ValueKind.PICTURE) {
                throw Messages.notPicture(path, kind.russian());
            }
            Picture picture = (Picture) value;
            if (!picture.looksLikePng()) {
                throw new ValueError("«" + path + "» — не рисунок PNG", "");
            }
            return Outcome.ok(picture);
        } catch (ValueError error) {
            return Outcome.failed(error);
        }
    }

    private static String textOf(Tag.Value tag, Scope scope) {
        String path = Expr.show(tag.expr());
        Object value;
        try {
            value = evaluate(tag.expr(), scope);
        } catch (ValueError.Absent absent) {
            String fallback = fallback(tag);
            if (fallback != null) {
                return fallback;
            }
            throw absent;
        }
        if (isEmpty(value)) {
            String fallback = fallback(tag);
            if (fallback != null) {
                return fallback;
            }
            // A blank text is as empty as a missing one: printed silently it leaves «» or a gap in a title.
            if (!(value instanceof List<?>)) {
                throw Messages.emptyValue(path);
            }
        }
        for (FilterCall call : tag.filters()) {
            value = Filters.apply(call, value, path);
        }
        return show(value, path);
    }

    /** «по_умолчанию» wins over «пусто»; both act on the raw value, wherever they stand in the tag. */
    private static String fallback(Tag.Value tag) {
        for (FilterCall call : tag.filters()) {
            if (call.filter() == Filter.DEFAULT) {
                return show(call.args().get(0), "по_умолчанию");
            }
        }
        return tag.has(Filter.OPTIONAL) ? "" : null;
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof String s && s.isBlank() || value instanceof List<?> l && l.isEmpty();
    }

    /** How a value reads in a document when no filter says otherwise. */
    static String show(Object value, String path) {
        ValueKind kind = ValueKind.of(value);
        return switch (kind) {
            case NULL -> "";
            case STRING -> (String) value;
            case NUMBER -> RussianText.plain(ValueKind.decimal(value));
            case BOOLEAN -> (Boolean) value ? "да" : "нет";
            case DATE -> RussianText.date((LocalDate) value);
            case LIST -> throw Messages.listAsText(path);
            case MAP -> throw Messages.fieldsAsText(path, keys((Map<?, ?>) value));
            case PICTURE -> throw Messages.pictureAsText(path);
            case UNSUPPORTED -> throw unsupported(path, value);
        };
    }

    static Object evaluate(Expr expr, Scope scope) {
        if (expr instanceof Expr.Path path) {
            return lookup(path, scope);
        }
        if (expr instanceof Expr.Literal literal) {
            return literal.value();
        }
        if (expr instanceof Expr.LoopNumber number) {
            Scope frame = scope.frame(number.variable());
            if (frame == null) {
                throw Messages.noLoop(number.variable());
            }
            return BigDecimal.valueOf(frame.number());
        }
        if (expr instanceof Expr.Not not) {
            return !truth(evaluate(not.operand(), scope), Expr.show(not.operand()));
        }
        if (expr instanceof Expr.And and) {
            return truth(evaluate(and.left(), scope), Expr.show(and.left()))
                    && truth(evaluate(and.right(), scope), Expr.show(and.right()));
        }
        if (expr instanceof Expr.Or or) {
            return truth(evaluate(or.left(), scope), Expr.show(or.left()))
                    || truth(evaluate(or.right(), scope), Expr.show(or.right()));
        }
        Expr.Compare compare = (Expr.Compare) expr;
        return Comparisons.compare(evaluate(compare.left(), scope), compare.operator(),
                evaluate(compare.right(), scope), compare);
    }

    private static Object lookup(Expr.Path path, Scope scope) {
        List<String> names = path.names();
        String first = names.get(0);
        Scope frame = scope.frame(first);
        Object current;
        if (frame != null) {
            current = frame.item();
        } else if (scope.root().containsKey(first)) {
            current = scope.root().get(first);
        } else {
            throw Messages.noField(first, null, scope.startNames());
        }
        String sofar = first;
        for (String name : names.subList(1, names.size())) {
            ValueKind kind = ValueKind.of(current);
            if (kind == ValueKind.NULL) {
                throw Messages.emptyOnTheWay(sofar, sofar + "." + name);
            }
            if (kind != ValueKind.MAP) {
                throw kind == ValueKind.UNSUPPORTED ? unsupported(sofar, current) : Messages.notFields(sofar, kind.russian(), name);
            }
            Map<?, ?> map = (Map<?, ?>) current;
            if (!map.containsKey(name)) {
                throw Messages.noField(name, sofar, keys(map));
            }
            current = map.get(name);
            sofar = sofar + "." + name;
        }
        if (ValueKind.of(current) == ValueKind.UNSUPPORTED) {
            throw unsupported(sofar, current);
        }
        return current;
    }

    static boolean truth(Object value, String path) {
        return switch (ValueKind.of(value)) {
            case NULL -> false;
            case BOOLEAN -> (Boolean) value;
            case STRING -> !((String) value).isBlank();
            case NUMBER -> ValueKind.decimal(value).signum() != 0;
            case LIST -> !((List<?>) value).isEmpty();
            case MAP -> !((Map<?, ?>) value).isEmpty();
            case DATE, PICTURE -> true;
            case UNSUPPORTED -> throw unsupported(path, value);
        };
    }

    private static ValueError unsupported(String path, Object value) {
        return new ValueError("значение «" + path + "» имеет неподдерживаемый тип " + value.getClass().getName(),
                Messages.SUPPORTED_KINDS);
    }

    static List<String> keys(Map<?, ?> map) {
        List<String> keys = new ArrayList<>();
        for (Object key : map.keySet()) {
            if (key instanceof String name) {
                keys.add(name);
            }
        }
        return keys;
    }

    static String upperFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.forLanguageTag("ru")) + text.substring(1);
    }
}
