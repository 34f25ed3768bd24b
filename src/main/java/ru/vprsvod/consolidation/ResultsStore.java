package ru.vprsvod.consolidation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import ru.vprsvod.reference.Level;
import ru.vprsvod.reference.Task;
import ru.vprsvod.reference.Work;
import ru.vprsvod.submission.FormCheck;
import ru.vprsvod.submission.Participant;
import ru.vprsvod.submission.Points;
import ru.vprsvod.submission.Status;
import ru.vprsvod.submission.Submission;
import ru.vprsvod.workbook.Problem;
import ru.vprsvod.workbook.Severity;

/**
 * The department's data in one SQLite file owned by the service: the journal of received files with their
 * problems, and the accepted submissions with every participant. Each received file is recorded in one
 * transaction, so a crash leaves either all of it or nothing. Nothing is ever deleted: a resubmission marks
 * the earlier submission as replaced.
 */
public final class ResultsStore implements AutoCloseable {

    private static final int SCHEMA_VERSION = 1;

    private final Connection connection;
    private final Clock clock;
    private final Journal journal;

    private ResultsStore(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
        this.journal = new Journal(connection, this, clock);
    }

    /** Opens (creating when absent) the database file; journal times by the system clock. */
    public static ResultsStore open(Path file) {
        return open(file, Clock.systemUTC());
    }

