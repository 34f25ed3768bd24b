package ru.vprsvod.checks;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import ru.vprsvod.consolidation.Campaign;
import ru.vprsvod.consolidation.Consolidator;
import ru.vprsvod.consolidation.ResultsStore;
import ru.vprsvod.reference.Reference;

/**
 * The findings for the data as it is now, computed once per change: the web pages and the outputs ask for them
 * often, and they change only when a file is recorded or the reference is replaced.
 */
public final class LatestFindings {

    private record State(String reference, long changeMark) {
    }

    private final ResultsStore store;
    private final Consolidator consolidator;
    private final ObjectivityChecks checks;
    private final Cache<State, Findings> cache = Caffeine.newBuilder().maximumSize(2).build();

    public LatestFindings(ResultsStore store, Consolidator consolidator) {
        this.store = store;
        this.consolidator = consolidator;
        this.checks = new ObjectivityChecks(store);
    }

    /** The findings of every year with data, with the reference identified by its fingerprint. */
    public Findings get(Reference reference, String referenceFingerprint) {
        return cache.get(new State(referenceFingerprint, store.changeMark()), state -> compute(reference));
    }

    /** The findings for campaigns the caller has already consolidated (the same data as {@link #get}). */
    public Findings of(List<Campaign> campaigns, Reference reference, String referenceFingerprint) {
        return cache.get(new State(referenceFingerprint, store.changeMark()),
                state -> checks.check(campaigns, reference, store.federalList()));
    }

    private Findings compute(Reference reference) {
        List<Campaign> campaigns = new ArrayList<>();
        for (int year : consolidator.years(reference)) {
            campaigns.add(consolidator.campaign(year, reference));
        }
        return checks.check(campaigns, reference, store.federalList());
    }
}
