package ru.vprsvod.document;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The type of a data value as far as a template cares; what {@link DataSchema} is made of. */
sealed interface Shape {

    /** Nothing is known (the sample had a null or an empty list): every use is allowed. */
    record Unknown() implements Shape {
    }

    record Scalar(ValueKind kind) implements Shape {
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
