package ru.vprsvod.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Signed-in web sessions in the service's database, so that a restart of the service, or a second instance on the
 * same database, signs nobody out. The database is the only truth: every request looks its session up, so ending a
 * session (sign-out, a password reset, a disabled account, the {@code coordinator} command in another process)
 * takes effect at once everywhere. The cookie's random id is kept only as its SHA-256, so a copy of the database
 * (a backup) opens no session.
 */
public final class SavedSessions {

    /** A session nobody used for this long ends. */
    public static final Duration IDLE = Duration.ofHours(2);
    /** Seen-at times are written at most this often: a page view is a read, not a write to the database. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    /**
     * A live signed-in session.
     *
     * @param account as the database has it now (a changed password or a disabled account shows at once)
     * @param csrf    the synchronizer token of the session's forms
     */
    public record Saved(Account account, String csrf, Instant signedInAt) {
    }

    private final Connection connection;
    private final Object lock;
    private final Clock clock;

    /** @param lock the accounts' own lock: one connection, one statement at a time */
    SavedSessions(Connection connection, Object lock, Clock clock) {
        this.connection = connection;
        this.lock = lock;
        this.clock = clock;
    }

    /** Records a new signed-in session under the cookie's id; sessions idle too long are cleared on the way. */
    public void start(String token, String login, String csrf) {
        Instant now = clock.instant();
        synchronized (lock) {
            try (PreparedStatement clear = connection.prepareStatement("DELETE FROM sessions WHERE last_seen_at < ?");
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO sessions (token_hash, login, csrf,"
                         + " signed_in_at, last_seen_at) VALUES (?,?,?,?,?)")) {
                clear.setString(1, now.minus(IDLE).toString());
                clear.executeUpdate();
                insert.setString(1, hash(token));
                insert.setString(2, login);
                insert.setString(3, csrf);
                insert.setString(4, now.toString());
                insert.setString(5, now.toString());
                insert.executeUpdate();
            } catch (SQLException e) {
                throw Accounts.failure(e);
            }
        }
    }

    /** The live session of this cookie's id; empty when there is none, it was idle too long or its account is disabled. */
    public Optional<Saved> find(String token) {
        Instant now = clock.instant();
        String key = hash(token);
        synchronized (lock) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT s.csrf, s.signed_in_at, s.last_seen_at, "
                    + qualified() + " FROM sessions s JOIN accounts a ON a.login = s.login WHERE s.token_hash = ?")) {
                ps.setString(1, key);
                Saved saved;
                Instant lastSeen;
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    saved = new Saved(Accounts.account(rs), rs.getString("csrf"), Instant.parse(rs.getString("signed_in_at")));
                    lastSeen = Instant.parse(rs.getString("last_seen_at"));
                }
                if (saved.account().disabled() || lastSeen.plus(IDLE).isBefore(now)) {
                    delete("DELETE FROM sessions WHERE token_hash = ?", key);
                    return Optional.empty();
                }
                if (lastSeen.plus(TOUCH_EVERY).isBefore(now)) {
                    try (PreparedStatement touch = connection.prepareStatement(
                            "UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?")) {
                        touch.setString(1, now.toString());
                        touch.setString(2, key);
                        touch.executeUpdate();
                    }
                }
                return Optional.of(saved);
            } catch (SQLException e) {
                throw Accounts.failure(e);
            }
        }
    }

    /** Ends one session (sign-out, or a new sign-in from the same browser). */
    public void end(String token) {
        synchronized (lock) {
            delete("DELETE FROM sessions WHERE token_hash = ?", hash(token));
        }
    }

    /** Ends every session of an account but the one of {@code keepToken} (null: all of them). */
    public void endAllOf(String login, String keepToken) {
        synchronized (lock) {
            try (PreparedStatement ps = connection.prepareStatement(
                    "DELETE FROM sessions WHERE login = ? AND token_hash <> ?")) {
                ps.setString(1, login);
                ps.setString(2, keepToken == null ? "" : hash(keepToken));
                ps.executeUpdate();
            } catch (SQLException e) {
                throw Accounts.failure(e);
            }
        }
    }

    /** How many live sessions an account has (shown to the coordinator beside each account). */
    public int count(String login) {
        synchronized (lock) {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT count(*) FROM sessions WHERE login = ? AND last_seen_at >= ?")) {
                ps.setString(1, login);
                ps.setString(2, clock.instant().minus(IDLE).toString());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            } catch (SQLException e) {
                throw Accounts.failure(e);
            }
        }
    }

    private void delete(String sql, String key) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, key);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw Accounts.failure(e);
        }
    }

    private static String qualified() {
        StringBuilder b = new StringBuilder();
        for (String column : Accounts.COLUMNS.split(",\\s*")) {
            b.append(b.length() == 0 ? "" : ", ").append("a.").append(column);
        }
        return b.toString();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
