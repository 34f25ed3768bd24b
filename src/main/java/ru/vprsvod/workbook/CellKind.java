package ru.vprsvod.workbook;

/** What a non-blank cell holds. Blank cells are simply absent from a {@link SheetRow}. */
public enum CellKind {
    TEXT,
    NUMBER,
    BOOLEAN,
    /** An Excel error value such as {@code #DIV/0!}; {@link Cell#text()} holds it. */
    ERROR,
    /** A formula whose result was never cached by the program that saved the file. */
    FORMULA_WITHOUT_VALUE
}
