package ru.vprsvod.consolidation;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import ru.vprsvod.database.Coordination;
import ru.vprsvod.database.Database;
import ru.vprsvod.recheck.RecheckedWork;
import ru.vprsvod.reference.FederalList;
import ru.vprsvod.reference.Work;
import ru.vprsvod.submission.FormCheck;
import ru.vprsvod.submission.Participant;
import ru.vprsvod.submission.Submission;

/**
 * The department's data in the service's database (a SQLite file, or a PostgreSQL server; see {@link Database}): the journal of received files with their
 * problems, and the accepted submissions with every participant. Each received file is recorded in one
 * transaction, so a crash leaves either all of it or nothing. Nothing is ever deleted: a resubmission marks
 * the earlier submission as replaced. The SQL of each table lives beside it ({@link FileRows}, {@link SubmissionRows},
 * {@link ImportTables}, {@link Journal}); this class is the door and keeps the transactions.
 */
public final class ResultsStore implements AutoCloseable {

    private final Database database;
    private final Connection connection;
    /** The journal's own steps go through this second connection, which does not sync each commit (see open). */
    private final Connection journalConnection;
    private final Clock clock;
    private final Journal journal;
    /** Inside {@link #inOneTransaction}: nothing commits until the group's work is done. */
    private boolean grouped;
    /** A statement of the group failed and rolled back what came before it: the group must not commit. */
    private boolean groupBroken;

    private ResultsStore(Database database, Connection connection, Connection journalConnection, Clock clock) {
        this.database = database;
        this.connection = connection;
        this.journalConnection = journalConnection;
        this.clock = clock;
        this.journal = new Journal(journalConnection, this, clock);
    }

    /** Opens (creating when absent) the database file; journal times by the system clock. */
    public static ResultsStore open(Path file) {
        return open(Database.sqlite(file), Clock.systemUTC());
    }

    /** Opens (creating when absent) the database file; the journal's times are taken from {@code clock}. */
    public static ResultsStore open(Path file, Clock clock) {
        return open(Database.sqlite(file), clock);
    }

    /** Opens the database (migrating its schema first); the journal's times are taken from {@code clock}. */
    public static ResultsStore open(Database database, Clock clock) {
        try {
            database.migrate();
            Connection c = database.connect();
            // The journal's steps alone (claimed, archived, checked, receipt, done) are not worth a sync each: with
            // six of them per file, syncing was most of a batch's time (bench/README.md). See connectUnsynced: a
            // power cut can lose only the steps after the last recorded file, never data, and the work folder still
            // holds any file whose steps were lost before it was recorded.
            Connection journal = database.connectUnsynced();
            c.setAutoCommit(false);
            journal.setAutoCommit(false);
            return new ResultsStore(database, c, journal, clock);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open database " + database.describe() + ": " + e.getMessage(), e);
        }
    }

    /** Where the tables are. */
    public Database database() {
        return database;
    }

    /** The journal of intake, kept in the same database (and transactions) as the data. */
    public Journal journal() {
        return journal;
    }

