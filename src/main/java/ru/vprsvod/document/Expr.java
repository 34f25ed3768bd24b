package ru.vprsvod.document;

import java.util.List;

/** An expression inside a tag. There are no calls of any kind: only data paths, literals and logic. */
sealed interface Expr {

    /** {@code школа.руководитель}: a loop variable or a top-level field, then fields of maps. */
    record Path(List<String> names) implements Expr {
        public Path {
            names = List.copyOf(names);
        }

        String text() {
            return String.join(".", names);
        }
    }

    /** {@code №школа}: the 1-based number of the current item of the loop over {@code школа}. */
    record LoopNumber(String variable) implements Expr {
    }

    /** A string, a BigDecimal number or a Boolean. */
    record Literal(Object value) implements Expr {
    }

    record Not(Expr operand) implements Expr {
    }

    record And(Expr left, Expr right) implements Expr {
    }

    record Or(Expr left, Expr right) implements Expr {
    }

    /** {@code operator} is one of = ≠ &lt; ≤ &gt; ≥ (the tokenizer maps the other spellings). */
    record Compare(Expr left, String operator, Expr right) implements Expr {
    }

    /** How the expression reads in a message. */
    static String show(Expr expr) {
        if (expr instanceof Path path) {
            return path.text();
        }
        if (expr instanceof LoopNumber number) {
            return "№" + number.variable();
        }
        if (expr instanceof Literal literal) {
            return literal.value() instanceof String s ? "«" + s + "»" : String.valueOf(literal.value());
        }
        if (expr instanceof Not not) {
            return "не " + show(not.operand());
        }
        if (expr instanceof And and) {
            return show(and.left()) + " и " + show(and.right());
        }
        if (expr instanceof Or or) {
            return show(or.left()) + " или " + show(or.right());
        }
        Compare compare = (Compare) expr;
        return show(compare.left()) + " " + compare.operator() + " " + show(compare.right());
    }
}
