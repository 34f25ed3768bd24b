package ru.vprsvod.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.accounts.Accounts;
import ru.vprsvod.consolidation.Arrival;
import ru.vprsvod.consolidation.ResultsStore;
import ru.vprsvod.submission.FormCheck;
import ru.vprsvod.submission.Status;
import ru.vprsvod.testing.MutableClock;
import ru.vprsvod.testing.Postgres;

class MigrationsTest {

    @TempDir
    Path dir;

    /** A user's SQLite file made by the last version before migrations, with a file and an account in it. */
    private Path databaseBeforeMigrations(boolean withDisabledAt) throws Exception {
        Path db = dir.resolve("vpr-svod.db");
        String schema;
        try (InputStream in = MigrationsTest.class.getResourceAsStream("before-migrations.sql")) {
            schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!withDisabledAt) {
            schema = schema.replace(",\n    disabled_at          TEXT", "\n");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            for (String statement : schema.replaceAll("(?m)--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
            s.execute("INSERT INTO schema_version (version) VALUES (1)");
            s.execute("INSERT INTO files (claim_id, sha256, original_name, source, sender_school, school, received_at,"
                    + " size_bytes, archive_path, status, omitted_problems, receipt_path) VALUES ('old-claim', 'h0',"
                    + " 'старый.xlsx', 'папка', NULL, 'edu990001', '2025-05-20T07:00:00Z', 10, 'archive/x', 'REJECTED', 0, 'r')");
            s.execute("INSERT INTO accounts (login, kind, school, password_hash, must_change_password, created_at,"
                    + " password_changed_at) VALUES ('edu990001', 'SCHOOL', 'edu990001', 'x', 1, '2025-05-01T00:00:00Z',"
                    + " '2025-05-01T00:00:00Z')");
        }
        return db;
    }

    private static List<String> history(Connection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, type, success FROM flyway_schema_history ORDER BY installed_rank")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getBoolean(3));
            }
        }
        return rows;
    }

    @Test
    void aSqliteFileMadeBeforeMigrationsIsBaselinedInPlaceAndKeepsItsData() throws Exception {
        for (boolean withDisabledAt : new boolean[] {false, true}) {
            Path db = databaseBeforeMigrations(withDisabledAt);
            try (ResultsStore store = ResultsStore.open(db);
                 Accounts accounts = Accounts.open(db, MutableClock.spring2026())) {
                assertEquals("старый.xlsx", store.byClaim("old-claim").orElseThrow().originalName());
                assertTrue(accounts.disable("edu990001").orElseThrow().disabled(), "disabled_at is there now");
                // The id of a new row still comes from the database, after the old rows.
                long id = store.record(new Arrival("new-claim", "h1", "новый.xlsx", Arrival.INBOX, null,
                                Instant.parse("2026-05-21T07:00:00Z"), 10, "archive/y"),
                        new FormCheck("новый.xlsx", "", Status.REJECTED, List.of(), 0, List.of()), null, i -> "r" + i)
                        .file().id();
                assertEquals(2, id);
            }
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
                assertEquals(List.of("0 BASELINE true", "1 SQL true", "2 JDBC true", "2.1 SQL true", "7 SQL true", "8 SQL true"), history(c), "with disabled_at: " + withDisabledAt);
            }
            Files.delete(db);
        }
    }

    /**
     * Other branches may still append a table to the old schema.sql or accounts.sql: merged in, the file would come
     * back unread and the table would silently never be made. Its block belongs in a new migration file (README,
     * «Database schema and migrations»).
     */
    @Test
    void theOldSchemaFilesDoNotComeBackAfterAMerge() {
        for (String old : List.of("ru/vprsvod/consolidation/schema.sql", "ru/vprsvod/accounts/accounts.sql")) {
            assertEquals(null, MigrationsTest.class.getClassLoader().getResource(old),
                    old + " is read by nothing any more: move its new tables into src/main/resources/db/migration/V<n>__<what>.sql");
        }
    }

    @Test
    void aDatabaseOfANewerProgramIsRefused() throws Exception {
        Path db = dir.resolve("vpr-svod.db");
        ResultsStore.open(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, installed_on, execution_time, success) VALUES (99, '99', 'later', 'SQL',"
                    + " 'V99__later.sql', 0, '', '2030-01-01 00:00:00.000', 0, 1)");
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ResultsStore.open(db));
        assertTrue(e.getMessage().contains("newer version of the program (schema 99)"), e.getMessage());
    }

    @Test
    void aNewPostgresSchemaGetsEveryMigrationAndAReopenChangesNothing() throws Exception {
        Database database = Postgres.fresh();
        ResultsStore.open(database, Clock.systemUTC()).close();
        Accounts.open(database, Clock.systemUTC()).close();
        try (Connection c = database.connectReadOnly()) {
            assertEquals(List.of("1 SQL true", "2 JDBC true", "2.1 SQL true", "7 SQL true", "8 SQL true"), history(c));
        }
        assertFalse(database.describe().contains(System.getenv().getOrDefault("VPR_DB_PASSWORD", "\0")));
    }
}
