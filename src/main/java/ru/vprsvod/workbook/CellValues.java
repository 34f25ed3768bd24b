package ru.vprsvod.workbook;

import java.math.BigDecimal;
import java.util.Optional;

/** Reading typed values out of cells the way people fill them in: numbers stored as text, decimal commas. */
public final class CellValues {

    private CellValues() {
    }

    /** The text a cell shows, trimmed; empty for a blank (null) cell. */
    public static String text(Cell cell) {
        return cell == null ? "" : cell.text().strip();
    }

    /** The value as a user would read it back, for «Найдено: …» (numbers with a decimal comma). */
    public static String display(Cell cell) {
        return cell == null ? "" : cell.display().strip();
    }

    /**
     * A decimal number from a NUMBER cell or from text such as «5», « 5 », «2,5», «2.5»; empty for anything else
     * (blank cells, words, formulas without a cached value).
     */
    public static Optional<BigDecimal> decimal(Cell cell) {
        if (cell == null) {
            return Optional.empty();
        }
        if (cell.kind() == CellKind.NUMBER) {
            return Double.isFinite(cell.number()) ? Optional.of(BigDecimal.valueOf(cell.number())) : Optional.empty();
        }
        if (cell.kind() != CellKind.TEXT) {
            return Optional.empty();
        }
        String t = cell.text().strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
        if (t.isEmpty() || t.length() > 30 || !t.matches("[-+]?\\d+(\\.\\d+)?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(t));
    }

    /** A whole number (5, «5», «5,0»); empty when the cell holds no number or a fractional one. */
    public static Optional<Integer> integer(Cell cell) {
        return decimal(cell).flatMap(d -> {
            try {
                return Optional.of(d.stripTrailingZeros().intValueExact());
            } catch (ArithmeticException e) {
                return Optional.empty();
            }
        });
    }
}
