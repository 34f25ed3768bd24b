package ru.vprsvod.workbook;

import java.util.Objects;

/** The outcome of opening a file as a spreadsheet: its contents, or why it cannot be read. */
public sealed interface WorkbookReading {

    record Opened(Workbook workbook) implements WorkbookReading {
        public Opened {
            Objects.requireNonNull(workbook, "workbook");
        }
    }

    /**
     * The file cannot be read as a spreadsheet.
     *
     * @param reason a complete Russian sentence for the user, e.g. «Файл защищён паролем: …»
     */
    record Unreadable(String reason) implements WorkbookReading {
        public Unreadable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
