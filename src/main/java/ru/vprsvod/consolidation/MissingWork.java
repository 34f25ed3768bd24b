package ru.vprsvod.consolidation;

import java.util.List;
import ru.vprsvod.reference.School;
import ru.vprsvod.reference.Work;

/** The works a school is expected to submit (by the reference) and has not. */
public record MissingWork(School school, List<Work> works) {

    public MissingWork {
        works = List.copyOf(works);
    }
}
