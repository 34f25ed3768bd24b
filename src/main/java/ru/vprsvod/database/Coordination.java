package ru.vprsvod.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How several instances of the service on one PostgreSQL database take turns, all in one place: which instance
 * works on an intake claim, which one makes the outputs, and who is writing them now. Built on PostgreSQL's
 * advisory locks, which the server releases when the connection that holds them ends: an instance killed by SIGKILL
 * loses its socket, the server ends its session, and what it held is free for the other at once. No lease times,
 * no heartbeat rows.
 * <p>
 * SQLite has no second instance (the data folder's lock file keeps one away), so there every question answers
 * «yes, yours» without a query, and the service behaves and costs as before.
 * <p>
 * Three kinds of hold:
 * <ul>
 *   <li>a claim ({@link #claim}): a session lock keyed by the claim id, taken before the claim's
 *       folder is made and let go after it is removed or left for a retry, so another instance never takes up,
 *       nor clears away, a claim someone is working on;</li>
 *   <li>the outputs' maker ({@link #makesOutputs}): one instance holds {@link Turn#OUTPUTS} for as long as its
 *       connection lives and refreshes the outputs after passes; the other skips that work until the maker dies;</li>
 *   <li>writing the outputs ({@link #writingOutputs}): a lock held only while outputs are being written, by the
 *       maker's refresh or by any instance's «Сформировать заново», so outputs are written by one instance at a
 *       time.</li>
 * </ul>
 * Claims and the outputs go through two connections of their own: waiting for the outputs (a long refresh of the
 * other instance) never holds up taking a file. When a connection breaks, its holds are gone: the claims this
 * instance held are forgotten (their files are still recorded once: {@code files.claim_id} is unique) and the next
 * question opens a new connection.
 */
public final class Coordination implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Coordination.class);

    /**
     * The keys of the locks. Advisory locks are one namespace per database, while a region may keep several
     * departments' services in one database under schemas of their own: every key starts with the hash of the
     * schema, so departments never wait for each other. A claim's key is two-part (schema, claim id); a turn's is
     * one-part (schema in the high half, the turn's fixed number in the low), and the server keeps the two kinds
     * apart.
     */
    private static final String CLAIM_KEY = "hashtext(current_schema()), hashtext(?)";
    private static final String TURN_KEY = "(hashtext(current_schema())::bigint << 32) | ?";

    /** The service's turns; each number is fixed forever. */
    enum Turn {
        /** Recording a file: which submission is current is read and changed by one instance at a time. */
        RECORD(1),
        /** Making the outputs after passes: held by one instance for its connection's life. */
        OUTPUTS(2),
        /** Writing the outputs now: the maker's refresh or a coordinator's «Сформировать заново». */
        OUTPUTS_WRITING(3);

        final int number;

        Turn(int number) {
            this.number = number;
        }
    }

    private final Database database;
    private final Object claimsLock = new Object();
    private final Object outputsLock = new Object();
    private Connection claims;
    private Connection outputs;
    /** The claims this instance holds: one holder per claim inside the instance too (a pass beside an upload). */
    private final Set<String> held = new HashSet<>();
    private boolean maker;
    private volatile boolean closed;

    private Coordination(Database database) {
        this.database = database;
    }

    /** Coordination on this database; opens no connection until it is first asked (and never for SQLite). */
    public static Coordination of(Database database) {
        return new Coordination(database);
    }

    /** Whether other instances may share the database (and so the folders): PostgreSQL. */
    public boolean shared() {
        return database.isPostgres();
    }

    /**
     * Inside the caller's transaction, waits until no other instance is recording, and holds the turn until the
     * transaction ends: for a read-then-write that must not interleave with another instance's (which submission
     * is current). A transaction-level lock; nothing to do for SQLite, which has one writer per file already.
     */
    public static void recordingTurn(Database database, Connection transaction) throws SQLException {
        if (database.isPostgres()) {
            try (PreparedStatement ps = transaction.prepareStatement("SELECT pg_advisory_xact_lock(" + TURN_KEY + ")")) {
                ps.setInt(1, Turn.RECORD.number);
                ps.executeQuery().close();
            }
        }
    }

    /**
     * Tries to become the one worker of this claim: true when this instance now holds it, false when another
     * instance, or another thread of this one, does (or the server cannot be asked now: then nobody here works on it).
     */
    public boolean claim(String claimId) {
        if (!shared()) {
            return true;
        }
        synchronized (claimsLock) {
            if (closed || held.contains(claimId)) {
                return false;
            }
            try {
                try (PreparedStatement ps = claimsConnection().prepareStatement("SELECT pg_try_advisory_lock(" + CLAIM_KEY + ")")) {
                    ps.setString(1, claimId);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        if (!rs.getBoolean(1)) {
                            return false;
                        }
                    }
                }
                held.add(claimId);
                return true;
            } catch (SQLException e) {
                claimsLost(e);
                return false;
            }
        }
    }

    /** Lets another instance take the claim up: after it was finished, or left for a retry. Idempotent. */
    public void letGo(String claimId) {
        if (!shared()) {
            return;
        }
        synchronized (claimsLock) {
            if (!held.remove(claimId) || claims == null) {
                return;
            }
            try (PreparedStatement ps = claims.prepareStatement("SELECT pg_advisory_unlock(" + CLAIM_KEY + ")")) {
                ps.setString(1, claimId);
                ps.executeQuery().close();
            } catch (SQLException e) {
                claimsLost(e);
            }
        }
    }

    /**
     * Whether this instance holds the claim now: asks whether its connection still lives, since a session ended by
     * the server (an administrator, a network cut) ends its locks without telling.
     */
    public boolean holds(String claimId) {
        if (!shared()) {
            return true;
        }
        synchronized (claimsLock) {
            if (!held.contains(claimId)) {
                return false;
            }
            try {
                if (claims.isValid(5)) {
                    return true;
                }
                claimsLost(new SQLException("the connection is no longer valid"));
            } catch (SQLException e) {
                claimsLost(e);
            }
            return false;
        }
    }

    /**
     * Whether this instance is the one that makes the outputs after passes: it becomes so when no other instance
     * is, and stays so while its connection lives. Always true for SQLite.
     */
    public boolean makesOutputs() {
        if (!shared()) {
            return true;
        }
        synchronized (outputsLock) {
            if (closed) {
                return false;
            }
            try {
                if (maker && outputs.isValid(5)) {
                    return true;
                }
                maker = false;
                try (PreparedStatement ps = outputsConnection().prepareStatement("SELECT pg_try_advisory_lock(" + TURN_KEY + ")")) {
                    ps.setInt(1, Turn.OUTPUTS.number);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        maker = rs.getBoolean(1);
                    }
                }
                if (maker) {
                    log.info("This instance makes the outputs now (database {})", database.describe());
                }
                return maker;
            } catch (SQLException e) {
                outputsLost(e);
                return false;
            }
        }
    }

    /**
     * Writes outputs while no other instance does: waits for its turn (the other's refresh to end, or the other to
     * die), makes them, gives the turn back. The caller's own threads take turns by the caller's lock: a session
     * lock does not keep out another thread of the same connection.
     */
    public <T> T writingOutputs(Supplier<T> writing) {
        if (!shared()) {
            return writing.get();
        }
        synchronized (outputsLock) {
            try {
                try (PreparedStatement ps = outputsConnection().prepareStatement("SELECT pg_advisory_lock(" + TURN_KEY + ")")) {
                    ps.setInt(1, Turn.OUTPUTS_WRITING.number);
                    ps.executeQuery().close();
                }
            } catch (SQLException e) {
                outputsLost(e);
                throw new IllegalStateException("cannot take the turn to write the outputs: " + e.getMessage(), e);
            }
            try {
                return writing.get();
            } finally {
                try (PreparedStatement ps = outputs.prepareStatement("SELECT pg_advisory_unlock(" + TURN_KEY + ")")) {
                    ps.setInt(1, Turn.OUTPUTS_WRITING.number);
                    ps.executeQuery().close();
                } catch (SQLException e) {
                    outputsLost(e); // the turn ends with the connection anyway
                }
            }
        }
    }

    private Connection claimsConnection() throws SQLException {
        if (claims == null) {
            claims = open();
        }
        return claims;
    }

    private Connection outputsConnection() throws SQLException {
        if (outputs == null) {
            outputs = open();
        }
        return outputs;
    }

    /**
     * A connection of its own, in autocommit (a session lock outlives transactions), whose death the server notices
     * soon also when the network, not the process, fails: keepalives every few seconds instead of the system's hours.
     */
    private Connection open() throws SQLException {
        Connection c = database.connect();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("SET tcp_keepalives_idle = 10");
            s.execute("SET tcp_keepalives_interval = 5");
            s.execute("SET tcp_keepalives_count = 3");
        }
        return c;
    }

    private void claimsLost(SQLException e) {
        if (!held.isEmpty()) {
            log.warn("The database connection that held {} claim(s) broke; another instance may take them up: {}",
                    held.size(), e.toString());
        } else {
            log.warn("Cannot ask the database which claims are free: {}", e.toString());
        }
        held.clear();
        closeQuietly(claims);
        claims = null;
    }

    private void outputsLost(SQLException e) {
        if (maker) {
            log.warn("The database connection that made this instance the outputs' maker broke: {}", e.toString());
        }
        maker = false;
        closeQuietly(outputs);
        outputs = null;
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // the server ends the session (and its locks) either way
        }
    }

    /** Gives up every hold: closing the connections ends the sessions, and their locks with them. */
    @Override
    public void close() {
        closed = true;
        synchronized (claimsLock) {
            held.clear();
            closeQuietly(claims);
            claims = null;
        }
        synchronized (outputsLock) {
            maker = false;
            closeQuietly(outputs);
            outputs = null;
        }
    }
}
