package ru.vprsvod.publishing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.vprsvod.checks.Findings;
import ru.vprsvod.commission.Commissions;
import ru.vprsvod.commission.ExpertBank;
import ru.vprsvod.commission.SubjectCommission;
import ru.vprsvod.consolidation.ResultsStore;
import ru.vprsvod.reference.Expert;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.report.RecheckBlank;

/**
 * The subject commissions of the campaign's re-check and their workbooks: whenever works are selected and the
 * reference has an «Эксперты» sheet, the works are assigned (seeded with the selection's seed, so the same data give
 * the same commissions), each member gets a pre-filled re-check protocol in the outbox's «Перепроверка ВПР …» folder,
 * and what the coordinator must know — experts who do not qualify, a bank too small, no chair — is written beside
 * them and shown on the «Документы» page. Blanks that no longer apply leave for «Предыдущие версии».
 */
final class RecheckCommissions {

    private static final Logger log = LoggerFactory.getLogger(RecheckCommissions.class);

    private final ResultsStore store;
    private final Outbox outbox;
    private final Path temporaryRoot;
    private final Clock clock;

    RecheckCommissions(ResultsStore store, Outbox outbox, Path temporaryRoot, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.temporaryRoot = temporaryRoot;
        this.clock = clock;
    }

    /** The commissions of the campaign year's selection, when there is one and a bank of experts to draw from. */
    static Optional<Commissions> of(Findings findings, Reference reference) {
        if (findings.recheck().year() != reference.campaignYear() || findings.recheck().works().isEmpty()
                || reference.experts().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Commissions.assign(findings.recheck().works(), ExpertBank.of(reference), reference.rules(),
                findings.recheck().seed()));
    }

    /** Whether the commissions have anyone on them: a directive of empty commissions is not made. */
    static boolean staffed(Commissions commissions) {
        return commissions.subjects().stream().anyMatch(s -> !s.members().isEmpty());
    }

    void make(Findings findings, Reference reference, boolean force, Consumer<String> progress) {
        int year = reference.campaignYear();
        Optional<Commissions> commissions = of(findings, reference);
        Set<String> current = new HashSet<>();
        commissions.ifPresent(c -> {
            for (SubjectCommission subject : c.subjects()) {
                for (Expert expert : subject.members()) {
                    String name = OutboxNames.expertProtocol(year, subject.subject(), expert.name());
                    current.add(name);
                    String fingerprint = Outputs.sha256(RecheckBlank.fingerprint(subject, expert, reference));
                    if (!force && fingerprint.equals(store.outputFingerprint(name).orElse(""))
                            && Files.isRegularFile(outbox.resolve(name))) {
                        continue;
                    }
                    progress.accept(name);
                    outbox.publish(name, out -> RecheckBlank.write(out, subject, expert, reference, temporaryRoot));
                    store.recordOutput(name, fingerprint, clock.instant());
                    log.info("Wrote {}", name);
                }
            }
        });
        notes(year, commissions, reference);
        retireOthers(year, current);
    }

    /** The note for the coordinator, present exactly while there is something to say. */
    private void notes(int year, Optional<Commissions> commissions, Reference reference) {
        String name = OutboxNames.commissionNotes(year);
        List<String> lines = new ArrayList<>();
        commissions.ifPresent(c -> lines.addAll(c.problems()));
        // Who does not qualify is said as soon as the sheet is filled in, before any work is selected.
        if (!reference.experts().isEmpty()) {
            ExpertBank.of(reference).refusals().forEach(r -> lines.add(r.message()));
        }
        Path file = outbox.resolve(name);
        if (lines.isEmpty()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not remove the outdated {}: {}", file, e.toString());
            }
            return;
        }
        StringBuilder text = new StringBuilder("Предметные комиссии для перепроверки работ ВПР ").append(year)
                .append(": что нужно проверить (лист «Эксперты» справочника, лист «Правила»)\n\n");
        int n = 1;
        for (String line : lines) {
            text.append(n++).append(". ").append(line).append('\n');
        }
        byte[] bytes = Receipts.bytes(text.toString());
        try {
            if (Files.isRegularFile(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        outbox.publish(name, out -> out.write(bytes));
    }

    /** The blanks of experts no longer on a commission (or of a selection that changed) leave the folder. */
    private void retireOthers(int year, Set<String> current) {
        for (String name : outbox.retireOthers(OutboxNames.recheckFolder(year), ".xlsx", current)) {
            store.recordOutput(name, "", clock.instant());
            log.info("Retired {}", name);
        }
    }
}
