package ru.vprsvod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.consolidation.Journal;
import ru.vprsvod.consolidation.Journal.Step;
import ru.vprsvod.consolidation.ReceivedFile;
import ru.vprsvod.submission.Status;
import ru.vprsvod.testing.MutableClock;
import ru.vprsvod.testing.Protocol;

/**
 * The files of one pass are recorded in groups (one transaction, receipts synced together): inside a group a copy
 * of a file recorded just before is still a duplicate, a school's later file still replaces its earlier one, every
 * file keeps its whole trail; and a file that cannot be finished does not keep the others of its group from theirs.
 */
class GroupCommitTest {

    private static final Object[] FULL = {1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 2};
    private static final Object[] LESS = {1, 0, 2, 1, 0, 1, 1, 0, 1, 2, 1, 1, 2, 2, 2};

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.spring2026();

    private static List<Step> steps(App app, ReceivedFile file) {
        String claim = app.store.journal().latest(1000).stream()
                .filter(e -> e.step() == Step.RECORDED && Long.valueOf(file.id()).equals(e.fileId())).findFirst()
                .orElseThrow().claimId();
        return app.store.journal().ofClaim(claim).stream().map(Journal.Event::step).toList();
    }

    @Test
    void aPassRecordsItsFilesTogetherYetADuplicateIsFoundAndALaterFileReplacesTheEarlierOne() throws Exception {
        Department d = new Department(dir);
        Path first = Protocol.math4().pupil(40001, "4А", 5, FULL).write(d.inbox.resolve("edu990001_Математика_4_2026.xlsx"));
        Files.copy(first, Files.createDirectories(d.inbox.resolve("edu990001")).resolve("edu990001_Математика_4_2026 (копия).xlsx"));
        Protocol.math4().pupil(40002, "4А", 5, FULL).write(d.inbox.resolve("edu990002_Математика_4_2026.xlsx"));
        Path school = Files.createDirectories(d.inbox.resolve("edu990005"));
        Protocol.math4().pupil(40005, "4А", 5, FULL).write(school.resolve("edu990005_Математика_4_2026.xlsx"));
        Protocol.math4().pupil(40005, "4А", 5, LESS).write(school.resolve("edu990005_Математика_4_2026 исправленный.xlsx"));

        try (App app = d.open(d.settings(), clock)) {
            List<ReceivedFile> files = app.pipeline().runOnce().files();

            assertEquals(5, files.size(), files.toString());
            Map<String, Status> byName = files.stream().collect(Collectors.toMap(ReceivedFile::originalName, ReceivedFile::status));
            assertEquals(1, byName.values().stream().filter(s -> s == Status.DUPLICATE).count(), byName.toString());
            for (ReceivedFile file : files) {
                assertTrue(Files.isRegularFile(d.outbox.resolve(file.receiptPath())), "receipt of " + file.originalName());
                assertEquals(List.of(Step.CLAIMED, Step.ARCHIVED, Step.CHECKED, Step.RECORDED, Step.RECEIPT, Step.DONE),
                        steps(app, file), file.originalName());
            }
            // The school's two files in one group: the one recorded later is in force and says what it replaced.
            List<ReceivedFile> ofSchool = files.stream().filter(f -> f.school().equals("edu990005"))
                    .sorted(java.util.Comparator.comparingLong(ReceivedFile::id)).toList();
            assertEquals(2, ofSchool.size());
            String receipt = Files.readString(d.outbox.resolve(ofSchool.get(1).receiptPath()));
            assertTrue(receipt.contains("Заменяют данные файла «" + ofSchool.get(0).originalName() + "»"), receipt);
            List<ru.vprsvod.consolidation.StoredSubmission> current = app.store.currentSubmissions(2026).stream()
                    .filter(s -> s.school().equals("edu990005")).toList();
            assertEquals(1, current.size());
            assertEquals(ofSchool.get(1).id(), current.get(0).fileId());
            assertEquals(List.of(), Department.filesUnder(d.workFolder()));
            assertEquals(List.of(), app.store.journal().unrecordedClaims());
        }
    }

    @Test
    void aFileWhoseReceiptCannotBeWrittenDoesNotKeepTheOthersOfItsGroupFromTheirsAndIsFinishedLater() throws Exception {
        Department d = new Department(dir);
        for (int s = 1; s <= 4; s++) {
            Protocol.math4().pupil(40000 + s, "4А", 5, FULL).write(d.inbox.resolve("edu99000" + s + "_Математика_4_2026.xlsx"));
        }
        // Where the school's receipts go, a file: its receipt cannot be written, the others' can.
        Files.createDirectories(d.outbox);
        Path blocker = Files.writeString(d.outbox.resolve("edu990002"), "не папка");

        try (App app = d.open(d.settings(), clock)) {
            // The intake alone: the outputs would also want the school's folder.
            List<ReceivedFile> files = app.pipeline().intakeOnly();

            assertEquals(List.of("edu990001", "edu990003", "edu990004"), files.stream().map(ReceivedFile::school).sorted().toList());
            for (ReceivedFile file : files) {
                assertTrue(Files.isRegularFile(d.outbox.resolve(file.receiptPath())), "receipt of " + file.originalName());
            }
            assertEquals(4, app.store.files().size(), "the school's file is recorded, once; only its receipt is owed");
            assertEquals(1, Department.filesUnder(d.workFolder()).stream().filter(p -> p.getFileName().toString().equals("file"))
                    .count(), "it waits in the work folder");

            Files.delete(blocker);
            clock.advance(Duration.ofMinutes(1));
            List<ReceivedFile> later = app.pipeline().intakeOnly();

            assertEquals(List.of("edu990002"), later.stream().map(ReceivedFile::school).toList());
            assertTrue(Files.isRegularFile(d.outbox.resolve(later.get(0).receiptPath())));
            assertEquals(4, app.store.files().size(), "not counted twice");
            assertEquals(List.of(), Department.filesUnder(d.workFolder()));
            assertEquals(List.of(), app.store.journal().unrecordedClaims());
        }
    }
}
