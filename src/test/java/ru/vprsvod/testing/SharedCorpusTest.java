package ru.vprsvod.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A missing corpus skips the corpus tests on a developer's machine and fails them in CI. */
class SharedCorpusTest {

    @TempDir
    Path dir;

    @Test
    void aMissingCorpusFailsUnderCiAndIsSkippedElsewhere() {
        Path missing = dir.resolve("shared/corpus/poi-spreadsheets");
        AssertionFailedError failed = assertThrows(AssertionFailedError.class,
                () -> SharedCorpus.require(missing, Map.of("CI", "true")));
        assertTrue(failed.getMessage().contains("in CI (CI=true) the corpus tests must run"), failed.getMessage());
        assertThrows(TestAbortedException.class, () -> SharedCorpus.require(missing, Map.of()));
        assertThrows(TestAbortedException.class, () -> SharedCorpus.require(missing, Map.of("CI", "false")));
        assertEquals(dir, SharedCorpus.require(dir, Map.of("CI", "true")));
    }
}
