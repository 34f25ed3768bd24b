package ru.vprsvod.web;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import ru.vprsvod.accounts.Account;
import ru.vprsvod.accounts.Issued;

/**
 * A browser's session, kept in memory on the server; the browser holds only its random id in a cookie.
 *
 * @param csrf    the synchronizer token every form of this session must send back
 * @param account who signed in, or null before sign-in (the sign-in form has a session too, for its token)
 * @param issued  one-time passwords a coordinator just made, kept only until they are handed out
 */
record Session(String id, String csrf, Account account, Instant signedInAt, List<Issued> issued) {

    Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(csrf, "csrf");
        issued = List.copyOf(issued);
    }

    boolean signedIn() {
        return account != null;
    }

    boolean isCoordinator() {
        return account != null && account.isCoordinator();
    }

    /** The school a clerk may see, or null for a coordinator or before sign-in. */
    String school() {
        return account == null || account.isCoordinator() ? null : account.school();
    }

    Session with(Account account) {
        return new Session(id, csrf, account, signedInAt, issued);
    }

    Session withIssued(List<Issued> issued) {
        return new Session(id, csrf, account, signedInAt, issued);
    }
}
