package ru.vprsvod.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import ru.vprsvod.database.Database;

/**
 * Everything the service is told at start, loaded once in {@code Main} and passed down by constructor.
 * Defaults are the folders at the project root, so the program runs as checked out.
 *
 * @param poll        how often the inbox is scanned
 * @param settle      how long an inbox file must stay unchanged before it is taken
 * @param giveUp      how long a file may look incomplete in the inbox before it is taken anyway (and rejected
 *                    with a receipt if it does not read) or, when it keeps changing, reported
 * @param readTimeout how long reading and checking one file may take
 * @param proxy       the address of a reverse proxy in front of the web pages, whose X-Forwarded-For and
 *                    X-Forwarded-Proto are believed; null when clients connect directly (then no such header is)
 * @param pdf         whether to make PDF copies of the documents (with LibreOffice, when it is installed)
 * @param soffice     the LibreOffice program to use, or null to look for it
 * @param databaseUrl a PostgreSQL server's JDBC URL ({@code --database}), or null for the SQLite file of the data
 *                    folder; its password comes from the environment (see {@link Database})
 */
public record Settings(Mode mode, Path inbox, Path outbox, Path reference, Path templates, Path data,
                       String host, int port, Duration poll, Duration settle, Duration giveUp, Duration readTimeout,
                       String proxy, boolean pdf, Path soffice, String databaseUrl) {

    public enum Mode { SERVE, PROCESS }

    public static final int DEFAULT_PORT = 8080;
    /** The database's name inside the data folder. */
    public static final String DATABASE_FILE = "vpr-svod.db";

    public Settings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(inbox, "inbox");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(poll, "poll");
        Objects.requireNonNull(settle, "settle");
        Objects.requireNonNull(giveUp, "giveUp");
        Objects.requireNonNull(readTimeout, "readTimeout");
    }

    /** With the SQLite file of the data folder. */
    public Settings(Mode mode, Path inbox, Path outbox, Path reference, Path templates, Path data, String host, int port,
                    Duration poll, Duration settle, Duration giveUp, Duration readTimeout, String proxy, boolean pdf,
                    Path soffice) {
        this(mode, inbox, outbox, reference, templates, data, host, port, poll, settle, giveUp, readTimeout, proxy, pdf,
                soffice, null);
    }

    /** The same settings on a PostgreSQL server (null: the data folder's SQLite file). */
    public Settings withDatabase(String url) {
        return new Settings(mode, inbox, outbox, reference, templates, data, host, port, poll, settle, giveUp, readTimeout,
                proxy, pdf, soffice, url);
    }

    public static Settings defaults(Mode mode) {
        return new Settings(mode, Path.of("inbox"), Path.of("outbox"), Path.of("templates", "справочник.xlsx"),
                Path.of("templates"), Path.of("data"), "127.0.0.1", DEFAULT_PORT, Duration.ofSeconds(5),
                mode == Mode.PROCESS ? Duration.ZERO : Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofMinutes(2),
                null, true, null);
    }

    /** The SQLite file of the data folder (used unless a server is named). */
    public Path database() {
        return data.resolve(DATABASE_FILE);
    }

    /** The database to open: the server of {@code --database} with the environment's credentials, or the SQLite file. */
    public Database.Choice store(Map<String, String> environment) {
        return databaseUrl == null ? new Database.Choice(Database.sqlite(database()), null)
                : Database.of(databaseUrl, environment);
    }
}