    /** Fails with {@link IllegalStateException} when the database cannot be read: for the health check. */
    public synchronized void ping() {
        read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM files")) {
                return rs.next();
            }
        });
    }

    /** What recording a file changed: the stored file and the earlier submissions its data replaced. */
    public record Recorded(ReceivedFile file, List<StoredSubmission> replaced) {
        public Recorded {
            replaced = List.copyOf(replaced);
        }
    }

    /**
     * Records a received file, its verdict and, when accepted, its submissions, replacing the current
     * submission of the same school and work — all in one transaction.
     */
    public synchronized Recorded record(Arrival arrival, FormCheck check, Long duplicateOf, LongFunction<String> receiptPath) {
        return record(arrival, check, duplicateOf, receiptPath, Imports.NONE);
    }

    /** As {@link #record(Arrival, FormCheck, Long, LongFunction)}, with what a list or protocol brings. */
    public synchronized Recorded record(Arrival arrival, FormCheck check, Long duplicateOf, LongFunction<String> receiptPath,
                                        Imports imports) {
        // Nothing in here may commit: a crash must leave all of the file or none of it (found by the crash test).
        try {
            // Another instance on the same server records one file at a time with us: which submission is current
            // is read and then changed below.
            Coordination.recordingTurn(database, connection);
            if (!grouped) {
                // The steps of this file that a full disk kept from the journal come before its «recorded» (a group
                // writes them before its first file: the journal's connection could not write beside this one).
                journal.writeUnwritten();
            }
            long fileId = FileRows.insert(connection, arrival, check, duplicateOf, receiptPath);
            List<StoredSubmission> replaced = new ArrayList<>();
            for (Submission submission : check.submissions()) {
                Optional<StoredSubmission> earlier = current(submission.school(), submission.work());
                long id = SubmissionRows.insert(connection, fileId, submission, arrival.receivedAt());
                if (earlier.isPresent()) {
                    SubmissionRows.replace(connection, earlier.get().id(), id);
                    replaced.add(earlier.get());
                }
            }
            ImportTables.insert(connection, fileId, imports);
            if (imports.schedule().isPresent()) {
                ScheduleTables.insert(connection, fileId, check.status().accepted(), imports.schedule().get());
            }
            if (imports.observerReport().isPresent()) {
                ObserverTables.insertReport(connection, fileId, check.status().accepted(), imports.observerReport().get());
            }
            // In the same transaction: the journal says «recorded» exactly when the file is counted.
            Journal.insert(connection, clock.instant(), Journal.Step.RECORDED, arrival.claimId(), arrival.sha256(), fileId,
                    arrival.originalName(), check.school().isEmpty() ? arrival.senderSchool() : check.school(),
                    "file=" + fileId + " status=" + check.status() + " errors=" + check.errorCount() + " warnings="
                            + check.warningCount() + " submissions=" + check.submissions().size() + " replaces="
                            + replaced.size() + (duplicateOf == null ? "" : " duplicate_of=" + duplicateOf));
            Recorded recorded = new Recorded(file(fileId).orElseThrow(), replaced);
            if (!grouped) {
                connection.commit();
            }
            return recorded;
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw e instanceof SQLException sql ? new IllegalStateException("cannot record file: " + sql.getMessage(), sql)
                    : (RuntimeException) e;
        }
    }

    /**
     * Runs {@code work} — the recording of several files, each by {@link #record}, and whatever it reads meanwhile —
     * as one transaction: one commit, so one sync of the database's log for the whole group instead of one a file
     * (group commit). Either every file of the group is recorded or none is: a failure rolls the whole group back
     * and is thrown, for the caller to record the files one at a time. Other threads wait for the store meanwhile,
     * so nobody reads a file that may yet be rolled back.
     */
    public synchronized <T> T inOneTransaction(java.util.function.Supplier<T> work) {
        if (grouped) {
            return work.get();
        }
        try {
            journal.writeUnwritten();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the journal: " + e.getMessage(), e);
        }
        grouped = true;
        groupBroken = false;
        try {
            T result = work.get();
            if (groupBroken) {
                throw new IllegalStateException("a statement of the group failed; nothing of it is recorded");
            }
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollback();
            throw new IllegalStateException("cannot record files: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            rollback();
            throw e;
        } finally {
            grouped = false;
            groupBroken = false;
        }
    }

    /** Inside {@link #record}'s transaction. */
    private Optional<StoredSubmission> current(String school, Work work) throws SQLException {
        return SubmissionRows.select(connection, "WHERE school = ? AND year = ? AND subject = ? AND grade = ?"
                + " AND replaced_by IS NULL", school, work.year(), work.subject(), work.grade()).stream().findFirst();
    }

    /**
     * The accepted file with this content whose data is in force now (none of its submissions replaced, the
     * school's schedule in force, or the observer's report that counts for its school and date), if any: only a repeat of that file is a duplicate. The same bytes as an older,
     * since replaced file are a school going back to its earlier file, and the latest file sent is what counts.
     */
    public synchronized Optional<ReceivedFile> inForceWithHash(String sha256) {
        return files("WHERE sha256 = ? AND status IN ('ACCEPTED','ACCEPTED_WITH_WARNINGS')"
                + " AND (EXISTS (SELECT 1 FROM submissions s WHERE s.file_id = files.id)"
                + " AND NOT EXISTS (SELECT 1 FROM submissions s WHERE s.file_id = files.id AND s.replaced_by IS NOT NULL)"
                + " OR files.id IN (SELECT max(file_id) FROM schedules WHERE accepted = 1 GROUP BY school, year)"
                + " OR files.id IN (SELECT max(file_id) FROM observer_reports WHERE accepted = 1"
                + " GROUP BY year, school, sitting_date))"
                + " ORDER BY id DESC LIMIT 1", sha256).stream().findFirst();
    }

    /** The file recorded from an intake claim, if that claim was already processed. */
    public synchronized Optional<ReceivedFile> byClaim(String claimId) {
        return files("WHERE claim_id = ?", claimId).stream().findFirst();
    }

    public synchronized Optional<ReceivedFile> file(long id) {
        return files("WHERE id = ?", id).stream().findFirst();
    }

    /** Every received file, newest first. */
    public synchronized List<ReceivedFile> files() {
        return files("ORDER BY id DESC");
    }

    /** The files of one school, newest first. */
    public synchronized List<ReceivedFile> filesOf(String school) {
        return files("WHERE school = ? ORDER BY id DESC", school);
    }

    private List<ReceivedFile> files(String where, Object... args) {
        return read(c -> FileRows.select(c, where, args));
    }

    /** A file and one work it was for (also when it was rejected). */
    public record FileWork(long fileId, String school, Work work) {
    }

    /** The works of a year each received file was for, as far as its check could tell, oldest file first. */
    public synchronized List<FileWork> fileWorks(int year) {
        return read(c -> FileRows.works(c, year));
    }

    /** The works one file was for, as far as its check could tell: a rejected file's too. */
    public synchronized List<Work> worksOfFile(long fileId) {
        return read(c -> FileRows.worksOfFile(c, fileId));
    }

    /** The current (not replaced) submissions of a year. */
    public synchronized List<StoredSubmission> currentSubmissions(int year) {
        return submissions("WHERE year = ? AND replaced_by IS NULL ORDER BY grade, subject, school", year);
    }

    /** Every submission of a school for a work, oldest first: the history of resubmissions. */
    public synchronized List<StoredSubmission> history(String school, Work work) {
        return submissions("WHERE school = ? AND year = ? AND subject = ? AND grade = ? ORDER BY id",
                school, work.year(), work.subject(), work.grade());
    }

    /** Every submission of a year, current and replaced, oldest first. */
    public synchronized List<StoredSubmission> submissions(int year) {
        return submissions("WHERE year = ? ORDER BY id", year);
    }

    /** The submissions one file brought. */
    public synchronized List<StoredSubmission> submissionsOfFile(long fileId) {
        return submissions("WHERE file_id = ? ORDER BY id", fileId);
    }

    private List<StoredSubmission> submissions(String where, Object... args) {
        return read(c -> SubmissionRows.select(c, where, args));
    }

    /** The participants of a submission in row order. */
    public synchronized List<Participant> participants(long submissionId) {
        return read(c -> SubmissionRows.participants(c, submissionId));
    }

    /** The years that have any accepted data, ascending. */
    public synchronized List<Integer> years() {
        return read(c -> {
            List<Integer> years = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT year FROM submissions ORDER BY year")) {
                while (rs.next()) {
                    years.add(rs.getInt(1));
                }
            }
            return years;
        });
    }

    /** The federal lists imported through the inbox: for each year, the latest file's. */
    public synchronized FederalList federalList() {
        return read(ImportTables::federalList);
    }

    /** The federal-list rows a received file brought (none for other files). */
    public synchronized FederalList federalListOfFile(long fileId) {
        return read(c -> ImportTables.federalListOfFile(c, fileId));
    }

    /** The works of a year scored again by the commission: the latest protocol's row for each. */
    public synchronized List<RecheckedWork> rechecked(int year) {
        return read(c -> ImportTables.rechecked(c, year));
    }

    /** Each school's schedule in force for the year (its latest accepted «График»), by school. */
    public synchronized List<StoredSchedule> schedules(int year) {
        return read(c -> ScheduleTables.inForce(c, year));
    }

    /** Every «График» a school sent for a year, accepted or rejected, oldest first: the history of its versions. */
    public synchronized List<StoredSchedule> scheduleHistory(String school, int year) {
        return read(c -> ScheduleTables.history(c, school, year));
    }

    /** Every «График» received, accepted or rejected, of every school and year, oldest first. */
    public synchronized List<StoredSchedule> scheduleFiles() {
        return read(ScheduleTables::all);
    }

        /** The schedule a received file was, if it was a «График». */
    public synchronized Optional<StoredSchedule> scheduleOfFile(long fileId) {
        return read(c -> ScheduleTables.ofFile(c, fileId));
    }

    /** The schedule a received file was, with the versions its receipt names; empty when it was no «График». */
    public synchronized Optional<ScheduleVersions> scheduleVersions(long fileId) {
        return scheduleOfFile(fileId).map(schedule -> ScheduleVersions.of(schedule, schedule.school().isEmpty() ? List.of()
                : scheduleHistory(schedule.school(), schedule.year())));
    }

    /**
     * Keeps the observers' order of a year as it was just made (replacing the one made before), so the reports that
     * come back are matched against what the observers were sent.
     */
    public synchronized void issueObserverVisits(int year, List<ru.vprsvod.observers.Visit> visits) {
        read(c -> {
            ObserverTables.replaceVisits(c, year, visits);
            return visits.size();
        });
    }

    /** The visits of the year's observers' order as last made, by date then school; empty before it was made. */
    public synchronized List<ru.vprsvod.observers.Visit> observerVisits(int year) {
        return read(c -> ObserverTables.visits(c, year));
    }

    /** Every observer's report received for a year, accepted or rejected, oldest first. */
    public synchronized List<StoredObserverReport> observerReports(int year) {
        return read(c -> ObserverTables.reports(c, year));
    }

    /** Every observer's report received, of every year, oldest first. */
    public synchronized List<StoredObserverReport> observerReportFiles() {
        return read(ObserverTables::all);
    }

    /** The observer's report a received file was, if it was one. */
    public synchronized Optional<StoredObserverReport> observerReportOfFile(long fileId) {
        return read(c -> ObserverTables.ofFile(c, fileId));
    }

    /** The fingerprint of the data a generated document was last made from, if it was made. */
    public synchronized Optional<String> outputFingerprint(String path) {
        return read(c -> {
            try (var ps = Sql.prepare(c, "SELECT fingerprint FROM outputs WHERE path = ?", path); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
        });
    }

    /** The outbox paths of every output made and not retired since (a retired one is recorded with no fingerprint). */
    public synchronized List<String> outputsInPlace() {
        return read(c -> {
            List<String> paths = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT path FROM outputs WHERE fingerprint <> ''"
                    + " ORDER BY path")) {
                while (rs.next()) {
                    paths.add(rs.getString(1));
                }
            }
            return paths;
        });
    }

    public synchronized void recordOutput(String path, String fingerprint, Instant writtenAt) {
        read(c -> {
            try (var ps = Sql.prepare(c, "INSERT INTO outputs (path, fingerprint, written_at) VALUES (?,?,?)"
                    + " ON CONFLICT (path) DO UPDATE SET fingerprint = excluded.fingerprint, written_at = excluded.written_at",
                    path, fingerprint, writtenAt.toString())) {
                return ps.executeUpdate();
            }
        });
    }

    /** The inbox files seen and not taken, as the last run left them (see {@link InboxSeen}). */
    public synchronized List<InboxSeen> inboxSeen() {
        return read(c -> {
            List<InboxSeen> seen = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT path, size, modified, since,"
                    + " first_seen, reported FROM inbox_seen ORDER BY path")) {
                while (rs.next()) {
                    seen.add(new InboxSeen(rs.getString(1), rs.getLong(2), rs.getLong(3), Instant.parse(rs.getString(4)),
                            Instant.parse(rs.getString(5)), rs.getInt(6) != 0));
                }
            }
            return seen;
        });
    }

    /** Replaces what is remembered of the inbox with what a scan saw, in one transaction. */
    public synchronized void rememberInbox(List<InboxSeen> seen) {
        read(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM inbox_seen");
            }
            try (var ps = c.prepareStatement("INSERT INTO inbox_seen (path, size, modified, since, first_seen, reported)"
                    + " VALUES (?,?,?,?,?,?)")) {
                for (InboxSeen f : seen) {
                    ps.setString(1, f.path());
                    ps.setLong(2, f.size());
                    ps.setLong(3, f.modified());
                    ps.setString(4, f.since().toString());
                    ps.setString(5, f.firstSeen().toString());
                    ps.setInt(6, f.reported() ? 1 : 0);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return seen.size();
        });
    }

    /**
     * A number that grows with every recorded file: outputs made at the same mark are still up to date. Every
     * change of the data (a new file, a resubmission) records a file.
     */
    public synchronized long changeMark() {
        return read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM files")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** A unit of work on the connection, committed as one transaction by {@link #read}. */
    @FunctionalInterface
    interface Transaction<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs a statement or query and ends its transaction, so the database file can be checkpointed and the next
     * writer is not blocked; a failure rolls back and becomes an {@link IllegalStateException}.
     */
    private <T> T read(Transaction<T> work) {
        try {
            T result = work.run(connection);
            if (!grouped) {
                connection.commit();
            }
            return result;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private void rollback() {
        groupBroken |= grouped;
        Sql.rollback(connection);
    }

    private IllegalStateException failure(SQLException e) {
        rollback();
        return new IllegalStateException("database error: " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        try {
            journalConnection.close();
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close database: " + e.getMessage(), e);
        }
    }
}
