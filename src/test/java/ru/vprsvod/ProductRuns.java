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
        Settings defaults = Settings.defaults(Settings.Mode.PROCESS);
        Settings settings = new Settings(Settings.Mode.PROCESS, inbox, work.resolve("outbox"), reference, templates,
                work.resolve("data"), defaults.host(), defaults.port(), defaults.poll(), defaults.settle(), defaults.giveUp(),
                defaults.readTimeout(), null, false, null);
        return new ProductRuns(App.open(settings, Clock.systemDefaultZone()).orElseThrow());
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
