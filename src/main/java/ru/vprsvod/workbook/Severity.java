package ru.vprsvod.workbook;

/** Errors reject a file; warnings are shown but the file is accepted. */
public enum Severity {
    ERROR("Ошибка"),
    WARNING("Предупреждение");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The Russian word shown in receipts. */
    public String label() {
        return label;
    }
}
