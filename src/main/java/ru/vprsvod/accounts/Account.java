package ru.vprsvod.accounts;

import java.time.Instant;
import java.util.Objects;

/**
 * Someone who may sign in: the department's coordinator, or the clerk of one school.
 *
 * @param school             the school's FIS OKO login for a school account, empty for a coordinator
 * @param mustChangePassword true while the account still has a password someone else issued
 * @param disabledAt         when a coordinator disabled the account (it cannot sign in), or null while it is enabled
 */
public record Account(String login, Kind kind, String school, boolean mustChangePassword, Instant createdAt,
                      Instant disabledAt) {

    public enum Kind {
        COORDINATOR("координатор"),
        SCHOOL("школа");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Account {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean isCoordinator() {
        return kind == Kind.COORDINATOR;
    }

    public boolean disabled() {
        return disabledAt != null;
    }
}
