package ru.vprsvod.consolidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.reference.Task;
import ru.vprsvod.reference.Work;
import ru.vprsvod.schedule.Sitting;
import ru.vprsvod.submission.FormCheck;
import ru.vprsvod.submission.Participant;
import ru.vprsvod.submission.Points;
import ru.vprsvod.submission.Status;
import ru.vprsvod.submission.Submission;
import ru.vprsvod.workbook.Problem;

/** The store on SQLite; {@link ResultsStorePostgresTest} runs every test again on a PostgreSQL server. */
class ResultsStoreTest {

    private static final Work MATH4 = new Work(2026, "Математика", 4);

    @TempDir
    Path dir;

    /** The store named {@code name}: the same name opens the same database again. */
    ResultsStore open(String name) {
        return ResultsStore.open(dir.resolve(name + ".sqlite"));
    }

    private static FormCheck accepted(int pupils) {
        List<Participant> participants = new java.util.ArrayList<>();
        for (int i = 0; i < pupils; i++) {
            participants.add(new Participant(i + 2, "4000" + i, "4А", "м", "1", false, 4, Points.of(1, Points.NOT_ATTEMPTED), 1));
        }
        Submission s = new Submission("edu990001", MATH4, List.of("Протокол"),
                List.of(new Task("1", 1, null), new Task("2", 1, null)), participants);
        return new FormCheck("a.xlsx", "edu990001", Status.ACCEPTED, List.of(), 0, List.of(s));
    }

    private static Arrival arrival(String claim, String sha) {
        return new Arrival(claim, sha, "a.xlsx", Arrival.INBOX, null, Instant.parse("2026-05-21T07:00:00Z"), 100, "archive/a");
    }

    @Test
    void aResubmissionReplacesTheCurrentOneAndBothStayOnRecord() {
        try (ResultsStore store = open("db")) {
            ResultsStore.Recorded first = store.record(arrival("c1", "h1"), accepted(3), null, id -> "r/" + id + ".txt");
            ResultsStore.Recorded second = store.record(arrival("c2", "h2"), accepted(2), null, id -> "r/" + id + ".txt");

            assertEquals(List.of(), first.replaced());
            assertEquals(1, second.replaced().size());
            List<StoredSubmission> current = store.currentSubmissions(2026);
            assertEquals(1, current.size());
            assertEquals(2, current.get(0).participants());
            List<StoredSubmission> history = store.history("edu990001", MATH4);
            assertEquals(2, history.size());
            assertEquals(history.get(1).id(), history.get(0).replacedBy());
            assertNull(history.get(1).replacedBy());
            assertEquals("r/" + second.file().id() + ".txt", second.file().receiptPath());
        }
    }

    @Test
    void participantsAndProblemsSurviveAReopen() {
        String db = "db";
        FormCheck rejected = new FormCheck("b.xlsx", "", Status.REJECTED,
                List.of(Problem.error("b.xlsx", "Протокол", "F12", "балл больше максимального", "3", "от 0 до 1")), 7, List.of());
        try (ResultsStore store = open(db)) {
            store.record(arrival("c1", "h1"), accepted(1), null, id -> "x");
            store.record(arrival("c2", "h2"), rejected, null, id -> "y");
        }
        try (ResultsStore store = open(db)) {
            List<Participant> participants = store.participants(store.currentSubmissions(2026).get(0).id());
            assertEquals("1;X", participants.get(0).points().encode());
            ReceivedFile file = store.files().get(0);
            assertEquals(Status.REJECTED, file.status());
            assertEquals(7, file.omittedProblems());
            assertEquals("Лист «Протокол», ячейка F12: балл больше максимального. Найдено: «3». Ожидается: от 0 до 1.",
                    file.problems().get(0).describe());
            assertTrue(store.byClaim("c1").isPresent());
            assertTrue(store.inForceWithHash("h1").isPresent());
            assertTrue(store.inForceWithHash("h2").isEmpty(), "a rejected file's content is not a duplicate");
        }
    }

    @Test
    void aClaimIsRecordedAtMostOnce() {
        try (ResultsStore store = open("db")) {
            store.record(arrival("c1", "h1"), accepted(1), null, id -> "x");
            try {
                store.record(arrival("c1", "h1"), accepted(1), null, id -> "x");
            } catch (IllegalStateException expected) {
                // the unique claim id refuses the second record
            }
            assertEquals(1, store.files().size());
            assertEquals(1, store.currentSubmissions(2026).size());
        }
    }

