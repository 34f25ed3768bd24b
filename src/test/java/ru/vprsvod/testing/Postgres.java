package ru.vprsvod.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import ru.vprsvod.database.Database;

/**
 * The real PostgreSQL server the store's tests also run against: its JDBC URL in {@code VPR_TEST_POSTGRES}, the
 * password in {@code VPR_DB_PASSWORD} as the service takes it ({@code .ci/postgres} starts one and prints both). A
 * developer without it gets these tests skipped; in CI ({@code CI=true}) its absence fails them, as for the corpus.
 * Each test gets a schema of its own, so tests never see each other's rows.
 */
public final class Postgres {

    private Postgres() {
    }

    /** The server's URL; skips the test when none is given, or fails it in CI. */
    public static String url() {
        return require(System.getenv());
    }

    static String require(Map<String, String> environment) {
        String url = environment.get("VPR_TEST_POSTGRES");
        if (url == null || url.isBlank()) {
            String absent = "no PostgreSQL server for the tests (VPR_TEST_POSTGRES; eval \"$(bash .ci/postgres)\" starts one)";
            if ("true".equalsIgnoreCase(environment.getOrDefault("CI", "").strip())) {
                Assertions.fail(absent + ": in CI (CI=true) the PostgreSQL tests must run, not be skipped");
            }
            Assumptions.abort(absent + " (skipped; in CI this fails)");
        }
        return url.strip();
    }

    /** A new, empty schema on the server; the URL that opens it as the service would be given it. */
    public static String freshSchemaUrl() {
        String url = url();
        String schema = "t" + Long.toHexString(System.nanoTime()) + ThreadLocalRandom.current().nextInt(1000);
        Properties credentials = new Properties();
        String password = System.getenv("VPR_DB_PASSWORD");
        if (password != null) {
            credentials.setProperty("password", password);
        }
        try (Connection c = DriverManager.getConnection(url, credentials); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the test PostgreSQL at " + url + ": " + e.getMessage(), e);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** A new, empty schema as a {@link Database} with the environment's credentials. */
    public static Database fresh() {
        return database(freshSchemaUrl());
    }

    public static Database database(String url) {
        Database.Choice choice = Database.of(url, System.getenv());
        if (choice.problem() != null) {
            throw new IllegalStateException(choice.problem());
        }
        return choice.database();
    }
}
