package ru.vprsvod.publishing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.vprsvod.consolidation.ResultsStore;
import ru.vprsvod.observers.ObserverPlan;
import ru.vprsvod.observers.ObserverReportForm;
import ru.vprsvod.observers.Visit;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.schedule.Sitting;

/**
 * What the observers' order leaves besides its documents: the order's visits kept by the store (the reports coming
 * back are matched against them), and for each visit with an observer the blank report beside the observer's
 * памятка, which the observer fills in and sends back through the inbox. Blanks of visits no longer in the order
 * leave for «Предыдущие версии».
 */
final class ObserverReportBlanks {

    private static final Logger log = LoggerFactory.getLogger(ObserverReportBlanks.class);

    private final ResultsStore store;
    private final Outbox outbox;
    private final Path temporaryRoot;
    private final Clock clock;

    ObserverReportBlanks(ResultsStore store, Outbox outbox, Path temporaryRoot, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.temporaryRoot = temporaryRoot;
        this.clock = clock;
    }

    /** The plan of the schedules in force, when there are schedules and a bank of observers to draw from. */
    static Optional<ObserverPlan> plan(List<Sitting> sittings, Set<String> riskGroup, Reference reference) {
        return plan(sittings, riskGroup, reference, List.of());
    }

    /** As {@link #plan(List, Set, Reference)}, keeping the visits of a registered order ({@code issued}) where it can. */
    static Optional<ObserverPlan> plan(List<Sitting> sittings, Set<String> riskGroup, Reference reference, List<Visit> issued) {
        return sittings.isEmpty() || reference.observers().isEmpty() ? Optional.empty()
                : Optional.of(ObserverPlan.of(reference, sittings, riskGroup, issued));
    }

    void make(Optional<ObserverPlan> plan, Reference reference, boolean force, Consumer<String> progress) {
        int year = reference.campaignYear();
        List<Visit> visits = plan.map(p -> p.visits(reference)).orElse(List.of());
        if (!visits.equals(store.observerVisits(year))) {
            store.issueObserverVisits(year, visits);
        }
        Set<String> current = new HashSet<>();
        for (ObserverPlan.Assignment a : plan.map(ObserverPlan::assignments).orElse(List.of())) {
            String name = OutboxNames.observerReportBlank(year, a.observer().name(), a.slot().school().login(), a.slot().date());
            current.add(name);
            String fingerprint = Outputs.sha256(String.join("|", "observer-report", String.valueOf(year), a.slot().school().login(),
                    a.slot().school().name(), a.slot().date().toString(), a.observer().name(), a.slot().works(),
                    String.join("|", ObserverReportForm.questions())));
            if (!force && fingerprint.equals(store.outputFingerprint(name).orElse("")) && Files.isRegularFile(outbox.resolve(name))) {
                continue;
            }
            progress.accept(name);
            outbox.publish(name, out -> ObserverReportForm.write(out, a, reference, clock.instant(), clock.getZone(), temporaryRoot));
            store.recordOutput(name, fingerprint, clock.instant());
            log.info("Wrote {}", name);
        }
        retireOthers(year, current);
    }

    private void retireOthers(int year, Set<String> current) {
        for (String name : outbox.retireOthers(OutboxNames.observersFolder(year), ".xlsx", current)) {
            store.recordOutput(name, "", clock.instant());
            log.info("Retired {}", name);
        }
    }
}
