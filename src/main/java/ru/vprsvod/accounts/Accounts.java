package ru.vprsvod.accounts;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import ru.vprsvod.database.Database;

/**
 * The accounts of the web pages, kept in the service's database file: coordinators, created from the command
 * line or by another coordinator, and one account per school, created by the coordinator from the reference.
 * Every new or reset password is a random one-time password that must be changed at the first sign-in; only
 * salted PBKDF2 hashes are stored. Hashing is slow on purpose and runs outside the database lock.
 */
public final class Accounts implements AutoCloseable {

    /** The shortest password a person may choose; a phrase of a few words is easy to reach it. */
    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final int MAX_PASSWORD_LENGTH = 200;
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");
    /** No 0/O, 1/l/I: one-time passwords are read off paper and typed by hand. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Connection connection;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final PasswordHash hasher = new PasswordHash(random);

    private final SavedSessions sessions;
    private final CalendarFeeds calendarFeeds;

    private Accounts(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
        this.sessions = new SavedSessions(connection, this, clock);
        this.calendarFeeds = new CalendarFeeds(connection, this, clock, random);
    }

    /** Opens the accounts table in the given database file, creating it when absent. */
    public static Accounts open(Path database, Clock clock) {
        return open(Database.sqlite(database), clock);
    }

    /** Opens the accounts of the service's database, migrating its schema first. */
    public static Accounts open(Database database, Clock clock) {
        try {
            database.migrate();
            Connection c = database.connect();
            return new Accounts(c, clock);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open accounts in " + database.describe() + ": " + e.getMessage(), e);
        }
    }

    /** The secret addresses of the coordinators' calendar subscriptions, in the same database. */
    public CalendarFeeds calendarFeeds() {
        return calendarFeeds;
    }

    /** The signed-in web sessions, kept in the same database file. */
    public SavedSessions sessions() {
        return sessions;
    }

    /** Why a login cannot be used, in Russian, or empty when it can. */
    public static Optional<String> loginProblem(String login) {
        if (login == null || !LOGIN.matcher(normalize(login)).matches()) {
            return Optional.of("Логин должен состоять из 3–40 латинских букв, цифр, точек, дефисов или подчёркиваний"
                    + " и начинаться с буквы или цифры.");
        }
        return Optional.empty();
    }

    /**
     * The account whose login and password these are. An unknown login costs the same time as a wrong password. A
     * disabled account is returned too (check {@link Account#disabled()}): only who knows the password learns it.
     */
    public Optional<Account> signIn(String login, String password) {
        if (login == null || password == null || password.length() > MAX_PASSWORD_LENGTH) {
            return Optional.empty();
        }
        Optional<Stored> stored = stored(normalize(login));
        if (stored.isEmpty()) {
            PasswordHash.burn(password);
            return Optional.empty();
        }
        return PasswordHash.verify(password, stored.get().hash) ? Optional.of(stored.get().account) : Optional.empty();
    }

    public Optional<Account> find(String login) {
        return login == null ? Optional.empty() : stored(normalize(login)).map(s -> s.account);
    }

