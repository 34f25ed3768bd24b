package ru.vprsvod.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.vprsvod.accounts.Account;
import ru.vprsvod.accounts.Accounts;
import ru.vprsvod.accounts.Issued;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.ReferenceSource;
import ru.vprsvod.reference.School;
import ru.vprsvod.russian.RussianFormat;
import ru.vprsvod.workbook.XlsxBook;
import ru.vprsvod.workbook.XlsxSheet;

/**
 * The coordinator makes the schools' accounts from the reference and resets forgotten passwords. New one-time
 * passwords are shown once and can be downloaded as a sheet to hand out; they stay only in this coordinator's
 * session until hidden or the session ends, never on disk in clear.
 */
final class AccountsPage {

    private final Accounts accounts;
    private final Sessions sessions;
    private final ReferenceSource references;
    private final Page page;
    private final Path temporaryRoot;
    private final Clock clock;

    AccountsPage(Accounts accounts, Sessions sessions, ReferenceSource references, Page page, Path temporaryRoot, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.references = references;
        this.page = page;
        this.temporaryRoot = temporaryRoot;
        this.clock = clock;
    }

    void list(Context ctx) {
        render(ctx, "", HttpStatus.OK, false);
    }

    private void render(Context ctx, String message, HttpStatus status) {
        render(ctx, message, status, true);
    }

    /**
     * @param justIssued the answer to the action that issued passwords: only it shows them. Opened again later, the
     *                   page says that passwords wait to be downloaded or hidden, without showing them.
     */
    private void render(Context ctx, String message, HttpStatus status, boolean justIssued) {
        Session session = Guard.session(ctx);
        StringBuilder b = new StringBuilder(message);
        if (!session.issued().isEmpty() && !justIssued) {
            b.append("<section class=issued><h2>Выданные пароли</h2><p>Выдано новых паролей: ").append(session.issued().size())
                    .append(". Они показывались один раз, сразу после выдачи; таблицу для передачи школам можно скачать,"
                            + " пока вы их не скрыли.</p><p><a class=button href=\"/accounts/issued.xlsx\">Скачать таблицу паролей"
                            + " (.xlsx)</a></p><form method=post action=\"/accounts/issued/clear\">").append(Page.csrf(session))
                    .append("<button type=submit>Пароли переданы — скрыть</button></form></section>");
        } else if (!session.issued().isEmpty()) {
            b.append("<section class=issued><h2>Выданные пароли</h2><p>Передайте каждой школе её логин и пароль. Пароль"
                    + " показывается только сейчас; при первом входе его нужно сменить на свой.</p>")
                    .append("<table><thead><tr><th scope=col>Логин</th><th scope=col>Школа</th><th scope=col>Пароль</th></tr></thead><tbody>");
            for (Issued i : session.issued()) {
                b.append("<tr><td>").append(Html.escape(i.account().login())).append("</td><td>")
                        .append(Html.escape(i.account().isCoordinator() ? "координатор" : page.schoolLabel(i.account().school())))
                        .append("</td><td><code>").append(Html.escape(i.password())).append("</code></td></tr>");
            }
            b.append("</tbody></table><p><a class=button href=\"/accounts/issued.xlsx\">Скачать таблицу паролей (.xlsx)</a></p>")
                    .append("<form method=post action=\"/accounts/issued/clear\">").append(Page.csrf(session))
                    .append("<button type=submit>Пароли переданы — скрыть</button></form></section>");
        }
        List<Account> all = accounts.all();
        Optional<Reference> reference = references.current();
        long withoutAccount = reference.map(r -> r.schools().stream()
                .filter(s -> all.stream().noneMatch(a -> a.login().equals(s.login().toLowerCase(java.util.Locale.ROOT)))).count())
                .orElse(0L);
        b.append("<form method=post action=\"/accounts/schools\" class=inline>").append(Page.csrf(session))
                .append("<button type=submit").append(withoutAccount == 0 ? " disabled" : "").append(">Создать учётные записи школ</button> ")
                .append("<span class=hint>по справочнику; школ без учётной записи: ").append(withoutAccount).append("</span></form>");
        b.append("<form method=post action=\"/accounts/coordinators\" class=inline>").append(Page.csrf(session))
                .append("<label>Новый координатор: логин <input name=login required pattern=\"[A-Za-z0-9][A-Za-z0-9._-]{2,39}\"></label>")
                .append("<button type=submit>Добавить</button></form>");
        b.append("<div class=scroll><table class=accounts><thead><tr><th scope=col>Логин</th><th scope=col>Роль</th><th scope=col>Школа</th><th scope=col>Создана</th>")
                .append("<th scope=col>Пароль</th><th scope=col>Состояние</th><th scope=col></th></tr></thead><tbody>");
        String me = session.account().login();
        for (Account a : all) {
            b.append("<tr").append(a.disabled() ? " class=disabled" : "").append("><td>").append(Html.escape(a.login()))
                    .append("</td><td>").append(a.kind().label()).append("</td><td>")
                    .append(a.isCoordinator() ? "" : Html.escape(page.schoolLabel(a.school()))).append("</td><td>")
                    .append(RussianFormat.date(a.createdAt().atZone(clock.getZone()).toLocalDate())).append("</td><td>")
                    .append(a.mustChangePassword() ? "выданный, ещё не сменён" : "свой").append("</td><td>")
                    .append(state(a)).append("</td><td>")
                    .append(a.login().equals(me) ? "<span class=hint>ваша; свой пароль — на странице"
                            + " <a href=\"/password\">«Пароль»</a></span>" : action("/accounts/reset", session, a, "Выдать новый пароль"));
            if (!a.login().equals(me)) {
                // Nobody disables their own account: the desk would lose its last coordinator that way.
                b.append(a.disabled() ? action("/accounts/enable", session, a, "Включить")
                        : action("/accounts/disable", session, a, "Отключить"));
            }
            b.append("</td></tr>");
        }
        b.append("</tbody></table></div>");
        ctx.status(status);
        page.render(ctx, "Учётные записи", b.toString());
    }

