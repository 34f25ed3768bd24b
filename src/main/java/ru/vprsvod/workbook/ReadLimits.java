package ru.vprsvod.workbook;

/**
 * Bounds that protect the service from hostile or accidental giants (zip bombs, million-row sheets).
 * A school's results form is a few hundred rows; the defaults leave a wide margin.
 */
public record ReadLimits(
        long maxFileBytes,
        long maxInflatedBytes,
        int maxArchiveEntries,
        int maxSheets,
        int maxRowsPerSheet,
        int maxColumns,
        long maxCells) {

    public static ReadLimits defaults() {
        return new ReadLimits(
                50L * 1024 * 1024,   // 50 MB on disk
                400L * 1024 * 1024,  // 400 MB of XML once unzipped
                1_000,
                100,
                100_000,
                1_000,
                5_000_000);
    }
}
