package ru.vprsvod.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.security.RouteRole;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.ReferenceSource;

/**
 * Runs before every matched route: security headers, the session, the route's roles, a forced password change,
 * and for every form sent (POST) the Origin check and the synchronizer token. Javalin has no CSRF protection of
 * its own. A route registered without roles is refused, so a forgotten role fails closed.
 */
final class Guard {

    static final String SESSION = "session";
    static final String CSRF_FIELD = "csrf";
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self';"
            + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final Sessions sessions;

    Guard(Sessions sessions) {
        this.sessions = sessions;
    }

    void check(Context ctx) {
        headers(ctx);
        Session session = sessions.current(ctx).orElse(null);
        ctx.attribute(SESSION, session);
        Set<RouteRole> roles = ctx.routeRoles();
        boolean api = ctx.path().startsWith("/api/");
        if (roles.isEmpty()) {
            throw new Refusal(HttpStatus.FORBIDDEN, "Нет доступа к этой странице.");
        }
        if (!roles.contains(Role.ANYONE)) {
            if (session == null || !session.signedIn()) {
                if (!api && ctx.method() == HandlerType.GET) {
                    ctx.redirect("/login?next=" + Html.url(nextAfterSignIn(ctx)));
                    ctx.skipRemainingHandlers();
                    return;
                }
                throw new Refusal(HttpStatus.UNAUTHORIZED, "Войдите в систему: откройте страницу входа и введите логин и пароль.");
            }
            Role role = session.isCoordinator() ? Role.COORDINATOR : Role.SCHOOL;
            if (!roles.contains(role)) {
                throw new Refusal(HttpStatus.FORBIDDEN, "Нет доступа: эта страница для "
                        + (roles.contains(Role.COORDINATOR) ? "муниципального координатора" : "школ") + ".");
            }
            if (session.account().mustChangePassword() && !ctx.path().equals("/password") && !ctx.path().equals("/logout")) {
                if (!api && ctx.method() == HandlerType.GET) {
                    ctx.redirect("/password");
                    ctx.skipRemainingHandlers();
                    return;
                }
                throw new Refusal(HttpStatus.FORBIDDEN, "Сначала смените выданный пароль на свой (страница «Пароль»).");
            }
        }
        if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
            checkOrigin(ctx);
            if (ctx.path().equals("/api/session")) {
                // JSON only: a page of another site cannot send it without a CORS preflight, which is never granted.
                if (!String.valueOf(ctx.contentType()).startsWith("application/json")) {
                    throw new Refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Ожидается JSON: {\"login\": …, \"password\": …}.");
                }
                return;
            }
            String sent = Uploads.formParam(ctx, CSRF_FIELD);
            if (session == null || sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                    session.csrf().getBytes(StandardCharsets.UTF_8))) {
                throw new Refusal(HttpStatus.FORBIDDEN, "Форма устарела или отправлена не с этой страницы."
                        + " Откройте страницу заново и повторите действие.");
            }
        }
    }

    /** A form must come from our own pages: a browser names the page's origin, and another site's differs. */
    private static void checkOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        String expected = ctx.scheme() + "://" + ctx.host();
        if (origin != null && !origin.equalsIgnoreCase(expected)) {
            throw new Refusal(HttpStatus.FORBIDDEN, "Запрос отправлен с другого сайта и отклонён.");
        }
        String referer = ctx.header("Referer");
        if (origin == null && referer != null && !referer.toLowerCase().startsWith(expected.toLowerCase() + "/")) {
            throw new Refusal(HttpStatus.FORBIDDEN, "Запрос отправлен с другого сайта и отклонён.");
        }
    }

    private static String nextAfterSignIn(Context ctx) {
        String query = ctx.queryString();
        return ctx.path() + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    static void headers(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
        ctx.header("Content-Security-Policy", CSP);
    }

    /** The reference in use; a page that cannot do without one answers 503 with the reason. */
    static Reference reference(ReferenceSource references) {
        return references.current().orElseThrow(() -> new Refusal(HttpStatus.SERVICE_UNAVAILABLE,
                "Справочник управления образования не загружен."));
    }

    /** The session a route runs in; the guard has put it there (null only on routes open to anyone). */
    static Session session(Context ctx) {
        return ctx.attribute(SESSION);
    }

    /** A refusal shown as a Russian page (or JSON under /api/) with its status. */
    static final class Refusal extends RuntimeException {
        final HttpStatus status;

        Refusal(HttpStatus status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }
}
