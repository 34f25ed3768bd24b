package ru.vprsvod.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared corpus of real spreadsheets ({@code ../shared/corpus}, beside the checkout). A developer without it
 * gets the corpus tests skipped with a message; in CI ({@code CI=true}, as CI systems set it) its absence fails
 * them, so a green CI run always means the corpus was read.
 */
public final class SharedCorpus {

    /** Apache POI's test spreadsheets: broken, fuzzed, encrypted, bombs. */
    public static final Path POI_SPREADSHEETS = Path.of("../shared/corpus/poi-spreadsheets");

    private SharedCorpus() {
    }

    /** The POI corpus folder; skips the test when it is absent, or fails it in CI. */
    public static Path poiSpreadsheets() {
        return require(POI_SPREADSHEETS, System.getenv());
    }

    static Path require(Path corpus, Map<String, String> environment) {
        if (!Files.isDirectory(corpus)) {
            String absent = "the shared corpus is not present at " + corpus.toAbsolutePath().normalize();
            if ("true".equalsIgnoreCase(environment.getOrDefault("CI", "").strip())) {
                Assertions.fail(absent + ": in CI (CI=true) the corpus tests must run, not be skipped;"
                        + " check out the shared folder beside the project");
            }
            Assumptions.abort(absent + " (skipped; in CI this fails)");
        }
        return corpus;
    }
}
