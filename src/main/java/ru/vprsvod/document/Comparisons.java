package ru.vprsvod.document;

import java.time.LocalDate;
import java.util.Objects;

/** The comparisons of conditions: numbers with numbers, strings with strings, dates with dates. */
final class Comparisons {

    private Comparisons() {
    }

    static boolean compare(Object left, String operator, Object right, Expr.Compare where) {
        ValueKind lk = ValueKind.of(left);
        ValueKind rk = ValueKind.of(right);
        boolean equality = operator.equals("=") || operator.equals("≠");
        if (lk == ValueKind.NULL || rk == ValueKind.NULL) {
            if (!equality) {
                throw new ValueError("в сравнении «" + Expr.show(where) + "» пустое значение нельзя сравнивать на больше или меньше",
                        "проверьте сначала, что значение есть: {{#если поле и поле > 0}}");
            }
            boolean same = lk == rk;
            return operator.equals("=") == same;
        }
        if (lk != rk) {
            throw new ValueError("в сравнении «" + Expr.show(where) + "» нельзя сравнить " + lk.russian() + " и " + rk.russian(),
                    "сравнивайте число с числом, строку со строкой (в кавычках), дату с датой");
        }
        int order;
        switch (lk) {
            case NUMBER -> order = ValueKind.decimal(left).compareTo(ValueKind.decimal(right));
            case STRING -> order = ((String) left).compareTo((String) right);
            case DATE -> order = ((LocalDate) left).compareTo((LocalDate) right);
            case BOOLEAN -> {
                if (!equality) {
                    throw new ValueError("в сравнении «" + Expr.show(where) + "» да/нет нельзя сравнивать на больше или меньше", "");
                }
                order = Objects.equals(left, right) ? 0 : 1;
            }
            default -> throw new ValueError("в сравнении «" + Expr.show(where) + "» " + lk.russian() + " сравнивать нельзя", "");
        }
        return switch (operator) {
            case "=" -> order == 0;
            case "≠" -> order != 0;
            case "<" -> order < 0;
            case "≤" -> order <= 0;
            case ">" -> order > 0;
            default -> order >= 0;
        };
    }
}
