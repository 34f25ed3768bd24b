package ru.vprsvod.consolidation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import ru.vprsvod.submission.Status;
import ru.vprsvod.workbook.Problem;

/**
 * A file as the journal records it.
 *
 * @param source      «папка» (the inbox) or «веб» (the upload form)
 * @param school      the school's FIS OKO login, or empty when it could not be told
 * @param archivePath where the unchanged original is kept, relative to the data folder
 * @param duplicateOf the id of the earlier file with the same content that was accepted, or null
 * @param receiptPath the receipt's path relative to the outbox
 */
public record ReceivedFile(long id, String sha256, String originalName, String source, String senderSchool,
                           String school, Instant receivedAt, long size, String archivePath, Status status,
                           List<Problem> problems, int omittedProblems, Long duplicateOf, String receiptPath) {

    public ReceivedFile {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(originalName, "originalName");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(archivePath, "archivePath");
        Objects.requireNonNull(status, "status");
        problems = List.copyOf(problems);
        Objects.requireNonNull(receiptPath, "receiptPath");
    }
}
