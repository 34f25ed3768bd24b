package ru.vprsvod.reference;

import java.util.List;
import java.util.Objects;
import ru.vprsvod.workbook.Problem;

/** The outcome of reading the reference workbook: usable (perhaps with warnings) or not, with every problem. */
public sealed interface ReferenceReading {

    List<Problem> problems();

    record Loaded(Reference reference, List<Problem> problems) implements ReferenceReading {
        public Loaded {
            Objects.requireNonNull(reference, "reference");
            problems = List.copyOf(problems);
        }
    }

    record Invalid(List<Problem> problems) implements ReferenceReading {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }
}
