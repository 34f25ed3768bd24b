package ru.vprsvod.document;

import java.util.List;

/** A filter as written in a tag, with its literal arguments (strings, BigDecimal numbers, Booleans). */
record FilterCall(Filter filter, List<Object> args) {

    FilterCall {
        args = List.copyOf(args);
    }

    /** The number-of-digits argument of «число» and «процент», or null when not given. */
    Integer digits() {
        return args.isEmpty() ? null : ((java.math.BigDecimal) args.get(0)).intValueExact();
    }
}
