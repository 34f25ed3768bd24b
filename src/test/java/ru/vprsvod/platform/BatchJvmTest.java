package ru.vprsvod.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BatchJvmTest {

    @Test
    void shortRunFlagsComeFirstSoTheUsersOwnOptionsWin() {
        assertEquals(List.of("/usr/bin/java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                        "-Xlog:gc:file=gc-%p.log", "-cp", "vpr-svod.jar", "ru.vprsvod.Main", "process", "--inbox", "Входящие"),
                BatchJvm.command("/usr/bin/java", List.of("-Xmx256m", "-Xlog:gc:file=gc-%p.log"), "vpr-svod.jar",
                        "ru.vprsvod.Main", List.of("process", "--inbox", "Входящие")));
    }

    @Test
    void aCompilerCollectorOrProfilerChosenByTheUserIsKeptWithoutRelaunching() {
        assertTrue(BatchJvm.userChose(List.of("-Xmx1g", "-XX:TieredStopAtLevel=4")));
        assertTrue(BatchJvm.userChose(List.of("-XX:+UseG1GC")));
        assertTrue(BatchJvm.userChose(List.of("-XX:+UseParallelGC")));
        assertTrue(BatchJvm.userChose(List.of("-XX:-TieredCompilation")));
        assertTrue(BatchJvm.userChose(List.of("-XX:StartFlightRecording=filename=run.jfr")));
        assertTrue(BatchJvm.userChose(List.of("-javaagent:jacoco.jar")));
        assertFalse(BatchJvm.userChose(List.of("-Xmx1g", "-Xlog:gc", "-XX:+HeapDumpOnOutOfMemoryError")));
    }
}
