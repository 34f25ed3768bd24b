package ru.vprsvod.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import ru.vprsvod.accounts.Account;
import ru.vprsvod.accounts.Issued;
import ru.vprsvod.accounts.SavedSessions;

/**
 * Sessions by a random 256-bit id in an HttpOnly, SameSite=Strict cookie (Secure over HTTPS). A signed-in session
 * lives in the database ({@link SavedSessions}), so a restart or another instance on the same database signs nobody
 * out, and its account is read afresh on every request (a disabled account is out at once). Before sign-in (the
 * sign-in form's token) a session lives only in memory, and so do the one-time passwords a coordinator has just
 * issued: those are never written anywhere. A sign-in always starts a new session (no fixation); idle sessions end
 * after two hours.
 */
final class Sessions {

    static final String COOKIE = "vprsvod_session";

    private final SecureRandom random = new SecureRandom();
    private final SavedSessions saved;
    private final Cache<String, Session> anonymous;
    private final Cache<String, List<Issued>> issued;
    private final Clock clock;

    Sessions(SavedSessions saved, Clock clock) {
        this.saved = saved;
        this.clock = clock;
        this.anonymous = memory(100_000); // every visit to the sign-in page makes one: bounded, oldest go first
        this.issued = memory(1_000);
    }

    private <V> Cache<String, V> memory(int size) {
        return Caffeine.newBuilder()
                .expireAfterAccess(SavedSessions.IDLE)
                .maximumSize(size)
                .ticker(() -> clock.millis() * 1_000_000L)
                .build();
    }

    /** The request's session, if its cookie names a live one. */
    Optional<Session> current(Context ctx) {
        String id = ctx.cookie(COOKIE);
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        Optional<SavedSessions.Saved> signedIn = saved.find(id);
        if (signedIn.isPresent()) {
            SavedSessions.Saved s = signedIn.get();
            List<Issued> passwords = issued.getIfPresent(id);
            return Optional.of(new Session(id, s.csrf(), s.account(), s.signedInAt(), passwords == null ? List.of() : passwords));
        }
        return Optional.ofNullable(anonymous.getIfPresent(id));
    }

    /** The request's session, or a new anonymous one (for the sign-in form's token). */
    Session currentOrNew(Context ctx) {
        return current(ctx).orElseGet(() -> {
            Session session = new Session(token(), token(), null, clock.instant(), List.of());
            anonymous.put(session.id(), session);
            ctx.cookie(cookie(ctx, session.id(), -1));
            return session;
        });
    }

    /** Ends the old session and starts a signed-in one under a new id. */
    Session signIn(Context ctx, Account account) {
        end(ctx);
        Session session = new Session(token(), token(), account, clock.instant(), List.of());
        saved.start(session.id(), account.login(), session.csrf());
        ctx.cookie(cookie(ctx, session.id(), -1));
        return session;
    }

    void signOut(Context ctx) {
        end(ctx);
        ctx.cookie(cookie(ctx, "", 0));
    }

    /** Keeps what changed in a session: its one-time passwords (the account itself is read from the database). */
    void update(Session session) {
        if (!session.signedIn()) {
            anonymous.put(session.id(), session);
        } else if (session.issued().isEmpty()) {
            issued.invalidate(session.id());
        } else {
            issued.put(session.id(), session.issued());
        }
    }

    /** Ends every session of an account but one (after a password change or reset). */
    void endOthers(String login, String keepId) {
        saved.endAllOf(login, keepId);
    }

    private void end(Context ctx) {
        String id = ctx.cookie(COOKIE);
        if (id != null && !id.isEmpty()) {
            saved.end(id);
            anonymous.invalidate(id);
            issued.invalidate(id);
        }
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
