package ru.vprsvod.accounts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
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

    private Accounts(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /** Opens the accounts table in the given database file, creating it when absent. */
    public static Accounts open(Path database, Clock clock) {
        try {
            Files.createDirectories(database.toAbsolutePath().getParent());
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
            String schema;
            try (InputStream in = Accounts.class.getResourceAsStream("accounts.sql")) {
                schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout=10000");
                for (String statement : schema.replaceAll("(?m)--.*$", "").split(";")) {
                    if (!statement.isBlank()) {
                        s.execute(statement);
                    }
                }
            }
            return new Accounts(c, clock);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open accounts in " + database + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why a login cannot be used, in Russian, or empty when it can. */
    public static Optional<String> loginProblem(String login) {
        if (login == null || !LOGIN.matcher(normalize(login)).matches()) {
            return Optional.of("Логин должен состоять из 3–40 латинских букв, цифр, точек, дефисов или подчёркиваний"
                    + " и начинаться с буквы или цифры.");
        }
        return Optional.empty();
    }

    /** The account whose login and password these are. An unknown login costs the same time as a wrong password. */
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
             ResultSet rs = s.executeQuery("SELECT login, kind, school, must_change_password, created_at, password_hash"
                     + " FROM accounts ORDER BY kind, login")) {
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
        return Optional.of(issue(new Account(key, Account.Kind.COORDINATOR, "", true, clock.instant()), existing.isPresent()));
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
                issued.add(issue(new Account(key, Account.Kind.SCHOOL, key, true, clock.instant()), false));
            }
        }
        return issued;
    }

    /** A new one-time password for an existing account; empty when there is no such account. */
    public Optional<Issued> resetPassword(String login) {
        return find(login).map(a -> issue(new Account(a.login(), a.kind(), a.school(), true, a.createdAt()), true));
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
        save(new Account(a.login(), a.kind(), a.school(), false, a.createdAt()), hasher.hash(next), true);
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
                ? "UPDATE accounts SET password_hash = ?, must_change_password = ?, password_changed_at = ? WHERE login = ?"
                : "INSERT INTO accounts (password_hash, must_change_password, password_changed_at, login, kind, school,"
                        + " created_at) VALUES (?,?,?,?,?,?,?)";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, hash);
            ps.setInt(2, a.mustChangePassword() ? 1 : 0);
            ps.setString(3, clock.instant().toString());
            ps.setString(4, a.login());
            if (!replace) {
                ps.setString(5, a.kind().name());
                ps.setString(6, a.school());
                ps.setString(7, a.createdAt().toString());
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private record Stored(Account account, String hash) {
    }

    private synchronized Optional<Stored> stored(String login) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT login, kind, school, must_change_password,"
                + " created_at, password_hash FROM accounts WHERE login = ?")) {
            ps.setString(1, login);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static Stored read(ResultSet rs) throws SQLException {
        return new Stored(new Account(rs.getString(1), Account.Kind.valueOf(rs.getString(2)), rs.getString(3),
                rs.getInt(4) == 1, Instant.parse(rs.getString(5))), rs.getString(6));
    }

    private static String normalize(String login) {
        return login.strip().toLowerCase(Locale.ROOT);
    }

    private static IllegalStateException failure(SQLException e) {
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
