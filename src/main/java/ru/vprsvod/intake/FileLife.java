package ru.vprsvod.intake;

import java.util.LinkedHashMap;
import java.util.Map;
import ru.vprsvod.consolidation.Journal;
import ru.vprsvod.consolidation.Journal.Step;
import ru.vprsvod.consolidation.ReceivedFile;
import ru.vprsvod.consolidation.ResultsStore;
import ru.vprsvod.log.LifeLog;
import ru.vprsvod.submission.FormCheck;

/**
 * The life of every received file, told twice with the same words: one log line per step with stable
 * {@code key=value} fields (for whoever reads or greps the log), and one journal row per step (for the
 * coordinator and for recovery). Each step is told when it is done, never before.
 *
 * <p>Fields: {@code step}, {@code claim} (the arrival), {@code file} (journal number, once recorded),
 * {@code sha256} (first 16 hex digits in the log, whole in the journal), {@code name}, {@code school},
 * {@code source}, {@code size}, {@code status}, {@code errors}, {@code warnings}, {@code ms}, {@code path},
 * {@code reason}.
 */
final class FileLife {

    private final Journal journal;

    FileLife(ResultsStore store) {
        this.journal = store.journal();
    }

    void received(Claim claim, long size) {
        tell(Step.RECEIVED, claim, null, null, claim.school(), fields("source", claim.source(), "size", size));
    }

    void claimed(Claim claim, InboxFile file) {
        tell(Step.CLAIMED, claim, null, null, claim.school(), fields("source", claim.source(), "size", file.size(),
                "complete", file.complete()));
    }

    /**
     * A claim found in the work folder taken up again. When the journal has no step of it at all (the disk was
     * full when it was taken, and the program stopped before it could write it), the step that took it is written
     * first, at the time it was taken, marked {@code restored=true}: the trail of every file starts where it did.
     */
    void resumed(Claim claim) {
        if (journal.ofClaim(claim.id()).isEmpty()) {
            Step taken = claim.source().equals("веб") ? Step.RECEIVED : Step.CLAIMED;
            Map<String, Object> detail = fields("source", claim.source(), "size", size(claim), "restored", true);
            journal.append(claim.receivedAt(), taken, claim.id(), null, null, claim.originalName(), claim.school(),
                    LifeLog.text(detail));
            log(taken, claim, null, null, claim.school(), detail);
        }
        tell(Step.RESUMED, claim, null, null, claim.school(), fields("source", claim.source()));
    }

    private static Long size(Claim claim) {
        try {
            return java.nio.file.Files.size(claim.file());
        } catch (java.io.IOException e) {
            return null;
        }
    }

    void archived(Claim claim, Archive.Archived archived) {
        tell(Step.ARCHIVED, claim, archived.sha256(), null, claim.school(), fields("size", archived.size(),
                "path", archived.relativePath()));
    }

    void checked(Claim claim, Archive.Archived archived, FormCheck check, long millis) {
        tell(Step.CHECKED, claim, archived.sha256(), null, school(check, claim), fields("status", check.status(),
                "errors", check.errorCount(), "warnings", check.warningCount(), "ms", millis));
    }

    void quarantined(Claim claim, Archive.Archived quarantined, String reason) {
        tell(Step.QUARANTINED, claim, quarantined.sha256(), null, claim.school(), fields("path", quarantined.relativePath(),
                "reason", reason));
    }

    /** Logged only: the journal row was written in the same transaction as the data ({@link ResultsStore#record}). */
    void recorded(Claim claim, ResultsStore.Recorded recorded) {
        ReceivedFile file = recorded.file();
        log(Step.RECORDED, claim, file.sha256(), file.id(), file.school(), fields("status", file.status(),
                "problems", file.problems().size(), "replaces", recorded.replaced().size(),
                "duplicate_of", file.duplicateOf()));
    }

    void receipt(Claim claim, ReceivedFile file) {
        tell(Step.RECEIPT, claim, file.sha256(), file.id(), file.school(), fields("path", file.receiptPath()));
    }

    void done(Claim claim, ReceivedFile file, long millis) {
        tell(Step.DONE, claim, file.sha256(), file.id(), file.school(), fields("status", file.status(), "ms", millis));
    }

    /**
     * A failure of ours (disk full, database locked …): the file stays in the work folder and is tried again at
     * the next pass. Journalled if the journal still works; the stack trace goes to the log.
     */
    void failed(Claim claim, RuntimeException e) {
        failed(claim, e, null);
    }

    /**
     * As {@link #failed(Claim, RuntimeException)}; when the failure was a fault of the machine (a full disk), the
     * line names it and carries no stack trace: the fault is told to the user once, not once per file.
     */
    void failed(Claim claim, RuntimeException e, Fault fault) {
        Map<String, Object> detail = fields("error", e.toString());
        if (fault != null) {
            detail.put("fault", fault.kind().name().toLowerCase(java.util.Locale.ROOT));
            detail.put("folder", fault.folder().toString());
            LifeLog.warn(line(Step.FAILED, claim.id(), null, null, claim.originalName(), claim.school(), detail));
        } else {
            LifeLog.error(line(Step.FAILED, claim.id(), null, null, claim.originalName(), claim.school(), detail), e);
        }
        try {
            journal.append(Step.FAILED, claim.id(), null, null, claim.originalName(), claim.school(), LifeLog.text(detail));
        } catch (RuntimeException again) {
            LifeLog.warn(fields("step", "failed", "claim", claim.id(), "journal", "unavailable", "error", again.toString()));
        }
    }

    /** A file still being written (or never finished) long after it appeared; told once per file and run. */
    void waiting(Inbox.Waiting waiting) {
        InboxFile file = waiting.file();
        Map<String, Object> detail = fields("path", file.path().toString(), "size", file.size(),
                "minutes", waiting.since().toMinutes());
        LifeLog.warn(line(Step.WAITING, null, null, null, file.name(), file.schoolFolder(), detail));
        journal.append(Step.WAITING, null, null, null, file.name(), file.schoolFolder(), LifeLog.text(detail));
    }

    private void tell(Step step, Claim claim, String sha256, Long fileId, String school, Map<String, Object> detail) {
        journal.append(step, claim.id(), sha256, fileId, claim.originalName(), school, LifeLog.text(detail));
        log(step, claim, sha256, fileId, school, detail);
    }

    private static void log(Step step, Claim claim, String sha256, Long fileId, String school, Map<String, Object> detail) {
        Map<String, Object> line = line(step, claim.id(), sha256, fileId, claim.originalName(), school, detail);
        if (step == Step.QUARANTINED) {
            LifeLog.warn(line);
        } else {
            LifeLog.info(line);
        }
    }

    private static Map<String, Object> line(Step step, String claim, String sha256, Long fileId, String name, String school,
                               Map<String, Object> detail) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("step", step.name().toLowerCase(java.util.Locale.ROOT));
        all.put("claim", claim);
        all.put("file", fileId);
        all.put("sha256", sha256 == null ? null : sha256.substring(0, 16));
        all.put("name", name);
        all.put("school", school == null || school.isEmpty() ? null : school);
        all.putAll(detail);
        return all;
    }

    private static String school(FormCheck check, Claim claim) {
        return check.school().isEmpty() ? claim.school() : check.school();
    }

    private static Map<String, Object> fields(Object... keysAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return fields;
    }
}
