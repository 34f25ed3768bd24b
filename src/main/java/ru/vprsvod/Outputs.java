package ru.vprsvod;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.vprsvod.checks.Findings;
import ru.vprsvod.checks.ObjectivityChecks;
import ru.vprsvod.consolidation.Campaign;
import ru.vprsvod.consolidation.Consolidator;
import ru.vprsvod.consolidation.ReceivedFile;
import ru.vprsvod.consolidation.ResultsStore;
import ru.vprsvod.outbox.Outbox;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.report.JsonReport;

/**
 * The outputs made from the consolidated data: regenerated only when what they are made from changed (the
 * current submissions, the received files, the reference, the templates), so earlier versions are not
 * multiplied by passes that changed nothing.
 */
public final class Outputs {

    private static final Logger log = LoggerFactory.getLogger(Outputs.class);
    static final String REPORT_JSON = "report.json";

    private final ResultsStore store;
    private final Consolidator consolidator;
    private final Outbox outbox;
    private final Clock clock;
    private final ObjectivityChecks checks;

    public Outputs(ResultsStore store, Consolidator consolidator, Outbox outbox, Clock clock) {
        this.store = store;
        this.checks = new ObjectivityChecks(store);
        this.consolidator = consolidator;
        this.outbox = outbox;
        this.clock = clock;
    }

    public void refresh(Reference reference, String referenceFingerprint) {
        List<Campaign> campaigns = new ArrayList<>();
        for (int year : consolidator.years(reference)) {
            campaigns.add(consolidator.campaign(year, reference));
        }
        List<ReceivedFile> files = store.files();
        String fingerprint = fingerprint(referenceFingerprint, campaigns, files);
        if (!fingerprint.equals(store.outputFingerprint(REPORT_JSON).orElse(""))) {
            Findings findings = checks.check(campaigns, reference, store.federalList());
            outbox.publish(REPORT_JSON, out -> JsonReport.write(out, campaigns, files, reference.requisites(), findings,
                    clock.instant()));
            store.recordOutput(REPORT_JSON, fingerprint, clock.instant());
            log.info("Wrote {}", REPORT_JSON);
        }
    }

    private static String fingerprint(String referenceFingerprint, List<Campaign> campaigns, List<ReceivedFile> files) {
        StringBuilder text = new StringBuilder(referenceFingerprint);
        for (Campaign c : campaigns) {
            text.append('|').append(c.year());
            c.works().forEach(w -> w.schools().forEach(s -> text.append(',').append(s.submission().id())));
        }
        text.append('|').append(files.size()).append(files.isEmpty() ? "" : files.get(0).id());
        return sha256(text.toString());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
