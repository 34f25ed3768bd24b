package ru.vprsvod.workbook;

/**
 * Thrown inside the readers to abandon a file from deep in a streaming loop (a limit crossed on row 100 001,
 * a zip bomb found while inflating). It never leaves the package: {@link Workbooks#read} turns it into
 * {@link WorkbookReading.Unreadable}, so for callers bad input stays a result.
 */
final class Rejected extends RuntimeException {

    Rejected(String reason) {
        // No stack trace: this is expected control flow, and hostile files may trigger it often.
        super(reason, null, false, false);
    }

    String reason() {
        return getMessage();
    }
}
