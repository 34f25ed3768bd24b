package ru.vprsvod.accounts;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The secret address of a coordinator's calendar subscription. Calendar programs fetch a subscribed calendar on their
 * own, without a session, so the address carries a random 256-bit token; the database keeps only its SHA-256, like a
 * session's. A new address replaces the previous one (which stops working at once), and a disabled account's
 * address opens nothing.
 */
public final class CalendarFeeds {

    private final Connection connection;
    private final Object lock;
    private final Clock clock;
    private final SecureRandom random;

    CalendarFeeds(Connection connection, Object lock, Clock clock, SecureRandom random) {
        this.connection = connection;
        this.lock = lock;
        this.clock = clock;
        this.random = random;
    }

    /** A new token for the account's address, replacing any earlier one; shown once, never stored as it is. */
    public String renew(String login) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        synchronized (lock) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM calendar_feeds WHERE login = ?");
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO calendar_feeds (login, token_hash,"
                         + " created_at) VALUES (?,?,?)")) {
                delete.setString(1, login);
                delete.executeUpdate();
                insert.setString(1, login);
                insert.setString(2, SavedSessions.hash(token));
                insert.setString(3, clock.instant().toString());
                insert.executeUpdate();
            } catch (SQLException e) {
                throw Accounts.failure(e);
            }
        }
        return token;
    }

    /** When the account's current address was made, if it has one. */
    public Optional<Instant> madeAt(String login) {
        synchronized (lock) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT created_at FROM calendar_feeds WHERE login = ?")) {
                ps.setString(1, login);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(Instant.parse(rs.getString(1))) : Optional.empty();
                }
            } catch (SQLException e) {
                throw Accounts.failure(e);
            }
        }
    }

    /** The enabled coordinator whose address this token is; empty for an unknown, replaced or disabled one. */
    public Optional<Account> find(String token, Accounts accounts) {
        String login;
        synchronized (lock) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT login FROM calendar_feeds WHERE token_hash = ?")) {
                ps.setString(1, SavedSessions.hash(token));
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    login = rs.getString(1);
                }
            } catch (SQLException e) {
                throw Accounts.failure(e);
            }
        }
        return accounts.find(login).filter(a -> a.isCoordinator() && !a.disabled());
    }
}
