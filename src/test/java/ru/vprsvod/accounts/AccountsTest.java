package ru.vprsvod.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.MutableClock;

/** The accounts on SQLite; {@link AccountsPostgresTest} runs the tests that do not look into the file on PostgreSQL. */
class AccountsTest {

    @TempDir
    Path dir;

    Accounts open(java.time.Clock clock) {
        return Accounts.open(dir.resolve("db.sqlite"), clock);
    }

    @Test
    void firstCoordinatorGetsAOneTimePasswordThatMustBeChanged() {
        try (Accounts accounts = open(MutableClock.spring2026())) {
            assertFalse(accounts.hasCoordinator());
            Issued issued = accounts.issueCoordinator("Petrova").orElseThrow();
            assertEquals("petrova", issued.account().login());
            assertTrue(issued.password().matches("[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}"), issued.password());
            Account signedIn = accounts.signIn("PETROVA ", issued.password()).orElseThrow();
            assertTrue(signedIn.mustChangePassword());
            assertTrue(signedIn.isCoordinator());
            assertTrue(accounts.hasCoordinator());

            assertEquals(Optional.of("Новый пароль слишком короткий: нужно не меньше 12 символов. Удобно взять фразу"
                    + " из нескольких слов."), accounts.changePassword("petrova", issued.password(), "короткий"));
            assertEquals(Optional.of("Текущий пароль указан неверно."), accounts.changePassword("petrova", "не тот", "длинная фраза из слов"));
            assertEquals(Optional.empty(), accounts.changePassword("petrova", issued.password(), "длинная фраза из слов"));
            assertFalse(accounts.signIn("petrova", "длинная фраза из слов").orElseThrow().mustChangePassword());
            assertTrue(accounts.signIn("petrova", issued.password()).isEmpty(), "the one-time password is gone");
        }
    }

    @Test
    void schoolAccountsAreMadeOncePerSchoolAndPasswordsAreStoredOnlyAsSaltedHashes() throws Exception {
        Path db = dir.resolve("db.sqlite");
        try (Accounts accounts = Accounts.open(db, MutableClock.spring2026())) {
            List<Issued> first = accounts.issueSchools(List.of("edu990001", "edu990002"));
            assertEquals(2, first.size());
            assertEquals(List.of(), accounts.issueSchools(List.of("edu990001", "edu990002")));
            assertEquals("edu990001", accounts.signIn("edu990001", first.get(0).password()).orElseThrow().school());
            assertTrue(accounts.signIn("edu990002", first.get(0).password()).isEmpty());
            assertTrue(accounts.issueCoordinator("edu990001").isEmpty(), "a school's login is not a coordinator's");
            Issued reset = accounts.resetPassword("edu990002").orElseThrow();
            assertTrue(accounts.signIn("edu990002", first.get(1).password()).isEmpty());
            assertTrue(accounts.signIn("edu990002", reset.password()).isPresent());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery("SELECT password_hash FROM accounts")) {
            java.util.Set<String> salts = new java.util.HashSet<>();
            while (rs.next()) {
                String[] parts = rs.getString(1).split("\\$");
                assertEquals("pbkdf2-sha256", parts[0]);
                assertTrue(Integer.parseInt(parts[1]) >= 600_000, "OWASP's iteration count for PBKDF2-HMAC-SHA256");
                salts.add(parts[2]);
            }
            assertEquals(2, salts.size(), "a salt of its own per password");
        }
    }

    @Test
    void aDatabaseMadeBeforeAccountsCouldBeDisabledOpensAndKeepsItsAccounts() throws Exception {
        Path db = dir.resolve("old.sqlite");
        String password;
        try (Accounts accounts = Accounts.open(db, MutableClock.spring2026())) {
            password = accounts.issueSchools(List.of("edu990001")).get(0).password();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            // The table as the first versions made it: no disabled_at, no sessions.
            c.createStatement().execute("ALTER TABLE accounts DROP COLUMN disabled_at");
            c.createStatement().execute("DROP TABLE sessions");
            c.createStatement().execute("DROP TABLE flyway_schema_history"); // and made before migrations
        }
        try (Accounts accounts = Accounts.open(db, MutableClock.spring2026())) {
            Account account = accounts.signIn("edu990001", password).orElseThrow();
            assertFalse(account.disabled());
            assertTrue(accounts.disable("edu990001").orElseThrow().disabled());
            assertTrue(accounts.signIn("edu990001", password).orElseThrow().disabled());
        }
    }

    @Test
    void sessionsEndWhenIdleForTwoHoursAndWhenTheAccountIsDisabled() {
        MutableClock clock = MutableClock.spring2026();
        try (Accounts accounts = open(clock)) {
            accounts.issueSchools(List.of("edu990001", "edu990002"));
            SavedSessions sessions = accounts.sessions();
            sessions.start("a", "edu990001", "csrf-a");
            sessions.start("b", "edu990002", "csrf-b");
            clock.advance(java.time.Duration.ofMinutes(100));
            assertEquals("csrf-a", sessions.find("a").orElseThrow().csrf(), "used after 1 h 40 min: seen again");
            clock.advance(java.time.Duration.ofMinutes(30));
            assertTrue(sessions.find("b").isEmpty(), "b idle for 2 h 10 min");
            assertTrue(sessions.find("a").isPresent(), "a idle for 30 min only");
            assertEquals(1, sessions.count("edu990001"));
            accounts.disable("edu990001");
            assertTrue(sessions.find("a").isEmpty());
            accounts.enable("edu990001");
            assertTrue(sessions.find("a").isEmpty(), "enabling does not bring ended sessions back");
        }
    }

    @Test
    void theCoordinatorCommandEnablesADisabledCoordinatorAndSignsOutWhoeverUsedTheOldPassword() {
        try (Accounts accounts = open(MutableClock.spring2026())) {
            accounts.issueCoordinator("petrova");
            accounts.issueCoordinator("ivanova");
            accounts.sessions().start("t", "petrova", "c");
            accounts.disable("petrova");
            Issued again = accounts.issueCoordinator("petrova").orElseThrow();
            Account account = accounts.signIn("petrova", again.password()).orElseThrow();
            assertFalse(account.disabled());
            assertTrue(account.mustChangePassword());
            accounts.sessions().start("u", "ivanova", "c");
            accounts.issueCoordinator("ivanova");
            assertTrue(accounts.sessions().find("u").isEmpty());
        }
    }
}
