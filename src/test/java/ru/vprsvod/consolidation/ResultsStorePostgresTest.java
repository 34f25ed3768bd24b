package ru.vprsvod.consolidation;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import ru.vprsvod.testing.Postgres;

/** Every test of the store again, on a real PostgreSQL server: one schema per named database. */
class ResultsStorePostgresTest extends ResultsStoreTest {

    private final Map<String, String> schemas = new HashMap<>();

    @Override
    ResultsStore open(String name) {
        String url = schemas.computeIfAbsent(name, n -> Postgres.freshSchemaUrl());
        return ResultsStore.open(Postgres.database(url), Clock.systemUTC());
    }
}
