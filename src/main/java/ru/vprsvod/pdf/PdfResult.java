package ru.vprsvod.pdf;

import java.time.Duration;
import java.util.Objects;

/** The outcome of converting one document: the PDF, or why there is none (in Russian, for the coordinator). */
public sealed interface PdfResult {

    /** @param took from the start of the conversion process to the PDF, for the log */
    record Converted(byte[] pdf, Duration took) implements PdfResult {
        public Converted {
            Objects.requireNonNull(pdf, "pdf");
            Objects.requireNonNull(took, "took");
            pdf = pdf.clone();
        }

        @Override
        public byte[] pdf() {
            return pdf.clone();
        }

        @Override
        public String toString() {
            return "Converted[" + pdf.length + " bytes in " + took.toMillis() + " ms]";
        }
    }

    record Failed(String reason) implements PdfResult {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
