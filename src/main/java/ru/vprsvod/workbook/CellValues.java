package ru.vprsvod.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Reading typed values out of cells the way people fill them in: numbers stored as text, decimal commas. */
public final class CellValues {

    // Strict: «31.02.2026» is a mistake to report, not the 28th of February.
    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private CellValues() {
    }

    /** A date typed as text («20.05.2026», or ISO «2026-05-20») or stored by Excel as a serial day number. */
    public static Optional<LocalDate> date(Cell cell) {
        if (cell == null) {
            return Optional.empty();
        }
        if (cell.kind() == CellKind.NUMBER && cell.number() > 20000 && cell.number() < 80000) {
            // Excel's 1900 date system: serial 25569 is 1970-01-01.
            return Optional.of(LocalDate.ofEpochDay((long) Math.floor(cell.number()) - 25569));
        }
        String text = cell.text().strip();
        try {
            return Optional.of(LocalDate.parse(text, RUSSIAN_DATE));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text));
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
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
