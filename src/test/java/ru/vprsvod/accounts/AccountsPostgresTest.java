package ru.vprsvod.accounts;

import java.time.Clock;
import ru.vprsvod.testing.Postgres;

/** The accounts' tests again on a real PostgreSQL server (the ones that read the SQLite file itself stay on it). */
class AccountsPostgresTest extends AccountsTest {

    private String url;

    @Override
    Accounts open(Clock clock) {
        if (url == null) {
            url = Postgres.freshSchemaUrl();
        }
        return Accounts.open(Postgres.database(url), clock);
    }
}
