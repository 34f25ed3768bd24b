package ru.vprsvod.consolidation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The journal of intake: one row per step in the life of every received file, written when the step is done,
 * so after a crash the trail shows exactly how far each file got. The steps of one arrival share its claim id;
 * from archiving on they also carry the content's SHA-256, which ties together every arrival of the same bytes.
 *
 * <p>The «recorded» step is written in the same transaction as the file's row ({@link ResultsStore#record}),
 * so the journal and the data never disagree about whether a file was counted.
 */
public final class Journal {

    /** The steps, in the order a file goes through them. */
    public enum Step {
        /** Written to the work folder by the web form. */
        RECEIVED("получен через веб-форму"),
        /** Moved from the inbox into the work folder. */
        CLAIMED("взят из входящих"),
        /** Found in the work folder, not yet recorded: taken up again (after a restart or a failed attempt). */
        RESUMED("взят в работу повторно"),
        ARCHIVED("подлинник сохранён в архиве"),
        CHECKED("проверен"),
        /** Could not be read: the original moved to the quarantine folder. */
        QUARANTINED("не читается — подлинник в карантине"),
        /** The verdict is in the database: from here on the file is counted, once. */
        RECORDED("записан в базу"),
        RECEIPT("протокол записан в исходящие"),
        DONE("обработка завершена"),
        /** Something of ours failed (disk, database); the file stays in the work folder and is tried again. */
        FAILED("сбой, файл будет обработан повторно"),
        /** Still being written to (or never finished) long after it appeared in the inbox. */
        WAITING("долго не докопирован во входящих");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        /** What the coordinator reads. */
        public String label() {
            return label;
        }

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Step of(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * One step of one file.
     *
     * @param claimId null only for {@link Step#WAITING}: the file has not been taken yet
     * @param sha256  null before the file is archived
     * @param fileId  the journal number once recorded, else null
     * @param name    the sender's file name (for {@link Step#WAITING}, its path in the inbox)
     * @param school  the school as far as known at that step, or null
     * @param detail  {@code key=value} pairs, the same as in the log line of the step
     */
    public record Event(long id, Instant at, Step step, String claimId, String sha256, Long fileId, String name,
                        String school, String detail) {
        public Event {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(detail, "detail");
        }
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Journal.class);
    private static final int MAX_UNWRITTEN = 10_000;
    private static final String COLUMNS = "id, at, step, claim_id, sha256, file_id, name, school, detail";

    private final Connection connection;
    /** The store's monitor: one connection, one writer at a time. */
    private final Object lock;
    private final Clock clock;
    /** Steps that could not be written yet, oldest first (see {@link #append(Instant, Step, String, String, Long, String, String, String)}). */
    private final Deque<Unwritten> unwritten = new ArrayDeque<>();

    Journal(Connection connection, Object lock, Clock clock) {
        this.connection = connection;
        this.lock = lock;
        this.clock = clock;
    }

    /** Writes one step, in its own transaction; returns it as stored. */
    public Event append(Step step, String claimId, String sha256, Long fileId, String name, String school, String detail) {
        return append(clock.instant(), step, claimId, sha256, fileId, name, school, detail);
    }

    /**
     * Writes one step that happened at {@code at}. When it cannot be written (a full disk), it is kept, with the
     * steps before it that could not be written either, and they are written in order, with their own times, by
     * the next write that succeeds: a step is never lost while the program runs. The failure is still thrown, so
     * the caller stops what it was doing.
     */
    public Event append(Instant at, Step step, String claimId, String sha256, Long fileId, String name, String school,
                        String detail) {
        synchronized (lock) {
            try {
                insertUnwritten();
                Event event = insert(connection, at, step, claimId, sha256, fileId, name, school, detail);
                connection.commit();
                unwritten.clear();
                return event;
            } catch (SQLException e) {
                rollback();
                keep(new Unwritten(at, step, claimId, sha256, fileId, name, school, detail));
                throw new IllegalStateException("cannot write the journal: " + e.getMessage(), e);
            }
        }
    }

    /** Writes the steps kept after failed writes, if any; for a writer that must not get ahead of them. */
    void writeUnwritten() throws SQLException {
        synchronized (lock) {
            if (unwritten.isEmpty()) {
                return;
            }
            try {
                insertUnwritten();
                connection.commit();
                unwritten.clear();
            } catch (SQLException e) {
                rollback();
                throw e;
            }
        }
    }

    /** How many steps wait to be written (the journal page says so while the disk is full). */
    public int unwrittenCount() {
        synchronized (lock) {
            return unwritten.size();
        }
    }

    private void insertUnwritten() throws SQLException {
        for (Unwritten u : unwritten) {
            insert(connection, u.at(), u.step(), u.claimId(), u.sha256(), u.fileId(), u.name(), u.school(), u.detail());
        }
    }

    private void keep(Unwritten step) {
        if (unwritten.size() >= MAX_UNWRITTEN) {
            // Only after thousands of failed writes: the oldest kept step goes to the log instead.
            Unwritten dropped = unwritten.removeFirst();
            log.error("Journal step not written (disk full?), kept only in this log: at={} step={} claim={} name={} detail={}",
                    dropped.at(), dropped.step().code(), dropped.claimId(), dropped.name(), dropped.detail());
        }
        unwritten.addLast(step);
    }

    private record Unwritten(Instant at, Step step, String claimId, String sha256, Long fileId, String name, String school,
                             String detail) {
    }

    /** Inserts without committing: for a step that must commit together with other data. */
    static Event insert(Connection connection, Instant at, Step step, String claimId, String sha256, Long fileId, String name,
                        String school, String detail) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO file_events (at, step, claim_id, sha256,"
                + " file_id, name, school, detail) VALUES (?,?,?,?,?,?,?,?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, at.toString());
            ps.setString(2, step.code());
            ps.setString(3, claimId);
            ps.setString(4, sha256);
            if (fileId == null) {
                ps.setNull(5, Types.INTEGER);
            } else {
                ps.setLong(5, fileId);
            }
            ps.setString(6, name);
            ps.setString(7, school);
            ps.setString(8, detail);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new Event(keys.getLong(1), at, step, claimId, sha256, fileId, name, school, detail);
            }
        }
    }

