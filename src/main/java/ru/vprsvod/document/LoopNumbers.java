package ru.vprsvod.document;

import java.util.List;

/** Finds the «№переменная» uses in a tag, to check they stand inside their loops. */
final class LoopNumbers {

    private LoopNumbers() {
    }

    static void collect(Tag tag, List<String> out) {
        if (tag instanceof Tag.Value value) {
            collect(value.expr(), out);
        } else if (tag instanceof Tag.If condition) {
            collect(condition.condition(), out);
        }
    }

    static void collect(Expr expr, List<String> out) {
        if (expr instanceof Expr.LoopNumber number) {
            out.add(number.variable());
        } else if (expr instanceof Expr.Not not) {
            collect(not.operand(), out);
        } else if (expr instanceof Expr.And and) {
            collect(and.left(), out);
            collect(and.right(), out);
        } else if (expr instanceof Expr.Or or) {
            collect(or.left(), out);
            collect(or.right(), out);
        } else if (expr instanceof Expr.Compare compare) {
            collect(compare.left(), out);
            collect(compare.right(), out);
        }
    }
}
