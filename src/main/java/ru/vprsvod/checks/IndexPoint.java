package ru.vprsvod.checks;

import java.math.BigDecimal;
import java.util.Map;

/** A school's index of non-objectivity in one year, for its history over the years the product has. */
public record IndexPoint(int year, BigDecimal index, boolean riskGroup, Map<Rule, Integer> markers) {

    public IndexPoint {
        markers = Map.copyOf(markers);
    }
}
