package ru.vprsvod.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Failed sign-ins per client address: after {@link #MAX_FAILURES} in {@link #WINDOW}, that address must wait.
 * The address is the connection's own (or the one a configured proxy vouches for), never a header a client
 * could write itself, so a guesser cannot dodge the limit by inventing X-Forwarded-For values.
 */
final class SignInLimiter {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_ADDRESSES = 50_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    SignInLimiter(Clock clock) {
        this.clock = clock;
    }

    /** How long the address must still wait, or empty when it may try. */
    synchronized Optional<Duration> wait(String address) {
        Deque<Instant> recent = recent(address);
        if (recent.size() < MAX_FAILURES) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(clock.instant(), recent.peekFirst().plus(WINDOW)));
    }

    synchronized void failed(String address) {
        recent(address).addLast(clock.instant());
    }

    synchronized void succeeded(String address) {
        failures.remove(address);
    }

    private Deque<Instant> recent(String address) {
        Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        Instant since = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(since)) {
            recent.removeFirst();
        }
        return recent;
    }
}