    /** Opens (creating when absent) the database file; the journal's times are taken from {@code clock}. */
    public static ResultsStore open(Path file, Clock clock) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                // WAL + FULL sync: a committed file survives a power cut; readers never block the writer.
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=10000");
            }
            ResultsStore store = new ResultsStore(c, clock);
            store.migrate();
            return store;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open database " + file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void migrate() throws SQLException {
        String schema;
        try (InputStream in = ResultsStore.class.getResourceAsStream("schema.sql")) {
            schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            for (String statement : schema.replaceAll("(?m)--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT max(version) FROM schema_version")) {
                int version = rs.next() ? rs.getInt(1) : 0;
                if (version > SCHEMA_VERSION) {
                    throw new IllegalStateException("the database was written by a newer version of the program (schema "
                            + version + ")");
                }
                if (version < SCHEMA_VERSION) {
                    s.execute("INSERT INTO schema_version (version) VALUES (" + SCHEMA_VERSION + ")");
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /** The journal of intake, kept in the same database (and transactions) as the data. */
    public Journal journal() {
        return journal;
    }

    /** Fails with {@link IllegalStateException} when the database cannot be read: for the health check. */
    public synchronized void ping() {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM files")) {
            rs.next();
            connection.commit();
        } catch (SQLException e) {
            throw failure(e);
        }
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
    public synchronized Recorded record(Arrival arrival, FormCheck check, Long duplicateOf,
                                        java.util.function.LongFunction<String> receiptPath) {
        return record(arrival, check, duplicateOf, receiptPath, Imports.NONE);
    }

    /** As {@link #record(Arrival, FormCheck, Long, java.util.function.LongFunction)}, with what a list or protocol brings. */
    public synchronized Recorded record(Arrival arrival, FormCheck check, Long duplicateOf,
                                        java.util.function.LongFunction<String> receiptPath, Imports imports) {
        try {
            long fileId = insertFile(arrival, check, duplicateOf, "");
            try (PreparedStatement ps = connection.prepareStatement("UPDATE files SET receipt_path = ? WHERE id = ?")) {
                ps.setString(1, receiptPath.apply(fileId));
                ps.setLong(2, fileId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO file_works (file_id, year, subject, grade)"
                    + " VALUES (?,?,?,?)")) {
                for (Work work : check.works()) {
                    ps.setLong(1, fileId);
                    ps.setInt(2, work.year());
                    ps.setString(3, work.subject());
                    ps.setInt(4, work.grade());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            List<StoredSubmission> replaced = new ArrayList<>();
            for (Submission submission : check.submissions()) {
                Optional<StoredSubmission> earlier = current(submission.school(), submission.work());
                long id = insertSubmission(fileId, submission, arrival.receivedAt());
                if (earlier.isPresent()) {
                    try (PreparedStatement ps = connection.prepareStatement("UPDATE submissions SET replaced_by = ? WHERE id = ?")) {
                        ps.setLong(1, id);
                        ps.setLong(2, earlier.get().id());
                        ps.executeUpdate();
                    }
                    replaced.add(earlier.get());
                }
            }
            ImportTables.insert(connection, fileId, imports);
            // In the same transaction: the journal says «recorded» exactly when the file is counted.
            Journal.insert(connection, clock.instant(), Journal.Step.RECORDED, arrival.claimId(), arrival.sha256(), fileId,
                    arrival.originalName(), check.school().isEmpty() ? arrival.senderSchool() : check.school(),
                    "file=" + fileId + " status=" + check.status() + " errors=" + check.errorCount() + " warnings="
                            + check.warningCount() + " submissions=" + check.submissions().size() + " replaces="
                            + replaced.size() + (duplicateOf == null ? "" : " duplicate_of=" + duplicateOf));
            connection.commit();
            return new Recorded(file(fileId).orElseThrow(), replaced);
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw e instanceof SQLException sql ? new IllegalStateException("cannot record file: " + sql.getMessage(), sql)
                    : (RuntimeException) e;
        }
    }

    private long insertFile(Arrival a, FormCheck check, Long duplicateOf, String receiptPath) throws SQLException {
        long id;
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO files (sha256, original_name, source,"
                + " sender_school, school, received_at, size_bytes, archive_path, status, omitted_problems, duplicate_of,"
                + " receipt_path, claim_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(13, a.claimId());
            ps.setString(1, a.sha256());
            ps.setString(2, a.originalName());
            ps.setString(3, a.source());
            ps.setString(4, a.senderSchool());
            ps.setString(5, check.school());
            ps.setString(6, a.receivedAt().toString());
            ps.setLong(7, a.size());
            ps.setString(8, a.archivePath());
            ps.setString(9, check.status().name());
            ps.setInt(10, check.omittedProblems());
            if (duplicateOf == null) {
                ps.setNull(11, Types.INTEGER);
            } else {
                ps.setLong(11, duplicateOf);
            }
            ps.setString(12, receiptPath);
            ps.executeUpdate();
            id = generatedKey(ps);
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO problems (file_id, position, severity, sheet,"
                + " cell, message, found, expected) VALUES (?,?,?,?,?,?,?,?)")) {
            int position = 0;
            for (Problem p : check.problems()) {
                ps.setLong(1, id);
                ps.setInt(2, position++);
                ps.setString(3, p.severity().name());
                ps.setString(4, p.sheet());
                ps.setString(5, p.cell());
                ps.setString(6, p.message());
                ps.setString(7, p.found());
                ps.setString(8, p.expected());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return id;
    }

    private long insertSubmission(long fileId, Submission s, Instant acceptedAt) throws SQLException {
        long id;
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO submissions (file_id, school, year, subject,"
                + " grade, sheets, tasks, participants, accepted_at) VALUES (?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, fileId);
            ps.setString(2, s.school());
            ps.setInt(3, s.work().year());
            ps.setString(4, s.work().subject());
            ps.setInt(5, s.work().grade());
            ps.setString(6, String.join("\n", s.sheets()));
            ps.setString(7, encodeTasks(s.tasks()));
            ps.setInt(8, s.participants().size());
            ps.setString(9, acceptedAt.toString());
            ps.executeUpdate();
            id = generatedKey(ps);
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO participants (submission_id, row_number, code,"
                + " class_name, sex, variant, absent, journal_mark, primary_score, points) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            for (Participant p : s.participants()) {
                ps.setLong(1, id);
                ps.setInt(2, p.row());
                ps.setString(3, p.code());
                ps.setString(4, p.className());
                ps.setString(5, p.sex());
                ps.setString(6, p.variant());
                ps.setInt(7, p.absent() ? 1 : 0);
                if (p.journalMark() == null) {
                    ps.setNull(8, Types.INTEGER);
                } else {
                    ps.setInt(8, p.journalMark());
                }
                ps.setInt(9, p.primaryScore());
                ps.setString(10, p.points().encode());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return id;
    }

    /** The earliest file with this content that was accepted, if any: the same content again is a duplicate. */
    public synchronized Optional<ReceivedFile> acceptedWithHash(String sha256) {
        return queryFiles("WHERE sha256 = ? AND status IN ('ACCEPTED','ACCEPTED_WITH_WARNINGS') ORDER BY id LIMIT 1", sha256)
                .stream().findFirst();
    }

    /** The file recorded from an intake claim, if that claim was already processed. */
    public synchronized Optional<ReceivedFile> byClaim(String claimId) {
        return queryFiles("WHERE claim_id = ?", claimId).stream().findFirst();
    }

    public synchronized Optional<ReceivedFile> file(long id) {
        return queryFiles("WHERE id = ?", id).stream().findFirst();
    }

    /** Every received file, newest first. */
    public synchronized List<ReceivedFile> files() {
        return queryFiles("ORDER BY id DESC");
    }

    /** The files of one school, newest first. */
    public synchronized List<ReceivedFile> filesOf(String school) {
        return queryFiles("WHERE school = ? ORDER BY id DESC", school);
    }

    /** The current (not replaced) submissions of a year. */
    public synchronized List<StoredSubmission> currentSubmissions(int year) {
        return querySubmissions("WHERE year = ? AND replaced_by IS NULL ORDER BY grade, subject, school", year);
    }

    /** Every submission of a school for a work, oldest first: the history of resubmissions. */
    public synchronized List<StoredSubmission> history(String school, Work work) {
        return querySubmissions("WHERE school = ? AND year = ? AND subject = ? AND grade = ? ORDER BY id",
                school, work.year(), work.subject(), work.grade());
    }

    /** Every submission of a year, current and replaced, oldest first. */
    public synchronized List<StoredSubmission> submissions(int year) {
        return querySubmissions("WHERE year = ? ORDER BY id", year);
    }

    /** A file and one work it was for (also when it was rejected). */
    public record FileWork(long fileId, String school, Work work) {
    }

    /** The works of a year each received file was for, as far as its check could tell, oldest file first. */
    public synchronized List<FileWork> fileWorks(int year) {
        List<FileWork> list = new ArrayList<>();
        try (PreparedStatement ps = prepare("SELECT w.file_id, f.school, w.year, w.subject, w.grade FROM file_works w"
                + " JOIN files f ON f.id = w.file_id WHERE w.year = ? ORDER BY w.file_id", year);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new FileWork(rs.getLong(1), rs.getString(2), new Work(rs.getInt(3), rs.getString(4), rs.getInt(5))));
            }
            connection.commit();
            return list;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The submissions one file brought. */
    public synchronized List<StoredSubmission> submissionsOfFile(long fileId) {
        return querySubmissions("WHERE file_id = ? ORDER BY id", fileId);
    }

    /** Inside {@link #record}'s transaction: must not commit (a crash would leave an accepted file without data). */
    private Optional<StoredSubmission> current(String school, Work work) throws SQLException {
        return selectSubmissions("WHERE school = ? AND year = ? AND subject = ? AND grade = ? AND replaced_by IS NULL",
                school, work.year(), work.subject(), work.grade()).stream().findFirst();
    }

    /** The years that have any accepted data, ascending. */
    public synchronized List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT year FROM submissions ORDER BY year")) {
            while (rs.next()) {
                years.add(rs.getInt(1));
            }
            connection.commit();
            return years;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The federal lists imported through the inbox: for each year, the latest file's. */
    public synchronized ru.vprsvod.reference.FederalList federalList() {
        try {
            ru.vprsvod.reference.FederalList list = ImportTables.federalList(connection);
            connection.commit();
            return list;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The federal-list rows a received file brought (none for other files). */
    public synchronized ru.vprsvod.reference.FederalList federalListOfFile(long fileId) {
        try {
            ru.vprsvod.reference.FederalList list = ImportTables.federalListOfFile(connection, fileId);
            connection.commit();
            return list;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The works of a year scored again by the commission: the latest protocol's row for each. */
    public synchronized List<ru.vprsvod.recheck.RecheckedWork> rechecked(int year) {
        try {
            List<ru.vprsvod.recheck.RecheckedWork> works = ImportTables.rechecked(connection, year);
            connection.commit();
            return works;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The participants of a submission in row order. */
    public synchronized List<Participant> participants(long submissionId) {
        List<Participant> participants = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT row_number, code, class_name, sex, variant, absent,"
                + " journal_mark, primary_score, points FROM participants WHERE submission_id = ? ORDER BY row_number")) {
            ps.setLong(1, submissionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int journal = rs.getInt(7);
                    Integer journalMark = rs.wasNull() ? null : journal;
                    participants.add(new Participant(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getInt(6) == 1, journalMark, Points.decode(rs.getString(9)), rs.getInt(8)));
                }
            }
            connection.commit();
            return participants;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The fingerprint of the data a generated document was last made from, if it was made. */
    public synchronized Optional<String> outputFingerprint(String path) {
        try (PreparedStatement ps = prepare("SELECT fingerprint FROM outputs WHERE path = ?", path);
             ResultSet rs = ps.executeQuery()) {
            Optional<String> fingerprint = rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            connection.commit();
            return fingerprint;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public synchronized void recordOutput(String path, String fingerprint, Instant writtenAt) {
        try (PreparedStatement ps = prepare("INSERT INTO outputs (path, fingerprint, written_at) VALUES (?,?,?)"
                + " ON CONFLICT (path) DO UPDATE SET fingerprint = excluded.fingerprint, written_at = excluded.written_at",
                path, fingerprint, writtenAt.toString())) {
            ps.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private List<ReceivedFile> queryFiles(String where, Object... args) {
        String sql = "SELECT id, sha256, original_name, source, sender_school, school, received_at, size_bytes, archive_path,"
                + " status, omitted_problems, duplicate_of, receipt_path FROM files " + where;
        try {
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long dup = rs.getLong(12);
                    Long duplicateOf = rs.wasNull() ? null : dup; // asked right after its own column
                    rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getLong(8), rs.getString(9), rs.getString(10), rs.getInt(11),
                        duplicateOf, rs.getString(13)});
                }
            }
            Map<Long, List<Problem>> problems = problems(rows.stream().map(r -> (Long) r[0]).toList());
            List<ReceivedFile> files = new ArrayList<>(rows.size());
            for (Object[] r : rows) {
                files.add(new ReceivedFile((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], Instant.parse((String) r[6]), (Long) r[7], (String) r[8], Status.valueOf((String) r[9]),
                        problems.getOrDefault((Long) r[0], List.of()), (Integer) r[10], (Long) r[11], (String) r[12]));
            }
            connection.commit();
            return files;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The problems of the given files, in one query over their id range rather than one query per file. */
    private Map<Long, List<Problem>> problems(List<Long> fileIds) throws SQLException {
        Map<Long, List<Problem>> problems = new HashMap<>();
        if (fileIds.isEmpty()) {
            return problems;
        }
        Set<Long> wanted = new HashSet<>(fileIds);
        long min = fileIds.stream().mapToLong(Long::longValue).min().orElseThrow();
        long max = fileIds.stream().mapToLong(Long::longValue).max().orElseThrow();
        try (PreparedStatement ps = prepare("SELECT p.file_id, f.original_name, p.severity, p.sheet, p.cell, p.message, p.found,"
                + " p.expected FROM problems p JOIN files f ON f.id = p.file_id WHERE p.file_id BETWEEN ? AND ?"
                + " ORDER BY p.file_id, p.position", min, max);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                if (wanted.contains(id)) {
                    problems.computeIfAbsent(id, k -> new ArrayList<>()).add(new Problem(Severity.valueOf(rs.getString(3)),
                            rs.getString(2), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                }
            }
        }
        return problems;
    }

    /**
     * A number that grows with every recorded file: outputs made at the same mark are still up to date. Every
     * change of the data (a new file, a resubmission) records a file.
     */
    public synchronized long changeMark() {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM files")) {
            rs.next();
            long mark = rs.getLong(1);
            connection.commit();
            return mark;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private List<StoredSubmission> querySubmissions(String where, Object... args) {
        try {
            List<StoredSubmission> list = selectSubmissions(where, args);
            connection.commit(); // ends the read transaction, so the database file can be checkpointed
            return list;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private List<StoredSubmission> selectSubmissions(String where, Object... args) throws SQLException {
        String sql = "SELECT id, file_id, school, year, subject, grade, sheets, tasks, participants, accepted_at, replaced_by"
                + " FROM submissions " + where;
        try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
            List<StoredSubmission> list = new ArrayList<>();
            while (rs.next()) {
                long replaced = rs.getLong(11);
                Long replacedBy = rs.wasNull() ? null : replaced;
                list.add(new StoredSubmission(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        new Work(rs.getInt(4), rs.getString(5), rs.getInt(6)), Arrays.asList(rs.getString(7).split("\n")),
                        decodeTasks(rs.getString(8)), rs.getInt(9), Instant.parse(rs.getString(10)), replacedBy));
            }
            return list;
        }
    }

    private PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }

    static String encodeTasks(List<Task> tasks) {
        StringBuilder out = new StringBuilder();
        for (Task t : tasks) {
            if (out.length() > 0) {
                out.append(';');
            }
            out.append(t.code()).append(':').append(t.maxPoints()).append(':').append(t.level() == null ? "" : t.level().letter());
        }
        return out.toString();
    }

    static List<Task> decodeTasks(String text) {
        List<Task> tasks = new ArrayList<>();
        for (String part : text.split(";")) {
            String[] f = part.split(":", -1);
            tasks.add(new Task(f[0], Integer.parseInt(f[1]), f[2].isEmpty() ? null : Level.parse(f[2]).orElse(null)));
        }
        return tasks;
    }

    private static long generatedKey(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The original failure is what matters; a failed rollback leaves the transaction to SQLite's recovery.
        }
    }

    private IllegalStateException failure(SQLException e) {
        rollback();
        return new IllegalStateException("database error: " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close database: " + e.getMessage(), e);
        }
    }
}