    /** report.json said «duplicateOf: 0» for every file: the null check asked about the wrong column. */
    @Test
    void anOrdinaryFileIsADuplicateOfNothing() {
        try (ResultsStore store = open("db")) {
            ResultsStore.Recorded first = store.record(arrival("c1", "h1"), accepted(1), null, id -> "x");
            ResultsStore.Recorded again = store.record(arrival("c2", "h1"), accepted(1).asDuplicate(), first.file().id(),
                    id -> "y");
            assertNull(store.file(first.file().id()).orElseThrow().duplicateOf());
            assertEquals(first.file().id(), store.file(again.file().id()).orElseThrow().duplicateOf());
        }
    }

    @Test
    void theJournalSaysRecordedInTheSameTransactionAsTheFileAndKnowsWhatIsUnrecorded() {
        try (ResultsStore store = open("db")) {
            Journal journal = store.journal();
            journal.append(Journal.Step.CLAIMED, "c1", null, null, "a.xlsx", null, "size=100");
            journal.append(Journal.Step.CLAIMED, "c2", null, null, "b.xlsx", null, "size=100");
            journal.append(Journal.Step.ARCHIVED, "c1", "h1", null, "a.xlsx", null, "");
            assertEquals(List.of("c1", "c2"), journal.unrecordedClaims());

            ResultsStore.Recorded recorded = store.record(arrival("c1", "h1"), accepted(1), null, id -> "x");

            assertEquals(List.of("c2"), journal.unrecordedClaims());
            List<Journal.Event> steps = journal.ofContent("h1");
            assertEquals(List.of(Journal.Step.CLAIMED, Journal.Step.ARCHIVED, Journal.Step.RECORDED),
                    steps.stream().map(Journal.Event::step).toList());
            Journal.Event last = steps.get(2);
            assertEquals(recorded.file().id(), last.fileId());
            assertEquals("edu990001", last.school());
            assertTrue(last.detail().startsWith("file=" + recorded.file().id() + " status=ACCEPTED errors=0"), last.detail());
            assertEquals(List.of(Journal.Step.CLAIMED), journal.ofClaim("c2").stream().map(Journal.Event::step).toList());
        }
    }

    /**
     * Found by the crash test: looking up the school's current submission committed the half-recorded file, so a
     * crash just then left an accepted file whose data was never stored (and the restart took it as done).
     */
    @Test
    void aFailureAfterTheFileRowLeavesNothingOfTheFileBehind() {
        try (ResultsStore store = open("db")) {
            Participant twice = new Participant(2, "40001", "4А", "м", "1", false, 4, Points.of(1, 1), 2);
            Submission broken = new Submission("edu990001", MATH4, List.of("Протокол"),
                    List.of(new Task("1", 1, null), new Task("2", 1, null)), List.of(twice, twice));
            FormCheck check = new FormCheck("a.xlsx", "edu990001", Status.ACCEPTED, List.of(), 0, List.of(broken));
            try {
                store.record(arrival("c1", "h1"), check, null, id -> "x");
            } catch (IllegalStateException expected) {
                // the same row number twice breaks the participants' primary key, after the file row was written
            }
            assertEquals(List.of(), store.files());
            assertEquals(List.of(), store.journal().latest(10));
        }
    }
    private static Sitting sitting(String school, int day, String classes) {
        return new Sitting(school, java.time.LocalDate.of(2026, 4, day), MATH4,
                classes.isEmpty() ? List.of() : List.of(classes.split(",")));
    }

    private ResultsStore.Recorded schedule(ResultsStore store, String claim, String school, Status status, List<Sitting> sittings) {
        FormCheck check = new FormCheck("график.xlsx", school, status, status == Status.REJECTED
                ? List.of(Problem.error("график.xlsx", "График", "A8", "дата вне периода проведения ВПР", "25.05.2026", "…"))
                : List.of(), 0, List.of());
        return store.record(arrival(claim, "h-" + claim), check, null, id -> "r/" + id,
                Imports.schedule(new ScheduleImport(school, 2026, sittings)));
    }

