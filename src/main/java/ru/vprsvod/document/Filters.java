package ru.vprsvod.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** What each filter of {@link Filter} does to a value. «пусто» and «по_умолчанию» act earlier, in {@link Evaluator}. */
final class Filters {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private Filters() {
    }

    static Object apply(FilterCall call, Object value, String path) {
        Filter filter = call.filter();
        ValueKind kind = ValueKind.of(value);
        switch (filter) {
            case OPTIONAL, DEFAULT:
                return value;
            case DATE:
                return RussianText.date(date(filter, value, kind, path));
            case DATE_IN_WORDS:
                return RussianText.dateInWords(date(filter, value, kind, path));
            case NUMBER:
                return RussianText.number(number(filter, value, kind, path), call.digits());
            case PERCENT:
                return RussianText.percent(number(filter, value, kind, path), call.digits());
            case PLURAL: {
                BigDecimal count = kind == ValueKind.LIST
                        ? BigDecimal.valueOf(((List<?>) value).size())
                        : number(filter, value, kind, path);
                return RussianText.plural(count, (String) call.args().get(0), (String) call.args().get(1),
                        (String) call.args().get(2));
            }
            case COUNT:
                if (kind != ValueKind.LIST) {
                    throw Messages.filterNeeds(filter, "списку", path, kind.russian());
                }
                return BigDecimal.valueOf(((List<?>) value).size());
            case UPPER:
                return Evaluator.show(value, path).toUpperCase(RUSSIAN);
            case LOWER:
                return Evaluator.show(value, path).toLowerCase(RUSSIAN);
            case CAPITALIZED:
                return Evaluator.upperFirst(Evaluator.show(value, path));
            default:
                throw new IllegalStateException("filter without a rule: " + filter);
        }
    }

    private static LocalDate date(Filter filter, Object value, ValueKind kind, String path) {
        if (kind != ValueKind.DATE) {
            throw Messages.filterNeeds(filter, "дате", path, kind.russian());
        }
        return (LocalDate) value;
    }

    private static BigDecimal number(Filter filter, Object value, ValueKind kind, String path) {
        if (kind != ValueKind.NUMBER) {
            throw Messages.filterNeeds(filter, "числу", path, kind.russian());
        }
        return ValueKind.decimal(value);
    }
}
