package ru.vprsvod.workbook;

import java.util.List;
import java.util.Objects;

/**
 * A column of a table header, or a group of columns under a common title. A header with groups takes two
 * rows: the group title is merged across its columns above their names, and a plain column's name is
 * merged down through both rows.
 *
 * @param title   the column name, or the group title
 * @param columns the names of the group's columns; empty for a plain column
 */
public record XlsxHeader(String title, List<String> columns) {

    public XlsxHeader {
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
    }

    public static XlsxHeader column(String name) {
        return new XlsxHeader(name, List.of());
    }

    public static XlsxHeader group(String title, String... columns) {
        if (columns.length == 0) {
            throw new IllegalArgumentException("a header group needs at least one column: " + title);
        }
        return new XlsxHeader(title, List.of(columns));
    }

    boolean isGroup() {
        return !columns.isEmpty();
    }

    int width() {
        return isGroup() ? columns.size() : 1;
    }
}
