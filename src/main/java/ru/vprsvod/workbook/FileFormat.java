package ru.vprsvod.workbook;

/** Spreadsheet formats the product reads, decided by the file's content, never by its name. */
public enum FileFormat {
    XLSX("Excel (.xlsx)"),
    XLSM("Excel с макросами (.xlsm)"),
    XLS("Excel 97–2003 (.xls)"),
    ODS("LibreOffice Calc (.ods)");

    private final String displayName;

    FileFormat(String displayName) {
        this.displayName = displayName;
    }

    /** The Russian name shown to users. */
    public String displayName() {
        return displayName;
    }
}
