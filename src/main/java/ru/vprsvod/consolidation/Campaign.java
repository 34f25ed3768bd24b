package ru.vprsvod.consolidation;

import java.util.List;
import java.util.Optional;
import ru.vprsvod.reference.Work;

/** The consolidated state of one year's VPR: results per work, and who has not submitted what. */
public record Campaign(int year, List<WorkResults> works, List<MissingWork> missing) {

    public Campaign {
        works = List.copyOf(works);
        missing = List.copyOf(missing);
    }

    public Optional<WorkResults> work(Work work) {
        return works.stream().filter(w -> w.spec().work().equals(work)).findFirst();
    }

    /** Schools × works submitted. */
    public int submissionCount() {
        return works.stream().mapToInt(w -> w.schools().size()).sum();
    }

    public int missingCount() {
        return missing.stream().mapToInt(m -> m.works().size()).sum();
    }
}
