package ru.vprsvod;

import java.nio.file.Path;
import java.time.Clock;
import ru.vprsvod.config.Settings;

/**
 * The product as the benchmarks drive it in process: the service's parts over a data folder, for passes timed one
 * by one ({@code bench.IncrementalBench}). PDFs are off, as in {@code --pdf нет}.
 */
public final class ProductRuns implements AutoCloseable {

    private final App app;

    private ProductRuns(App app) {
        this.app = app;
    }

    public static ProductRuns open(Path inbox, Path reference, Path templates, Path work) {
        return new ProductRuns(App.open(settings(inbox, reference, templates, work), Clock.systemDefaultZone()).orElseThrow());
    }

    /** The settings of {@code process} over these folders, the outbox and data folder under {@code work}, PDF off. */
    static Settings settings(Path inbox, Path reference, Path templates, Path work) {
        Settings defaults = Settings.defaults(Settings.Mode.PROCESS);
        return new Settings(Settings.Mode.PROCESS, inbox, work.resolve("outbox"), reference, templates, work.resolve("data"),
                defaults.host(), defaults.port(), defaults.poll(), defaults.settle(), defaults.giveUp(), defaults.readTimeout(),
                null, false, null);
    }

    /** One pass of the service: the inbox's files, then every output whose data changed. Returns files taken. */
    public int pass() {
        return app.pipeline.runOnce().files().size();
    }

    @Override
    public void close() {
        app.close();
    }
}
