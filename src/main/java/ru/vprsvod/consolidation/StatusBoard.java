package ru.vprsvod.consolidation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.School;
import ru.vprsvod.reference.Work;
import ru.vprsvod.reference.WorkSpec;
import ru.vprsvod.submission.Status;

/**
 * Who has submitted what in a year: for every school × work of the reference, whether its results are in, were
 * sent again, were rejected and are still awaited, or have not come at all — with the file that decided it.
 */
public record StatusBoard(int year, List<Work> works, List<Row> rows, List<ReceivedFile> rejectedWithoutWork,
                          Instant lastChange) {

    public enum State {
        MISSING("не сдано"),
        ACCEPTED("принято"),
        RESUBMITTED("принято повторно"),
        REJECTED("отклонено"),
        /** The school has no such grade by the reference: nothing is expected. */
        NOT_EXPECTED("—");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * @param latest        the newest file for this school and work, or null when none came
     * @param versions      how many times results were accepted (more than one: resubmitted)
     * @param laterRejected a file rejected after the current results were accepted (they still count)
     */
    public record Cell(Work work, State state, ReceivedFile latest, int versions, boolean laterRejected) {
        public Cell {
            Objects.requireNonNull(work, "work");
            Objects.requireNonNull(state, "state");
        }

        public Optional<ReceivedFile> latestFile() {
            return Optional.ofNullable(latest);
        }
    }

    public record Row(School school, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public Optional<Cell> cell(Work work) {
            return cells.stream().filter(c -> c.work().equals(work)).findFirst();
        }
    }

    public StatusBoard {
        works = List.copyOf(works);
        rows = List.copyOf(rows);
        rejectedWithoutWork = List.copyOf(rejectedWithoutWork);
    }

    public long count(State state) {
        return rows.stream().flatMap(r -> r.cells().stream()).filter(c -> c.state() == state).count();
    }

    /** Expected school × work pairs (those whose grade the school teaches). */
    public long expected() {
        return rows.stream().flatMap(r -> r.cells().stream()).filter(c -> c.state() != State.NOT_EXPECTED).count();
    }

    public Optional<Instant> optionalLastChange() {
        return Optional.ofNullable(lastChange);
    }

    public static StatusBoard of(Reference reference, int year, ResultsStore store) {
        List<Work> works = reference.specs(year).stream().map(WorkSpec::work).toList();
        Map<Long, ReceivedFile> files = new HashMap<>();
        for (ReceivedFile f : store.files()) {
            files.put(f.id(), f);
        }
        Map<String, List<StoredSubmission>> submissions = new HashMap<>();
        Map<String, Set<Long>> fileIds = new HashMap<>();
        for (StoredSubmission s : store.submissions(year)) {
            submissions.computeIfAbsent(key(s.school(), s.work()), k -> new ArrayList<>()).add(s);
            fileIds.computeIfAbsent(key(s.school(), s.work()), k -> new HashSet<>()).add(s.fileId());
        }
        Set<Long> placed = new HashSet<>();
        for (ResultsStore.FileWork fw : store.fileWorks(year)) {
            fileIds.computeIfAbsent(key(fw.school(), fw.work()), k -> new HashSet<>()).add(fw.fileId());
            placed.add(fw.fileId());
        }
        Map<String, School> schools = new LinkedHashMap<>();
        reference.schools().forEach(s -> schools.put(s.login(), s));
        List<Row> rows = new ArrayList<>();
        Instant last = null;
        for (School school : schools.values()) {
            List<Cell> cells = new ArrayList<>();
            for (Work work : works) {
                String key = key(school.login(), work);
                List<StoredSubmission> history = submissions.getOrDefault(key, List.of());
                ReceivedFile latest = fileIds.getOrDefault(key, Set.of()).stream().map(files::get).filter(Objects::nonNull)
                        .max(Comparator.comparingLong(ReceivedFile::id)).orElse(null);
                boolean current = history.stream().anyMatch(StoredSubmission::current);
                State state = current ? (history.size() > 1 ? State.RESUBMITTED : State.ACCEPTED)
                        : latest != null ? State.REJECTED
                        : school.grades().contains(work.grade()) ? State.MISSING : State.NOT_EXPECTED;
                boolean laterRejected = current && latest != null && latest.status() == Status.REJECTED;
                cells.add(new Cell(work, state, latest, history.size(), laterRejected));
                if (latest != null && (last == null || latest.receivedAt().isAfter(last))) {
                    last = latest.receivedAt();
                }
            }
            rows.add(new Row(school, cells));
        }
        // Rejected files of the year whose school or work could not be told (no cell of the table shows them):
        // listed apart, so that none goes unnoticed — an unknown login's file among them.
        List<ReceivedFile> unplaced = files.values().stream()
                .filter(f -> f.status() == Status.REJECTED && (!placed.contains(f.id()) || !schools.containsKey(f.school())))
                .filter(f -> f.receivedAt().atZone(java.time.ZoneOffset.UTC).getYear() == year)
                // A refused «График» of a known school is the «График» page's to show, with the school that owes it.
                .filter(f -> !(schools.containsKey(f.school()) && store.scheduleOfFile(f.id()).isPresent()))
                .sorted(Comparator.comparingLong(ReceivedFile::id).reversed()).toList();
        return new StatusBoard(year, works, rows, unplaced, last);
    }

    private static String key(String school, Work work) {
        return school + "|" + work.year() + "|" + work.subject() + "|" + work.grade();
    }
}
