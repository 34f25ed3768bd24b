package ru.vprsvod.document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What fields the data for a template will have, without the data itself: used to check a template
 * when a coordinator uploads it ({@link DocxTemplate#lint(DataSchema)}).
 */
public final class DataSchema {

    private final Shape.Fields root;

    private DataSchema(Shape.Fields root) {
        this.root = root;
    }

    /**
     * The schema of data shaped like this sample. A list is described by all its elements together (their
     * fields are merged), so one complete element is enough; an empty list or a null says nothing, and
     * anything may then be used below it. A null or a blank text also says that the value may be empty: a tag
     * printing it without {@code | пусто} or {@code | по_умолчанию} is reported.
     *
     * @throws IllegalArgumentException if the sample holds a value a template cannot show (a programming error)
     */
    public static DataSchema fromSample(Map<String, Object> sample) {
        Objects.requireNonNull(sample, "sample");
        return new DataSchema((Shape.Fields) shapeOf(sample, "данные"));
    }

    Shape.Fields root() {
        return root;
    }

    private static Shape shapeOf(Object value, String path) {
        ValueKind kind = ValueKind.of(value);
        switch (kind) {
            case NULL:
                return Shape.EMPTY;
            case STRING:
                return new Shape.Scalar(kind, ((String) value).isBlank());
            case LIST: {
                Shape element = Shape.UNKNOWN;
                int index = 0;
                for (Object item : (List<?>) value) {
                    index++;
                    element = merge(element, shapeOf(item, path + "[" + index + "]"));
                }
                return new Shape.ListOf(element);
            }
            case MAP: {
                Map<String, Shape> fields = new HashMap<>();
                for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                    if (!(entry.getKey() instanceof String name)) {
                        throw new IllegalArgumentException(path + ": map keys must be strings, found " + entry.getKey());
                    }
                    fields.put(name, shapeOf(entry.getValue(), path + "." + name));
                }
                return new Shape.Fields(fields);
            }
            case UNSUPPORTED:
                throw new IllegalArgumentException(path + ": unsupported value type " + value.getClass().getName());
            default:
                return new Shape.Scalar(kind);
        }
    }

    private static Shape merge(Shape a, Shape b) {
        if (a instanceof Shape.Unknown) {
            return b;
        }
        if (b instanceof Shape.Unknown) {
            return a;
        }
        if (a instanceof Shape.Empty || b instanceof Shape.Empty) {
            Shape other = a instanceof Shape.Empty ? b : a;
            return other instanceof Shape.Scalar s ? new Shape.Scalar(s.kind(), true) : other;
        }
        if (a instanceof Shape.Scalar sa && b instanceof Shape.Scalar sb && sa.kind() == sb.kind()) {
            return new Shape.Scalar(sa.kind(), sa.mayBeEmpty() || sb.mayBeEmpty());
        }
        if (a instanceof Shape.Fields fa && b instanceof Shape.Fields fb) {
            Map<String, Shape> merged = new HashMap<>(fa.fields());
            fb.fields().forEach((name, shape) -> merged.merge(name, shape, DataSchema::merge));
            return new Shape.Fields(merged);
        }
        if (a instanceof Shape.ListOf la && b instanceof Shape.ListOf lb) {
            return new Shape.ListOf(merge(la.element(), lb.element()));
        }
        return a;
    }

    @Override
    public String toString() {
        return "DataSchema" + root.fields().keySet();
    }
}