    /** Every account: coordinators first, then schools, each by login. */
    public synchronized List<Account> all() {
        List<Account> accounts = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM accounts ORDER BY kind, login")) {
            while (rs.next()) {
                accounts.add(read(rs).account);
            }
            return accounts;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public synchronized boolean hasCoordinator() {
        return all().stream().anyMatch(Account::isCoordinator);
    }

    /**
     * Creates a coordinator account, or issues a new one-time password to an existing one (the first-run
     * procedure and «forgot my password» on the server alike). Empty when the login is taken by a school.
     */
    public Optional<Issued> issueCoordinator(String login) {
        String key = normalize(login);
        if (loginProblem(key).isPresent()) {
            throw new IllegalArgumentException("invalid login " + login);
        }
        Optional<Account> existing = find(key);
        if (existing.isPresent() && !existing.get().isCoordinator()) {
            return Optional.empty();
        }
        // From the command line on the server: that is also how a disabled coordinator gets back in, and whoever was
        // signed in under the forgotten password is signed out.
        Issued issued = issue(new Account(key, Account.Kind.COORDINATOR, "", true,
                existing.map(Account::createdAt).orElse(clock.instant()), null), existing.isPresent());
        sessions.endAllOf(key, null);
        return Optional.of(issued);
    }

    /**
     * Creates an account for each school login that has none (the login is the school's FIS OKO login), each
     * with its own one-time password. Schools that already have an account are left alone.
     */
    public List<Issued> issueSchools(Collection<String> schoolLogins) {
        List<Issued> issued = new ArrayList<>();
        for (String school : schoolLogins) {
            String key = normalize(school);
            if (loginProblem(key).isEmpty() && find(key).isEmpty()) {
                issued.add(issue(new Account(key, Account.Kind.SCHOOL, key, true, clock.instant(), null), false));
            }
        }
        return issued;
    }

    /** A new one-time password for an existing account; empty when there is no such account. A disabled one stays so. */
    public Optional<Issued> resetPassword(String login) {
        return find(login).map(a -> issue(new Account(a.login(), a.kind(), a.school(), true, a.createdAt(), a.disabledAt()), true));
    }

    /**
     * Disables an account: it can no longer sign in and its sessions end at once. Kept, with its history, until
     * enabled again. Returns the account as it is now; empty when there is no such account.
     */
    public synchronized Optional<Account> disable(String login) {
        Optional<Account> account = find(login);
        if (account.isEmpty() || account.get().disabled()) {
            return account;
        }
        setDisabled(account.get().login(), clock.instant());
        sessions.endAllOf(account.get().login(), null);
        return find(login);
    }

    /** Lets a disabled account sign in again with its password. Empty when there is no such account. */
    public synchronized Optional<Account> enable(String login) {
        Optional<Account> account = find(login);
        if (account.isPresent() && account.get().disabled()) {
            setDisabled(account.get().login(), null);
            return find(login);
        }
        return account;
    }

    private void setDisabled(String login, Instant at) {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE accounts SET disabled_at = ? WHERE login = ?")) {
            ps.setString(1, at == null ? null : at.toString());
            ps.setString(2, login);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Sets the password a person chose, after checking the current one. Returns why it was not changed, in
     * Russian, or empty when it was.
     */
    public Optional<String> changePassword(String login, String current, String next) {
        Optional<Account> account = signIn(login, current);
        if (account.isEmpty()) {
            return Optional.of("Текущий пароль указан неверно.");
        }
        if (next == null || next.length() < MIN_PASSWORD_LENGTH) {
            return Optional.of("Новый пароль слишком короткий: нужно не меньше " + MIN_PASSWORD_LENGTH
                    + " символов. Удобно взять фразу из нескольких слов.");
        }
        if (next.length() > MAX_PASSWORD_LENGTH) {
            return Optional.of("Новый пароль слишком длинный: не больше " + MAX_PASSWORD_LENGTH + " символов.");
        }
        if (next.equals(current)) {
            return Optional.of("Новый пароль должен отличаться от текущего.");
        }
        if (next.toLowerCase(Locale.ROOT).contains(account.get().login())) {
            return Optional.of("Новый пароль не должен содержать логин.");
        }
        Account a = account.get();
        save(new Account(a.login(), a.kind(), a.school(), false, a.createdAt(), a.disabledAt()), hasher.hash(next), true);
        return Optional.empty();
    }

    private Issued issue(Account account, boolean replace) {
        String password = oneTimePassword();
        save(account, hasher.hash(password), replace);
        return new Issued(account, password);
    }

    /** Twelve characters in three groups, about 70 bits of randomness. */
    private String oneTimePassword() {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                p.append('-');
            }
            p.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return p.toString();
    }

    private synchronized void save(Account a, String hash, boolean replace) {
        String sql = replace
                ? "UPDATE accounts SET password_hash = ?, must_change_password = ?, password_changed_at = ?, disabled_at = ?"
                        + " WHERE login = ?"
                : "INSERT INTO accounts (password_hash, must_change_password, password_changed_at, disabled_at, login, kind,"
                        + " school, created_at) VALUES (?,?,?,?,?,?,?,?)";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, hash);
            ps.setInt(2, a.mustChangePassword() ? 1 : 0);
            ps.setString(3, clock.instant().toString());
            ps.setString(4, a.disabledAt() == null ? null : a.disabledAt().toString());
            ps.setString(5, a.login());
            if (!replace) {
                ps.setString(6, a.kind().name());
                ps.setString(7, a.school());
                ps.setString(8, a.createdAt().toString());
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private record Stored(Account account, String hash) {
    }

    private synchronized Optional<Stored> stored(String login) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT " + COLUMNS + " FROM accounts WHERE login = ?")) {
            ps.setString(1, login);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** What {@link #read} reads, in its order (the sessions' query joins the same columns). */
    static final String COLUMNS = "login, kind, school, must_change_password, created_at, password_hash, disabled_at";

    static Account account(ResultSet rs) throws SQLException {
        return read(rs).account;
    }

    private static Stored read(ResultSet rs) throws SQLException {
        String disabled = rs.getString("disabled_at");
        return new Stored(new Account(rs.getString("login"), Account.Kind.valueOf(rs.getString("kind")), rs.getString("school"),
                rs.getInt("must_change_password") == 1, Instant.parse(rs.getString("created_at")),
                disabled == null ? null : Instant.parse(disabled)), rs.getString("password_hash"));
    }

    private static String normalize(String login) {
        return login.strip().toLowerCase(Locale.ROOT);
    }

    static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("accounts database error: " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close accounts database: " + e.getMessage(), e);
        }
    }
}
