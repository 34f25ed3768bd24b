package ru.vprsvod.document;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The only kinds of values a template can see. Data is plain maps and lists; anything else is refused
 * rather than inspected, so a template can never reach into Java objects.
 */
enum ValueKind {
    NULL("пусто"),
    STRING("строка"),
    NUMBER("число"),
    BOOLEAN("да/нет"),
    DATE("дата"),
    PICTURE("рисунок"),
    LIST("список"),
    MAP("набор полей"),
    UNSUPPORTED("значение неподдерживаемого типа");

    private final String russian;

    ValueKind(String russian) {
        this.russian = russian;
    }

    String russian() {
        return russian;
    }

    static ValueKind of(Object value) {
        if (value == null) {
            return NULL;
        }
        if (value instanceof String) {
            return STRING;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigDecimal || value instanceof BigInteger) {
            return NUMBER;
        }
        if (value instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? UNSUPPORTED : NUMBER;
        }
        if (value instanceof Float f) {
            return f.isNaN() || f.isInfinite() ? UNSUPPORTED : NUMBER;
        }
        if (value instanceof Boolean) {
            return BOOLEAN;
        }
        if (value instanceof LocalDate) {
            return DATE;
        }
        if (value instanceof Picture) {
            return PICTURE;
        }
        if (value instanceof List) {
            return LIST;
        }
        if (value instanceof Map) {
            return MAP;
        }
        return UNSUPPORTED;
    }

    /** A supported number as a BigDecimal; callers check {@link #of} first. */
    static BigDecimal decimal(Object number) {
        if (number instanceof BigDecimal d) {
            return d;
        }
        if (number instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (number instanceof Double || number instanceof Float) {
            return BigDecimal.valueOf(((Number) number).doubleValue());
        }
        return BigDecimal.valueOf(((Number) number).longValue());
    }
}
