package ru.vprsvod.document;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The type of a data value as far as a template cares; what {@link DataSchema} is made of. */
sealed interface Shape {

    /** Nothing is known (the sample had a null or an empty list): every use is allowed. */
    record Unknown() implements Shape {
    }

    /**
     * A plain value; {@code mayBeEmpty} when the sample also had it empty (null or a blank text) somewhere, so a tag
     * printing it needs {@code | пусто} or {@code | по_умолчанию}.
     */
    record Scalar(ValueKind kind, boolean mayBeEmpty) implements Shape {
        Scalar(ValueKind kind) {
            this(kind, false);
        }
    }

    /**
     * The sample had nothing there (a null or a blank text): anything may be used below it, as with {@link Unknown},
     * but printing it as it is would print nothing.
     */
    record Empty() implements Shape {
    }

    record ListOf(Shape element) implements Shape {
    }

    /** A map of named fields; names are sorted so suggestions come out in a stable order. */
    record Fields(Map<String, Shape> fields) implements Shape {
        public Fields {
            fields = Collections.unmodifiableMap(new TreeMap<>(fields));
        }
    }

    Shape UNKNOWN = new Unknown();
    Shape EMPTY = new Empty();

    /** Whether printing a value of this shape may print nothing. */
    static boolean mayBeEmpty(Shape shape) {
        return shape instanceof Empty || shape instanceof Scalar s && s.mayBeEmpty();
    }

    /** Russian name of the kind of value, for messages («список», «строка»…). */
    static String describe(Shape shape) {
        if (shape instanceof Scalar scalar) {
            return scalar.kind().russian();
        }
        if (shape instanceof ListOf) {
            return ValueKind.LIST.russian();
        }
        if (shape instanceof Fields) {
            return ValueKind.MAP.russian();
        }
        return "неизвестно";
    }
}
