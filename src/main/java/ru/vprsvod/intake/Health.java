package ru.vprsvod.intake;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the intake is doing, for the health endpoint and the coordinator's page.
 *
 * @param status          {@code ok}; {@code warning} — works, but something needs a look (a file stuck in the
 *                        inbox, a reader that overran its time, little disk left); {@code error} — files are not
 *                        being processed (no database, no usable reference, the inbox folder unreachable, the
 *                        last pass failed)
 * @param problems        what is wrong, in Russian, one sentence each
 * @param inProcessing    claims in the work folder (being processed, or left for a retry)
 * @param waitingInInbox  files seen in the inbox and not taken yet (still being copied, or incomplete)
 * @param overdueInInbox  of those, waiting longer than the give-up time
 * @param stuckReaders    file readers that overran the time bound and are still running
 * @param lastPass        when the last pass over the inbox finished, or null before the first one
 * @param freeDiskBytes   usable space left in the data folder
 * @param writable        whether every folder the service writes can be written (no full or read-only disk)
 * @param freeBytes       usable space left for each folder written: {@code data}, {@code outbox}, {@code workFolder}
 */
public record Health(String status, List<String> problems, boolean database, boolean reference, boolean inbox,
                     int inProcessing, int waitingInInbox, int overdueInInbox, int stuckReaders, Instant lastPass,
                     long freeDiskBytes, boolean writable, Map<String, Long> freeBytes) {

    public static final String OK = "ok";
    public static final String WARNING = "warning";
    public static final String ERROR = "error";

    public Health {
        Objects.requireNonNull(status, "status");
        problems = List.copyOf(problems);
        freeBytes = Map.copyOf(freeBytes);
    }

    /** Whether files are being processed at all (a monitoring system should alarm otherwise). */
    public boolean working() {
        return !ERROR.equals(status);
    }
}
