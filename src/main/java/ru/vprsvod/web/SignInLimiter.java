package ru.vprsvod.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Failed password checks (sign-in and the current password on «Смена пароля»), counted three ways within
 * {@link #WINDOW}: per login from one address ({@link #PER_ACCOUNT_AND_ADDRESS}), per address over all logins
 * ({@link #PER_ADDRESS}) and per login over all addresses ({@link #PER_ACCOUNT}). One clerk's typos lock only that
 * clerk on that computer; the other schools behind the same NAT, and the coordinator on the same machine, still
 * sign in. A guesser spreading over many logins or many addresses meets the wider limits.
 * The address is the connection's own (or the one a configured proxy vouches for), never a header a client
 * could write itself, so a guesser cannot dodge the limit by inventing X-Forwarded-For values.
 */
final class SignInLimiter {

    static final int PER_ACCOUNT_AND_ADDRESS = 10;
    static final int PER_ADDRESS = 50;
    static final int PER_ACCOUNT = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_KEYS = 50_000;
    private static final int MAX_LOGIN_KEY = 100;

    /** Why a try is refused and for how long. */
    record Lock(boolean address, Duration remaining) {
        String message() {
            long minutes = Math.max(1, (remaining.toSeconds() + 59) / 60);
            return (address ? "Слишком много неудачных попыток входа с этого компьютера."
                    : "Слишком много неудачных попыток входа под этим логином.") + " Повторите через " + minutes + " мин.";
        }
    }

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > MAX_KEYS;
        }
    };

    SignInLimiter(Clock clock) {
        this.clock = clock;
    }

    /** How long this login from this address must still wait, or empty when it may try. */
    synchronized Optional<Lock> lock(String login, String address) {
        Optional<Duration> pair = wait(pairKey(login, address), PER_ACCOUNT_AND_ADDRESS);
        if (pair.isPresent()) {
            return Optional.of(new Lock(false, pair.get()));
        }
        Optional<Duration> byAddress = wait(addressKey(address), PER_ADDRESS);
        if (byAddress.isPresent()) {
            return Optional.of(new Lock(true, byAddress.get()));
        }
        return wait(accountKey(login), PER_ACCOUNT).map(w -> new Lock(false, w));
    }

    synchronized void failed(String login, String address) {
        Instant now = clock.instant();
        recent(pairKey(login, address)).addLast(now);
        recent(addressKey(address)).addLast(now);
        recent(accountKey(login)).addLast(now);
    }

    /** A right password clears only this login's count from this address: signing in to one's own account never
     * wipes the failures a guesser piled up on others. */
    synchronized void succeeded(String login, String address) {
        failures.remove(pairKey(login, address));
    }

    private Optional<Duration> wait(String key, int limit) {
        Deque<Instant> recent = recent(key);
        if (recent.size() < limit) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(clock.instant(), recent.peekFirst().plus(WINDOW)));
    }

    private Deque<Instant> recent(String key) {
        Deque<Instant> recent = failures.computeIfAbsent(key, a -> new ArrayDeque<>());
        Instant since = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(since)) {
            recent.removeFirst();
        }
        return recent;
    }

    private static String login(String login) {
        String l = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        return l.length() > MAX_LOGIN_KEY ? l.substring(0, MAX_LOGIN_KEY) : l;
    }

    private static String pairKey(String login, String address) {
        return "pair\u0000" + login(login) + "\u0000" + address;
    }

    private static String addressKey(String address) {
        return "address\u0000" + address;
    }

    private static String accountKey(String login) {
        return "account\u0000" + login(login);
    }
}
