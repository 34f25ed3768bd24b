package ru.vprsvod.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the service's tables live: the SQLite file of the data folder (the default, one machine) or a PostgreSQL
 * server named by a JDBC URL (a region's centre, several instances). Everything that differs between the two is
 * decided here and nowhere else: how a connection is opened and tuned, the one column type the schema cannot write
 * portably (see {@link Migrations}); how instances sharing a server take turns is {@link Coordination}'s. The store
 * code above is one.
 * <p>
 * The password of a PostgreSQL server never comes from the command line (every user of the machine sees it in the
 * process list): it is read from {@code VPR_DB_PASSWORD_FILE} (a file only the service may read), or the environment
 * ({@code VPR_DB_PASSWORD}, then {@code PGPASSWORD}); {@link #toString()} and {@link #describe()} never show it.
 */
public final class Database {

    public enum Dialect { SQLITE, POSTGRESQL }

    /** The choice of {@code --database}: a database to open, or why the value cannot be used (Russian). */
    public record Choice(Database database, String problem) {
        public Optional<Database> value() {
            return Optional.ofNullable(database);
        }
    }

    private static final Pattern SECRET_IN_URL = Pattern.compile("(?i)[?&;](password|sslpassword)=");
    private static final Pattern USER_IN_URL = Pattern.compile("(?i)[?&;]user=");

    private final Dialect dialect;
    private final String url;
    /** The SQLite file; null for PostgreSQL. */
    private final Path file;
    private final Properties credentials;

    private Database(Dialect dialect, String url, Path file, Properties credentials) {
        this.dialect = dialect;
        this.url = url;
        this.file = file;
        this.credentials = credentials;
    }

    /** The SQLite file (created on first open). */
    public static Database sqlite(Path file) {
        return new Database(Dialect.SQLITE, "jdbc:sqlite:" + file.toAbsolutePath(), file, new Properties());
    }

    /**
     * The value of {@code --database}: a PostgreSQL JDBC URL ({@code jdbc:postgresql://host:5432/vpr}), the user in the
     * URL ({@code ?user=vpr}) or in {@code VPR_DB_USER} / {@code PGUSER}, the password as the class comment says.
     */
    public static Choice of(String value, Map<String, String> environment) {
        String v = value.strip();
        if (v.startsWith("jdbc:sqlite:")) {
            return new Choice(null, "База данных SQLite всегда лежит в папке данных (параметр --data): --database нужен"
                    + " только для сервера PostgreSQL, например jdbc:postgresql://сервер:5432/vpr.");
        }
        if (!v.startsWith("jdbc:postgresql:")) {
            return new Choice(null, "Параметр --database ожидает адрес сервера PostgreSQL вида"
                    + " jdbc:postgresql://сервер:5432/vpr, указано «" + v + "».");
        }
        if (SECRET_IN_URL.matcher(v).find()) {
            return new Choice(null, "Пароль базы данных нельзя указывать в командной строке: её видят все пользователи"
                    + " компьютера. Уберите password= из адреса и задайте пароль в файле, путь к которому указан в"
                    + " переменной окружения VPR_DB_PASSWORD_FILE (файл должен быть доступен только программе),"
                    + " или в переменной окружения VPR_DB_PASSWORD.");
        }
        Properties credentials = new Properties();
        if (!USER_IN_URL.matcher(v).find()) {
            String user = first(environment, "VPR_DB_USER", "PGUSER");
            if (user != null) {
                credentials.setProperty("user", user);
            }
        }
        String passwordFile = environment.get("VPR_DB_PASSWORD_FILE");
        if (passwordFile != null && !passwordFile.isBlank()) {
            Optional<String> problem = readPassword(Path.of(passwordFile.strip()), credentials);
            if (problem.isPresent()) {
                return new Choice(null, problem.get());
            }
        } else {
            String password = first(environment, "VPR_DB_PASSWORD", "PGPASSWORD");
            if (password != null) {
                credentials.setProperty("password", password);
            }
        }
        // Our name in pg_stat_activity, so the server's administrator sees whose connections these are.
        credentials.setProperty("ApplicationName", "vpr-svod");
        return new Choice(new Database(Dialect.POSTGRESQL, v, null, credentials), null);
    }

    private static String first(Map<String, String> environment, String... names) {
        for (String name : names) {
            String value = environment.get(name);
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return null;
    }

    /** The first line of the file is the password; the file must be readable by its owner only (as ~/.pgpass). */
    private static Optional<String> readPassword(Path file, Properties credentials) {
        if (!Files.isRegularFile(file)) {
            return Optional.of("Файл с паролем базы данных (VPR_DB_PASSWORD_FILE) не найден: " + file.toAbsolutePath() + ".");
        }
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Set<PosixFilePermission> open = EnumSet.copyOf(Files.getPosixFilePermissions(file));
                open.retainAll(EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                        PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE));
                if (!open.isEmpty()) {
                    return Optional.of("Файл с паролем базы данных " + file.toAbsolutePath() + " могут читать другие"
                            + " пользователи компьютера. Оставьте доступ только владельцу: chmod 600 " + file + ".");
                }
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String password = text.lines().findFirst().orElse("").strip();
            if (password.isEmpty()) {
                return Optional.of("Файл с паролем базы данных " + file.toAbsolutePath() + " пуст.");
            }
            credentials.setProperty("password", password);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("Не удаётся прочитать файл с паролем базы данных " + file.toAbsolutePath() + ": "
                    + e.getMessage());
        }
    }

    public Dialect dialect() {
        return dialect;
    }

    public boolean isPostgres() {
        return dialect == Dialect.POSTGRESQL;
    }

    /** The SQLite file, or empty for a server. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** For messages and the log: the file or the URL (which holds no password, see {@link #of}). */
    public String describe() {
        return file != null ? file.toAbsolutePath().toString() : url;
    }

    @Override
    public String toString() {
        return describe();
    }

    /**
     * The store's connection, in manual-commit mode left to the caller. SQLite: WAL + FULL sync, so a committed file
     * survives a power cut and readers never block the writer; foreign keys enforced; a 10 s wait for the writer.
     * PostgreSQL commits durably by default and enforces foreign keys always.
     */
    public Connection connect() throws SQLException {
        Connection c = open();
        if (dialect == Dialect.SQLITE) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=10000");
            }
        }
        return c;
    }

    /**
     * A connection whose commits are not synced one by one: for the journal's own steps. The log of either database
     * is written in order, so the next durable commit (every recorded file is one) makes the earlier steps durable
     * too; a crash can lose only steps after the last recorded file, never data. SQLite: synchronous=NORMAL in WAL
     * mode; PostgreSQL: synchronous_commit=off for this session.
     */
    public Connection connectUnsynced() throws SQLException {
        Connection c = open();
        try (Statement s = c.createStatement()) {
            if (dialect == Dialect.SQLITE) {
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA busy_timeout=10000");
            } else {
                s.execute("SET synchronous_commit = off");
            }
        }
        return c;
    }

    /** A connection for a caller that only reads (a backup's check, a second look). */
    public Connection connectReadOnly() throws SQLException {
        Connection c = open();
        if (dialect == Dialect.SQLITE) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout=10000");
            }
        }
        c.setReadOnly(true);
        return c;
    }

    private Connection open() throws SQLException {
        if (file != null) {
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return DriverManager.getConnection(url, credentials);
    }

    /** Brings the schema up to this program's version (see {@link Migrations}); fails on a newer database. */
    public void migrate() {
        Migrations.migrate(this);
    }

    /** For {@link Migrations}: Flyway opens its own connections with the same credentials. */
    String url() {
        return url;
    }

    Properties credentials() {
        return credentials;
    }

    /**
     * How PostgreSQL's own programs (pg_dump, pg_restore, psql) reach this server: libpq's environment variables,
     * the password among them, so that it never appears on their command line. Empty for SQLite.
     */
    public Map<String, String> clientEnvironment() {
        if (dialect != Dialect.POSTGRESQL) {
            return Map.of();
        }
        Properties parsed = org.postgresql.Driver.parseURL(url, null);
        if (parsed == null) {
            throw new IllegalStateException("not a PostgreSQL JDBC URL: " + url);
        }
        Map<String, String> environment = new java.util.LinkedHashMap<>();
        // A URL may name several hosts for failover; libpq takes the same comma-separated lists.
        environment.put("PGHOST", parsed.getProperty("PGHOST", "localhost"));
        environment.put("PGPORT", parsed.getProperty("PGPORT", "5432"));
        environment.put("PGDATABASE", parsed.getProperty("PGDBNAME", ""));
        String user = parsed.getProperty("user", credentials.getProperty("user"));
        if (user != null) {
            environment.put("PGUSER", user);
        }
        if (credentials.getProperty("password") != null) {
            environment.put("PGPASSWORD", credentials.getProperty("password"));
        }
        if (parsed.getProperty("sslmode") != null) {
            environment.put("PGSSLMODE", parsed.getProperty("sslmode"));
        }
        environment.put("PGAPPNAME", "vpr-svod");
        return environment;
    }

    /** The schema the URL names ({@code currentSchema=}), if any: the service's tables are there. */
    public Optional<String> schema() {
        if (dialect != Dialect.POSTGRESQL) {
            return Optional.empty();
        }
        Properties parsed = org.postgresql.Driver.parseURL(url, null);
        return Optional.ofNullable(parsed == null ? null : parsed.getProperty("currentSchema"))
                .map(String::strip).filter(v -> !v.isEmpty());
    }

    /** A lower-case name for the log line of a start: «sqlite» or «postgresql». */
    public String kind() {
        return dialect.name().toLowerCase(Locale.ROOT);
    }
}
