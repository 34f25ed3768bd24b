package ru.vprsvod;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import ru.vprsvod.checks.Findings;
import ru.vprsvod.config.Settings;
import ru.vprsvod.consolidation.Campaign;
import ru.vprsvod.consolidation.ReceivedFile;
import ru.vprsvod.reference.Reference;

/**
 * The product's full ingest path, as the benchmark times it: every inbox file taken, archived, read, checked,
 * recorded and answered with its receipt (exactly what {@code process} does for each file), then the statistics
 * of every work and the objectivity checks. Documents, the consolidated workbook and report.json are not made:
 * they are timed apart ({@code bench/README.md}).
 */
public final class ProductIngest {

    /** What one ingest did: files recorded, accepted school × work submissions, districts' findings computed. */
    public record Result(int files, int submissions, int riskGroup, long nanos) {
    }

    private ProductIngest() {
    }

    /** Runs on a fresh data folder and outbox under {@code work}; the inbox is consumed, as by the service. */
    public static Result run(Path inbox, Path reference, Path work) {
        Settings settings = ProductRuns.settings(inbox, reference, Path.of("templates"), work);
        long start = System.nanoTime();
        try (App app = App.open(settings, Clock.systemDefaultZone()).orElseThrow()) {
            List<ReceivedFile> files = app.pipeline.intakeOnly();
            Reference ref = app.references.current().orElseThrow();
            List<Campaign> campaigns = new ArrayList<>();
            for (int year : app.consolidator.years(ref)) {
                campaigns.add(app.consolidator.campaign(year, ref));
            }
            Findings findings = app.findings.of(campaigns, ref, app.references.fingerprint());
            int submissions = campaigns.stream().mapToInt(Campaign::submissionCount).sum();
            int risk = findings.years().stream().mapToInt(y -> y.riskGroup().size()).sum();
            return new Result(files.size(), submissions, risk, System.nanoTime() - start);
        }
    }
}
