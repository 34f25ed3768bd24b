package ru.vprsvod.accounts;

import java.util.Objects;

/** A one-time password just issued for an account: shown once to be handed over, never stored in clear. */
public record Issued(Account account, String password) {

    public Issued {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "Issued[" + account.login() + "]"; // never the password in logs
    }
}
