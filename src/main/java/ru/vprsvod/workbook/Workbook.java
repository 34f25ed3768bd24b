package ru.vprsvod.workbook;

import java.util.List;
import java.util.Objects;

/** A whole spreadsheet file read into plain values, sheets in workbook order (hidden ones included). */
public record Workbook(FileFormat format, List<Sheet> sheets) {

    public Workbook {
        Objects.requireNonNull(format, "format");
        sheets = List.copyOf(sheets);
    }
}
