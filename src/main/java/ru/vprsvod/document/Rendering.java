package ru.vprsvod.document;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/** The outcome of filling a template with data: the .docx, or every problem found on the way. */
public sealed interface Rendering {

    /** The filled document; the bytes of a complete .docx file. */
    record Rendered(byte[] docx) implements Rendering {
        public Rendered {
            Objects.requireNonNull(docx, "docx");
            docx = docx.clone();
        }

        @Override
        public byte[] docx() {
            return docx.clone();
        }

        public void writeTo(OutputStream out) throws IOException {
            out.write(docx);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Rendered that && java.util.Arrays.equals(docx, that.docx);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(docx);
        }

        @Override
        public String toString() {
            return "Rendered[" + docx.length + " bytes]";
        }
    }

    /** Nothing was produced: a half-filled order is worse than none. Problems are in document order. */
    record Failed(List<TemplateProblem> problems) implements Rendering {
        public Failed {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a failed rendering needs at least one problem");
            }
        }
    }
}
