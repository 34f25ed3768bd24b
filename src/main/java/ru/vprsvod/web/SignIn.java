package ru.vprsvod.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.vprsvod.accounts.Account;
import ru.vprsvod.accounts.Accounts;
import ru.vprsvod.log.LifeLog;

/** Sign-in, sign-out and changing one's password; also the JSON sign-in for tools. */
final class SignIn {

    private static final Logger log = LoggerFactory.getLogger(SignIn.class);
    static final String WRONG = "Неверный логин или пароль.";
    static final String DISABLED = "Учётная запись отключена муниципальным координатором. Чтобы её включить, обратитесь"
            + " в управление образования.";

    private final Accounts accounts;
    private final Sessions sessions;
    private final SignInLimiter limiter;
    private final Page page;
    private final String program;

    /** @param program how the program is started here («java -jar target/vpr-svod.jar»), for the first coordinator */
    SignIn(Accounts accounts, Sessions sessions, SignInLimiter limiter, Page page, String program) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.limiter = limiter;
        this.page = page;
        this.program = program;
    }

    void form(Context ctx) {
        Session session = Guard.session(ctx);
        if (session != null && session.signedIn()) {
            ctx.redirect("/");
            return;
        }
        showForm(ctx, sessions.currentOrNew(ctx), "", "", HttpStatus.OK);
    }

    void submit(Context ctx) {
        String login = ctx.formParam("login");
        Optional<String> refusal = attempt(ctx, login, ctx.formParam("password"));
        if (refusal.isPresent()) {
            showForm(ctx, sessions.currentOrNew(ctx), login, refusal.get(), status(refusal.get()));
            return;
        }
        Session session = Guard.session(ctx);
        ctx.redirect(session.account().mustChangePassword() ? "/password" : safeNext(ctx.formParam("next")));
    }

    /** POST /api/session with {"login", "password"}: the same sign-in for scripts; the cookie comes back. */
    void submitJson(Context ctx) {
        JsonNode body;
        try {
            body = new ObjectMapper().readTree(ctx.body());
        } catch (java.io.IOException e) {
            throw new Guard.Refusal(HttpStatus.BAD_REQUEST, "Ожидается JSON: {\"login\": …, \"password\": …}.");
        }
        Optional<String> refusal = attempt(ctx, body.path("login").asText(null), body.path("password").asText(null));
        if (refusal.isPresent()) {
            ctx.status(status(refusal.get())).json(Map.of("error", refusal.get()));
            return;
        }
        ctx.json(Api.me(Guard.session(ctx)));
    }

    /** Checks the limiter and the password; on success the request carries a fresh signed-in session. */
    private Optional<String> attempt(Context ctx, String login, String password) {
        String address = ctx.ip();
        Optional<SignInLimiter.Lock> lock = limiter.lock(login, address);
        if (lock.isPresent()) {
            return Optional.of(lock.get().message());
        }
        Optional<Account> account = accounts.signIn(login, password == null ? "" : password);
        if (account.isEmpty()) {
            limiter.failed(login, address);
            log.info(failedSignInLine(login, address));
            return Optional.of(WRONG);
        }
        limiter.succeeded(login, address);
        if (account.get().disabled()) {
            // Said only to whoever knows the password: nobody else learns that the account exists.
            log.info("Sign-in refused, account disabled login={} from={}", LifeLog.value(account.get().login()),
                    LifeLog.value(address));
            return Optional.of(DISABLED);
        }
        ctx.attribute(Guard.SESSION, sessions.signIn(ctx, account.get()));
        log.info("Signed in login={} from={}", LifeLog.value(account.get().login()), LifeLog.value(address));
        return Optional.empty();
    }

    private static HttpStatus status(String refusal) {
        return switch (refusal) {
            case WRONG -> HttpStatus.UNAUTHORIZED;
            case DISABLED -> HttpStatus.FORBIDDEN;
            default -> HttpStatus.TOO_MANY_REQUESTS;
        };
    }

    /** The login is whatever was typed: quoted and escaped, so a line break cannot write a log line of its own. */
    static String failedSignInLine(String login, String address) {
        return "Failed sign-in login=" + LifeLog.value(String.valueOf(login)) + " from=" + LifeLog.value(address);
    }

    void signOut(Context ctx) {
        sessions.signOut(ctx);
        ctx.redirect("/login");
    }

    void passwordForm(Context ctx) {
        showPasswordForm(ctx, "", HttpStatus.OK);
    }

    void changePassword(Context ctx) {
        Session session = Guard.session(ctx);
        String next = ctx.formParam("new");
        if (next == null || !next.equals(ctx.formParam("repeat"))) {
            showPasswordForm(ctx, "Новый пароль и его повтор не совпадают.", HttpStatus.BAD_REQUEST);
            return;
        }
        String login = session.account().login();
        String address = ctx.ip();
        Optional<SignInLimiter.Lock> lock = limiter.lock(login, address);
        if (lock.isPresent()) {
            endAfterGuessing(ctx, login, lock.get());
            return;
        }
        String current = ctx.formParam("current");
        if (accounts.signIn(login, current == null ? "" : current).isEmpty()) {
            // Counted like a failed sign-in: a stolen session must not become an unlimited password oracle.
            limiter.failed(login, address);
            log.info("Wrong current password login={} from={}", LifeLog.value(login), LifeLog.value(address));
            Optional<SignInLimiter.Lock> now = limiter.lock(login, address);
            if (now.isPresent()) {
                endAfterGuessing(ctx, login, now.get());
            } else {
                showPasswordForm(ctx, "Текущий пароль указан неверно.", HttpStatus.BAD_REQUEST);
            }
            return;
        }
        Optional<String> problem = accounts.changePassword(login, current, next);
        if (problem.isPresent()) {
            showPasswordForm(ctx, problem.get(), HttpStatus.BAD_REQUEST);
            return;
        }
        Session updated = session.with(accounts.find(session.account().login()).orElseThrow());
        sessions.update(updated);
        sessions.endOthers(updated.account().login(), updated.id());
        ctx.attribute(Guard.SESSION, updated);
        page.render(ctx, "Пароль изменён", "<p class=ok>Пароль изменён. Другие входы под этим логином завершены.</p>"
                + "<p><a class=button href=\"/\">Продолжить</a></p>");
    }

    /** Too many wrong current passwords: this session ends, and signing in again waits like any locked sign-in. */
    private void endAfterGuessing(Context ctx, String login, SignInLimiter.Lock lock) {
        sessions.signOut(ctx);
        ctx.attribute(Guard.SESSION, null);
        log.info("Session ended after wrong current passwords login={}", LifeLog.value(login));
        showForm(ctx, sessions.currentOrNew(ctx), login, "Слишком много неверных попыток ввести текущий пароль: вход"
                + " завершён. " + lock.message().substring(lock.message().indexOf("Повторите")), HttpStatus.TOO_MANY_REQUESTS);
    }

    private void showForm(Context ctx, Session session, String login, String error, HttpStatus status) {
        String next = ctx.formParam("next") != null ? ctx.formParam("next") : ctx.queryParam("next");
        StringBuilder b = new StringBuilder();
        if (!accounts.hasCoordinator()) {
            b.append(firstStart());
        }
        b.append("<form class=signin method=post action=\"/login\">");
        b.append(Page.csrf(session));
        b.append("<input type=hidden name=next value=\"").append(Html.escape(safeNext(next))).append("\">");
        if (!error.isEmpty()) {
            b.append("<p class=error role=alert>").append(Html.escape(error)).append("</p>");
        }
        b.append("<label>Логин<input name=login autocomplete=username required autofocus value=\"").append(Html.escape(login))
                .append("\"></label><label>Пароль<input name=password type=password autocomplete=current-password required>")
                .append("</label><button type=submit>Войти</button>")
                .append("<p class=hint>Школа входит под своим логином ФИС ОКО (например edu990001) с паролем, который выдало"
                        + " управление образования. Забыли пароль — обратитесь к муниципальному координатору.</p></form>");
        ctx.status(status);
        page.render(ctx, "Вход", b.toString());
    }

    /**
     * The first visit, before any coordinator exists: nobody can sign in yet, and the account is made by a command
     * on the machine the program runs on. No paths of that machine here: the page is open to anyone.
     */
    private String firstStart() {
        return "<section class=notice id=first-start><h2>Первый запуск</h2><p>Учётной записи координатора ещё нет."
                + " Создайте её на компьютере, где работает программа, в той папке, из которой она запущена (можно не"
                + " останавливая её):</p><pre>" + Html.escape(program) + " coordinator --login ЛОГИН</pre><p>Команда"
                + " напечатает одноразовый пароль: войдите с ним здесь и задайте свой. Если программа запущена с параметром"
                + " <code>--data</code>, добавьте к команде тот же <code>--data ПАПКА</code>. Учётные записи школ координатор создаёт потом на"
                + " странице «Учётные записи».</p></section>";
    }

    private void showPasswordForm(Context ctx, String error, HttpStatus status) {
        Session session = Guard.session(ctx);
        StringBuilder b = new StringBuilder();
        if (session.account().mustChangePassword()) {
            b.append("<p class=notice>Вы вошли с выданным паролем. Придумайте свой пароль — не короче ")
                    .append(Accounts.MIN_PASSWORD_LENGTH).append(" символов; удобно взять фразу из нескольких слов.</p>");
        }
        b.append("<form class=signin method=post action=\"/password\">").append(Page.csrf(session));
        if (!error.isEmpty()) {
            b.append("<p class=error role=alert>").append(Html.escape(error)).append("</p>");
        }
        b.append("<input type=hidden name=username autocomplete=username value=\"").append(Html.escape(session.account().login()))
                .append("\"><label>Текущий пароль<input name=current type=password autocomplete=current-password required></label>")
                .append("<label>Новый пароль<input name=new type=password autocomplete=new-password required minlength=")
                .append(Accounts.MIN_PASSWORD_LENGTH).append("></label><label>Новый пароль ещё раз<input name=repeat type=password")
                .append(" autocomplete=new-password required></label><button type=submit>Сменить пароль</button></form>");
        ctx.status(status);
        page.render(ctx, "Смена пароля", b.toString());
    }

    /** The first segments of the pages a signed-in user may be sent back to; anything else goes to «/». */
    private static final java.util.Set<String> PAGES = java.util.Set.of("", "files", "checked", "forms", "upload", "journal",
            "stats", "objectivity", "documents", "outbox", "templates", "accounts", "password");

    /**
     * Only a page of this site: the value is parsed as a URI and kept only when it is a bare path (no scheme, no
     * host), every character is a plain printable one and its first segment is one the app routes. The answer is
     * rebuilt from the parsed parts, so what a browser reads is exactly what was checked: «/files/3» stays,
     * «//elsewhere», «/\\elsewhere», «/%09/elsewhere» and «https://…» become «/».
     */
    static String safeNext(String next) {
        if (next == null || next.isEmpty() || next.length() > 2000 || next.chars().anyMatch(c -> c <= ' ' || c >= 0x7f || c == '\\')) {
            return "/";
        }
        java.net.URI uri;
        try {
            uri = new java.net.URI(next);
        } catch (java.net.URISyntaxException e) {
            return "/";
        }
        String path = uri.getRawPath();
        if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawFragment() != null || path == null
                || !path.startsWith("/") || path.startsWith("//")) {
            return "/";
        }
        String first = path.substring(1).split("/", -1)[0];
        if (!PAGES.contains(first) || (first.isEmpty() && path.length() > 1)) {
            return "/";
        }
        return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
