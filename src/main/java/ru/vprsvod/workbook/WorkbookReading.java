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
     * @param reason      a complete Russian sentence for the user, e.g. «Файл защищён паролем: …»
     * @param outOfMemory reading ran out of memory: the file may be too large, or may only have met other files
     *                    being read at the same time
     */
    record Unreadable(String reason, boolean outOfMemory) implements WorkbookReading {
        public Unreadable {
            Objects.requireNonNull(reason, "reason");
        }

        public Unreadable(String reason) {
            this(reason, false);
        }
    }
}