    /** The latest steps of all files, newest first. */
    public List<Event> latest(int limit) {
        return query("ORDER BY id DESC LIMIT ?", limit);
    }

    /** A page of steps older than the step {@code beforeId} (all when null), newest first. */
    public List<Event> before(Long beforeId, int limit) {
        return beforeId == null ? latest(limit) : query("WHERE id < ? ORDER BY id DESC LIMIT ?", beforeId, limit);
    }

    /** How many steps the journal holds. */
    public long size() {
        synchronized (lock) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM file_events");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                long n = rs.getLong(1);
                connection.commit();
                return n;
            } catch (SQLException e) {
                rollback();
                throw new IllegalStateException("cannot read the journal: " + e.getMessage(), e);
            }
        }
    }

    /** Every step of every arrival of this content (the same bytes may arrive several times), oldest first. */
    public List<Event> ofContent(String sha256) {
        return query("WHERE claim_id IN (SELECT claim_id FROM file_events WHERE sha256 = ?) ORDER BY id", sha256);
    }

    /** Every step of one arrival, oldest first. */
    public List<Event> ofClaim(String claimId) {
        return query("WHERE claim_id = ? ORDER BY id", claimId);
    }

    /**
     * Arrivals that were taken but are not recorded: after a finished pass these are exactly the claims still in
     * the work folder. Anything else would be a file lost — the query that proves «accounted for exactly once»
     * together with the unique claim id of {@code files}.
     */
    public List<String> unrecordedClaims() {
        synchronized (lock) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT DISTINCT claim_id FROM file_events"
                    + " WHERE step IN ('received', 'claimed', 'resumed')"
                    + " AND claim_id NOT IN (SELECT claim_id FROM files) ORDER BY claim_id");
                 ResultSet rs = ps.executeQuery()) {
                List<String> claims = new ArrayList<>();
                while (rs.next()) {
                    claims.add(rs.getString(1));
                }
                connection.commit();
                return claims;
            } catch (SQLException e) {
                rollback();
                throw new IllegalStateException("cannot read the journal: " + e.getMessage(), e);
            }
        }
    }

    private List<Event> query(String where, Object... args) {
        synchronized (lock) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT " + COLUMNS + " FROM file_events " + where)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                List<Event> events = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long fileId = rs.getLong(6);
                        Long file = rs.wasNull() ? null : fileId;
                        events.add(new Event(rs.getLong(1), Instant.parse(rs.getString(2)), Step.of(rs.getString(3)),
                                rs.getString(4), rs.getString(5), file, rs.getString(7), rs.getString(8), rs.getString(9)));
                    }
                }
                connection.commit();
                return events;
            } catch (SQLException e) {
                rollback();
                throw new IllegalStateException("cannot read the journal: " + e.getMessage(), e);
            }
        }
    }

    private void rollback() {
        Sql.rollback(connection);
    }
}
