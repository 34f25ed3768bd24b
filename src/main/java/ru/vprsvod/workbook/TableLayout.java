package ru.vprsvod.workbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The columns a list-like sheet must have (a header row, then one record per row), matched tolerantly:
 * case, spaces, line breaks and «ё» do not matter, and each column may have several accepted names.
 */
public final class TableLayout {

    /** Rows searched for the header: title rows and notes above it are common. */
    private static final int HEADER_SEARCH_ROWS = 30;

    /**
     * @param key      the program's name for the column
     * @param label    the name shown to users when the column is missing
     * @param required whether a sheet without it is rejected
     * @param matches  decides whether a normalised header text names this column
     */
    public record Column(String key, String label, boolean required, Predicate<String> matches) {
        public Column {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(matches, "matches");
        }

        /** A column recognised by any of the given names (compared after {@link Texts#normalize}). */
        public static Column named(String key, boolean required, String label, String... otherNames) {
            List<String> names = new ArrayList<>();
            names.add(Texts.normalize(label));
            for (String n : otherNames) {
                names.add(Texts.normalize(n));
            }
            return new Column(key, label, required, names::contains);
        }
    }

    private final List<Column> columns;

    public TableLayout(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    /**
     * Finds the header row (the first of the top rows naming the most required columns) and maps the columns.
     * Missing required columns are reported one by one against the header row found, to {@code problems}; then
     * the table is empty.
     */
    public Optional<SheetTable> locate(String file, Sheet sheet, Consumer<Problem> problems) {
        SheetRow best = null;
        int bestScore = 0;
        for (SheetRow row : sheet.rows()) {
            if (row.index() >= HEADER_SEARCH_ROWS) {
                break;
            }
            int score = match(row).size();
            if (score > bestScore) {
                best = row;
                bestScore = score;
            }
        }
        if (best == null) {
            String expected = String.join(", ", columns.stream().filter(Column::required).map(c -> "«" + c.label() + "»").toList());
            problems.accept(Problem.error(file, sheet.name(), "",
                    "не найдена строка заголовков таблицы", "", "строка с заголовками " + expected));
            return Optional.empty();
        }
        Map<String, Integer> found = match(best);
        boolean complete = true;
        for (Column c : columns) {
            if (c.required() && !found.containsKey(c.key())) {
                complete = false;
                problems.accept(Problem.error(file, sheet.name(), "",
                        "нет обязательного столбца «" + c.label() + "» (заголовки ищутся в строке " + (best.index() + 1) + ")",
                        "", "столбец с заголовком «" + c.label() + "»"));
            }
        }
        return complete ? Optional.of(new SheetTable(file, sheet, best.index(), found)) : Optional.empty();
    }

    private Map<String, Integer> match(SheetRow row) {
        Map<String, Integer> found = new LinkedHashMap<>();
        for (Cell cell : row.cells()) {
            if (cell.kind() != CellKind.TEXT) {
                continue;
            }
            String header = Texts.normalize(cell.text());
            for (Column c : columns) {
                if (!found.containsKey(c.key()) && c.matches().test(header)) {
                    found.put(c.key(), cell.column());
                    break;
                }
            }
        }
        return found;
    }
}