    @Test
    void theLatestAcceptedScheduleOfASchoolIsInForceAndARejectedOneChangesNothing() {
        try (ResultsStore store = open("db")) {
            long first = schedule(store, "c1", "edu990001", Status.ACCEPTED, List.of(sitting("edu990001", 15, "4А,4Б"))).file().id();
            long other = schedule(store, "c2", "edu990002", Status.ACCEPTED_WITH_WARNINGS, List.of(sitting("edu990002", 16, ""))).file().id();
            long second = schedule(store, "c3", "edu990001", Status.ACCEPTED,
                    List.of(sitting("edu990001", 14, "4А"), sitting("edu990001", 15, "4Б"))).file().id();
            long rejected = schedule(store, "c4", "edu990001", Status.REJECTED, List.of()).file().id();

            List<StoredSchedule> inForce = store.schedules(2026);
            assertEquals(List.of("edu990001", "edu990002"), inForce.stream().map(StoredSchedule::school).toList());
            assertEquals(second, inForce.get(0).fileId());
            assertEquals(List.of(sitting("edu990001", 14, "4А"), sitting("edu990001", 15, "4Б")), inForce.get(0).sittings());
            assertEquals(List.of(sitting("edu990002", 16, "")), inForce.get(1).sittings(), "a row without classes");
            assertEquals(other, inForce.get(1).fileId());
            assertEquals(List.of(), store.schedules(2025));

            assertEquals(List.of(first + " false", second + " true", rejected + " false"), store.scheduleHistory("edu990001", 2026)
                    .stream().map(h -> h.fileId() + " " + h.inForce()).toList());
            StoredSchedule refused = store.scheduleOfFile(rejected).orElseThrow();
            assertEquals(false, refused.accepted());
            assertEquals(List.of(), refused.sittings());
            assertTrue(store.scheduleOfFile(999).isEmpty());
            // Only the schedule in force is a duplicate when its bytes come again; an older one counts as sent anew.
            assertTrue(store.inForceWithHash("h-c3").isPresent());
            assertTrue(store.inForceWithHash("h-c1").isEmpty());
            assertTrue(store.inForceWithHash("h-c4").isEmpty());
        }
    }

    private ResultsStore.Recorded observerReport(ResultsStore store, String claim, Status status, int day,
                                                 List<String> violations) {
        FormCheck check = new FormCheck("отчёт.xlsx", "edu990001", status, List.of(), 0, List.of());
        return store.record(arrival(claim, "h-" + claim), check, null, id -> "r/" + id, Imports.observerReport(
                new ObserverReportImport("edu990001", 2026, java.time.LocalDate.of(2026, 4, day), "Белоусов Игорь Викторович",
                        violations, status == Status.REJECTED ? "" : "Замечаний нет")));
    }

    @Test
    void theObserversOrderIsReplacedWholeAndTheirReportsAreKeptWithTheFileInForce() {
        try (ResultsStore store = open("db")) {
            assertEquals(List.of(), store.observerVisits(2026));
            var first = new ru.vprsvod.observers.Visit("edu990001", java.time.LocalDate.of(2026, 4, 15),
                    "Математика, 4 класс (4А)", "Белоусов Игорь Викторович", java.time.LocalDate.of(2026, 5, 15));
            var unfilled = new ru.vprsvod.observers.Visit("edu990002", java.time.LocalDate.of(2026, 4, 14),
                    "Русский язык, 5 класс", "", java.time.LocalDate.of(2026, 5, 14));
            store.issueObserverVisits(2026, List.of(first, unfilled));
            assertEquals(List.of(unfilled, first), store.observerVisits(2026), "by date, then school");
            store.issueObserverVisits(2026, List.of(first));
            assertEquals(List.of(first), store.observerVisits(2026));
            assertEquals(List.of(), store.observerVisits(2025));

            long accepted = observerReport(store, "c1", Status.ACCEPTED, 15,
                    List.of("Участники выполняли работу самостоятельно — списывали", "Второй")).file().id();
            long rejected = observerReport(store, "c2", Status.REJECTED, 15, List.of()).file().id();
            StoredObserverReport kept = store.observerReportOfFile(accepted).orElseThrow();
            assertEquals(List.of("Участники выполняли работу самостоятельно — списывали", "Второй"), kept.violations());
            assertEquals(java.time.LocalDate.of(2026, 4, 15), kept.date());
            assertEquals("Белоусов Игорь Викторович", kept.observer());
            assertTrue(kept.accepted());
            assertEquals(false, store.observerReportOfFile(rejected).orElseThrow().accepted());
            assertEquals(List.of(accepted, rejected), store.observerReports(2026).stream().map(StoredObserverReport::fileId).toList());
            assertEquals(2, store.observerReportFiles().size());
            // The accepted report that counts is a duplicate when its bytes come again; the rejected one is not.
            assertTrue(store.inForceWithHash("h-c1").isPresent());
            assertTrue(store.inForceWithHash("h-c2").isEmpty());
        }
    }
}
