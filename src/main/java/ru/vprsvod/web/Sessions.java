package ru.vprsvod.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import ru.vprsvod.accounts.Account;

/**
 * Sessions in memory, by a random 256-bit id in an HttpOnly, SameSite=Strict cookie (Secure over HTTPS). A
 * sign-in always starts a new session (no fixation); a restart signs everyone out, which for a department's
 * desk is a fair price for keeping nothing secret on disk. Idle sessions end after two hours.
 */
final class Sessions {

    static final String COOKIE = "vprsvod_session";
    static final Duration IDLE = Duration.ofHours(2);

    private final SecureRandom random = new SecureRandom();
    private final Cache<String, Session> sessions;
    private final Clock clock;

    Sessions(Clock clock) {
        this.clock = clock;
        this.sessions = Caffeine.newBuilder()
                .expireAfterAccess(IDLE)
                .maximumSize(100_000) // anonymous sign-in pages make sessions too: bounded, oldest go first
                .ticker(() -> clock.millis() * 1_000_000L)
                .build();
    }

    /** The request's session, if its cookie names a live one. */
    Optional<Session> current(Context ctx) {
        String id = ctx.cookie(COOKIE);
        return id == null ? Optional.empty() : Optional.ofNullable(sessions.getIfPresent(id));
    }

    /** The request's session, or a new anonymous one (for the sign-in form's token). */
    Session currentOrNew(Context ctx) {
        return current(ctx).orElseGet(() -> start(ctx, null));
    }

    /** Ends the old session and starts a signed-in one under a new id. */
    Session signIn(Context ctx, Account account) {
        current(ctx).ifPresent(s -> sessions.invalidate(s.id()));
        return start(ctx, account);
    }

    void signOut(Context ctx) {
        current(ctx).ifPresent(s -> sessions.invalidate(s.id()));
        ctx.cookie(cookie(ctx, "", 0));
    }

    void update(Session session) {
        sessions.put(session.id(), session);
    }

    /** Ends every session of an account but one (after a password change or reset). */
    void endOthers(String login, String keepId) {
        List<String> ids = sessions.asMap().values().stream()
                .filter(s -> s.account() != null && s.account().login().equals(login) && !s.id().equals(keepId))
                .map(Session::id).toList();
        sessions.invalidateAll(ids);
    }

    private Session start(Context ctx, Account account) {
        Session session = new Session(token(), token(), account, clock.instant(), List.of());
        sessions.put(session.id(), session);
        ctx.cookie(cookie(ctx, session.id(), -1));
        return session;
    }

    private static Cookie cookie(Context ctx, String value, int maxAge) {
        return new Cookie(COOKIE, value, "/", maxAge, "https".equals(ctx.scheme()), true, null, SameSite.STRICT);
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