    private String state(Account a) {
        if (a.disabled()) {
            return "отключена " + RussianFormat.date(a.disabledAt().atZone(clock.getZone()).toLocalDate());
        }
        int signedIn = accounts.sessions().count(a.login());
        return signedIn == 0 ? "включена" : "включена; сейчас входов: " + signedIn;
    }

    private static String action(String path, Session session, Account a, String label) {
        return "<form method=post action=\"" + path + "\">" + Page.csrf(session) + "<input type=hidden name=login value=\""
                + Html.escape(a.login()) + "\"><button type=submit class=link>" + label + "</button></form>";
    }

    /** The account can no longer sign in; whoever is signed in under it is signed out at once. */
    void disable(Context ctx) {
        String login = String.valueOf(ctx.formParam("login"));
        if (login.equals(Guard.session(ctx).account().login())) {
            throw new Guard.Refusal(HttpStatus.BAD_REQUEST, "Свою учётную запись отключить нельзя.");
        }
        Account account = accounts.disable(login)
                .orElseThrow(() -> new Guard.Refusal(HttpStatus.NOT_FOUND, "Нет такой учётной записи."));
        render(ctx, "<p class=ok role=status>Учётная запись «" + Html.escape(account.login()) + "» отключена: войти под ней"
                + " нельзя, начатые входы завершены." + (account.isCoordinator() ? "" : " Файлы школы из общей папки"
                + " по-прежнему принимаются; её файлы и протоколы сохраняются.") + "</p>", HttpStatus.OK);
    }

    void enable(Context ctx) {
        Account account = accounts.enable(String.valueOf(ctx.formParam("login")))
                .orElseThrow(() -> new Guard.Refusal(HttpStatus.NOT_FOUND, "Нет такой учётной записи."));
        render(ctx, "<p class=ok role=status>Учётная запись «" + Html.escape(account.login()) + "» снова включена: войти"
                + " можно с прежним паролем.</p>", HttpStatus.OK);
    }

    void createSchools(Context ctx) {
        Reference reference = references.current().orElseThrow(() -> new Guard.Refusal(HttpStatus.SERVICE_UNAVAILABLE,
                "Справочник не загружен: учётные записи школ создаются по нему."));
        List<Issued> issued = accounts.issueSchools(reference.schools().stream().map(School::login).toList());
        remember(ctx, issued);
        render(ctx, "<p class=ok role=status>Создано учётных записей школ: " + issued.size() + ".</p>", HttpStatus.OK);
    }

