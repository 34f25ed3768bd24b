package ru.vprsvod.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.Postgres;

/**
 * Two instances' coordination on one real PostgreSQL database (each a {@link Coordination} with connections of its
 * own, as two JVMs have): a claim has one holder, the outputs one maker and one writer at a time, and what a dead
 * instance held (its connection gone) is the other's at once. With SQLite everything is the one instance's.
 */
class CoordinationPostgresTest {

    @Test
    void aClaimHeldByOneInstanceIsRefusedToTheOtherUntilLetGo() {
        Database database = Postgres.fresh();
        try (Coordination first = Coordination.of(database); Coordination second = Coordination.of(database)) {
            assertTrue(first.claim("0001-a"));
            assertFalse(second.claim("0001-a"), "held by the first instance");
            assertFalse(first.claim("0001-a"), "held by another thread of the same instance");
            assertTrue(second.claim("0002-b"), "another claim is free");
            first.letGo("0001-a");
            assertTrue(second.claim("0001-a"));
            assertFalse(first.claim("0001-a"));
        }
    }

    @Test
    void whenAnInstanceDiesItsClaimsAndTheOutputsPassToTheOther() throws Exception {
        Database database = Postgres.fresh();
        try (Coordination survivor = Coordination.of(database)) {
            Coordination dying = Coordination.of(database);
            assertTrue(dying.claim("0001-a"));
            assertTrue(dying.makesOutputs());
            assertFalse(survivor.claim("0001-a"));
            assertFalse(survivor.makesOutputs(), "one maker of the outputs");
            assertTrue(dying.makesOutputs(), "the maker stays so");
            dying.close(); // as a SIGKILL: the connections end, and the server ends their sessions and locks
            assertTrue(eventually(() -> survivor.claim("0001-a")), "the survivor takes up the claim");
            assertTrue(eventually(survivor::makesOutputs), "the survivor takes over the outputs");
        }
    }

    @Test
    void aConnectionKilledOnTheServerLosesItsHoldsAndTheInstanceAsksAgainOnANewOne() throws Exception {
        Database database = Postgres.fresh();
        try (Coordination first = Coordination.of(database); Coordination second = Coordination.of(database)) {
            assertTrue(first.claim("0001-a"));
            assertTrue(first.makesOutputs());
            try (Connection admin = database.connect(); Statement s = admin.createStatement()) {
                // This schema's locks only: other tests may share the server.
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory'"
                        + " AND classid = hashtext(current_schema())::oid AND pid <> pg_backend_pid()");
            }
            assertTrue(eventually(() -> second.claim("0001-a")), "the claim is free once the holder's session ended");
            assertTrue(eventually(second::makesOutputs));
            assertFalse(first.makesOutputs(), "the first learns it is no longer the maker");
            assertFalse(first.holds("0001-a"));
            assertTrue(first.claim("0002-b"), "and works again on a new connection");
        }
    }

    @Test
    void outputsAreWrittenByOneInstanceAtATimeAndTheOtherWaitsForItsTurn() throws Exception {
        Database database = Postgres.fresh();
        try (Coordination first = Coordination.of(database); Coordination second = Coordination.of(database)) {
            List<String> order = new CopyOnWriteArrayList<>();
            CountDownLatch writing = new CountDownLatch(1);
            CountDownLatch finish = new CountDownLatch(1);
            CompletableFuture<Void> firstWrites = CompletableFuture.runAsync(() -> first.writingOutputs(() -> {
                order.add("first begins");
                writing.countDown();
                await(finish);
                order.add("first ends");
                return null;
            }));
            assertTrue(writing.await(10, TimeUnit.SECONDS));
            CompletableFuture<Void> secondWrites = CompletableFuture.runAsync(() -> second.writingOutputs(() -> {
                order.add("second begins");
                return null;
            }));
            Thread.sleep(300);
            assertFalse(secondWrites.isDone(), "the second waits while the first writes");
            finish.countDown();
            firstWrites.get(10, TimeUnit.SECONDS);
            secondWrites.get(10, TimeUnit.SECONDS);
            assertEquals(List.of("first begins", "first ends", "second begins"), order);
        }
    }

    @Test
    void departmentsInSchemasOfOneDatabaseNeverWaitForEachOther() {
        try (Coordination district = Coordination.of(Postgres.fresh()); Coordination city = Coordination.of(Postgres.fresh())) {
            assertTrue(district.claim("0001-a"));
            assertTrue(city.claim("0001-a"), "the same claim id in another department's schema");
            assertTrue(district.makesOutputs());
            assertTrue(city.makesOutputs(), "each department has its own maker");
        }
    }

    @Test
    void theRecordingTurnIsHeldUntilTheTransactionEnds() throws Exception {
        Database database = Postgres.fresh();
        try (Connection first = database.connect(); Connection second = database.connect()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            Coordination.recordingTurn(database, first);
            try (Statement s = second.createStatement()) {
                s.execute("SET lock_timeout = '200ms'");
            }
            CompletableFuture<Boolean> waited = CompletableFuture.supplyAsync(() -> {
                try {
                    Coordination.recordingTurn(database, second);
                    return false;
                } catch (java.sql.SQLException e) {
                    return e.getMessage().contains("lock timeout");
                }
            });
            assertTrue(waited.get(10, TimeUnit.SECONDS), "the second waits for the first's transaction");
            second.rollback();
            first.commit();
            Coordination.recordingTurn(database, second);
            second.commit();
        }
    }

    @Test
    void sqliteHasOneInstanceAndAsksNothing(@TempDir Path dir) {
        try (Coordination one = Coordination.of(Database.sqlite(dir.resolve("vpr-svod.db")))) {
            assertFalse(one.shared());
            assertTrue(one.claim("0001-a"));
            assertTrue(one.claim("0001-a"), "SQLite: the data folder's lock already keeps others away");
            assertTrue(one.makesOutputs());
            assertEquals("made", one.writingOutputs(() -> "made"));
        }
    }

    /** The server ends a session a moment after its client went: asks again for a few seconds. */
    private static boolean eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
