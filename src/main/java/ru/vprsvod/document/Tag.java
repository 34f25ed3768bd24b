package ru.vprsvod.document;

import java.util.List;

/** What a {@code {{ … }}} means once parsed. */
sealed interface Tag {

    /** {@code {{ путь | фильтр:аргумент … }}}: text (or, in a picture's alternative text, a picture). */
    record Value(Expr expr, List<FilterCall> filters) implements Tag {
        public Value {
            filters = List.copyOf(filters);
        }

        boolean has(Filter filter) {
            return filters.stream().anyMatch(call -> call.filter() == filter);
        }
    }

    /**
     * {@code {{#каждый школа из школы | нумерация_заново | через:", "," и "}}}.
     *
     * @param separator     put between repetitions inside a paragraph; null when not asked for
     * @param lastSeparator put before the last repetition instead of {@code separator}; null for the same
     */
    record Each(String variable, Expr.Path list, boolean restartNumbering, String separator, String lastSeparator)
            implements Tag {
    }

    record If(Expr condition) implements Tag {
    }

    record Else() implements Tag {
    }

    record End(BlockKind kind) implements Tag {
    }

    /**
     * The tag could not be understood; the message says why, in Russian. {@code opens} is the kind of
     * block it was meant to open (a broken {{#если …}}), or null, so its closing tag is not reported too.
     */
    record Invalid(String message, String suggestion, BlockKind opens) implements Tag {
        Invalid(String message, String suggestion) {
            this(message, suggestion, null);
        }
    }

    enum BlockKind {
        EACH("каждый"), IF("если");

        private final String word;

        BlockKind(String word) {
            this.word = word;
        }

        String word() {
            return word;
        }
    }

    static boolean isBlockTag(Tag tag) {
        return tag instanceof Each || tag instanceof If || tag instanceof Else || tag instanceof End;
    }
}
