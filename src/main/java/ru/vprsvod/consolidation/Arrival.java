package ru.vprsvod.consolidation;

import java.time.Instant;
import java.util.Objects;

/**
 * How a file arrived: what the journal records before knowing the verdict.
 *
 * @param claimId      the intake claim the file came from; a claim is recorded at most once
 * @param senderSchool the school folder or signed-in school as given, or null
 * @param archivePath  where the unchanged original is kept, relative to the data folder
 */
public record Arrival(String claimId, String sha256, String originalName, String source, String senderSchool, Instant receivedAt,
                      long size, String archivePath) {

    public static final String INBOX = "папка";
    public static final String WEB = "веб";

    public Arrival {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(originalName, "originalName");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(archivePath, "archivePath");
    }
}