    void createCoordinator(Context ctx) {
        String login = String.valueOf(ctx.formParam("login")).strip();
        Optional<String> problem = Accounts.loginProblem(login);
        if (problem.isPresent()) {
            render(ctx, "<p class=error>" + Html.escape(problem.get()) + "</p>", HttpStatus.BAD_REQUEST, false);
            return;
        }
        if (accounts.find(login).isPresent()) {
            render(ctx, "<p class=error>Логин «" + Html.escape(login) + "» уже занят. Чтобы выдать новый пароль,"
                    + " нажмите «Выдать новый пароль» в его строке.</p>", HttpStatus.BAD_REQUEST, false);
            return;
        }
        Issued issued = accounts.issueCoordinator(login).orElseThrow();
        remember(ctx, List.of(issued));
        render(ctx, "<p class=ok role=status>Учётная запись координатора «" + Html.escape(issued.account().login())
                + "» создана.</p>", HttpStatus.OK);
    }

    /**
     * The first press asks again (the clerk's password stops working at once, and a page script cannot ask: the
     * pages run no inline script); only the confirmed form issues. The coordinator's own row is refused: one's own
     * password is changed on «Пароль», never replaced by a one-time one.
     */
    void reset(Context ctx) {
        String login = String.valueOf(ctx.formParam("login"));
        Session session = Guard.session(ctx);
        if (login.strip().equalsIgnoreCase(session.account().login())) {
            render(ctx, "<p class=error>Свой пароль нельзя заменить выданным: смените его на странице"
                    + " <a href=\"/password\">«Пароль»</a>.</p>", HttpStatus.BAD_REQUEST, false);
            return;
        }
        if (accounts.find(login).isEmpty()) {
            throw new Guard.Refusal(HttpStatus.NOT_FOUND, "Нет такой учётной записи.");
        }
        if (!"yes".equals(ctx.formParam("confirm"))) {
            Account account = accounts.find(login).orElseThrow();
            page.render(ctx, "Выдать новый пароль?", "<section class=notice id=confirm-reset><p>Выдать новый пароль для «"
                    + Html.escape(account.login()) + "»" + (account.isCoordinator() ? " (координатор)"
                    : " — " + Html.escape(page.schoolLabel(account.school()))) + "? Прежний пароль перестанет действовать сразу,"
                    + " открытые входы под этим логином завершатся.</p><form method=post action=\"/accounts/reset\" class=inline>"
                    + Page.csrf(session) + "<input type=hidden name=login value=\"" + Html.escape(account.login()) + "\">"
                    + "<input type=hidden name=confirm value=yes><button type=submit>Да, выдать новый пароль</button>"
                    + " <a href=\"/accounts\">Отмена</a></form></section>");
            return;
        }
        Issued issued = accounts.resetPassword(login)
                .orElseThrow(() -> new Guard.Refusal(HttpStatus.NOT_FOUND, "Нет такой учётной записи."));
        sessions.endOthers(issued.account().login(), Guard.session(ctx).id());
        remember(ctx, List.of(issued));
        render(ctx, "<p class=ok role=status>Для «" + Html.escape(issued.account().login()) + "» выдан новый пароль;"
                + " прежний больше не действует.</p>", HttpStatus.OK);
    }

    void clearIssued(Context ctx) {
        Session session = Guard.session(ctx).withIssued(List.of());
        sessions.update(session);
        ctx.attribute(Guard.SESSION, session);
        ctx.redirect("/accounts");
    }

    void issuedSheet(Context ctx) {
        Session session = Guard.session(ctx);
        if (session.issued().isEmpty()) {
            throw new Guard.Refusal(HttpStatus.NOT_FOUND, "Новых паролей нет: они показываются только сразу после выдачи.");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxBook book = new XlsxBook(temporaryRoot)) {
            XlsxSheet sheet = book.sheet("Пароли");
            sheet.columns(16, 60, 18);
            sheet.title("Логины и пароли для входа в ВПР-Свод");
            sheet.subtitle("Выданы " + RussianFormat.dateTime(clock.instant(), clock.getZone())
                    + ". При первом входе пароль нужно сменить на свой.");
            sheet.skipRows(1);
            sheet.header("Логин", "Школа", "Пароль");
            for (Issued i : session.issued()) {
                sheet.row(i.account().login(), i.account().isCoordinator() ? "координатор" : page.schoolLabel(i.account().school()),
                        i.password());
            }
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Downloads.bytes(ctx, "Пароли ВПР-Свод.xlsx", out.toByteArray());
    }

    private void remember(Context ctx, List<Issued> issued) {
        Session session = Guard.session(ctx);
        List<Issued> all = new ArrayList<>(session.issued());
        all.addAll(issued);
        Session updated = session.withIssued(all);
        sessions.update(updated);
        ctx.attribute(Guard.SESSION, updated);
    }
}
