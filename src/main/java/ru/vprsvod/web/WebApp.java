package ru.vprsvod.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.vprsvod.intake.Pipeline;
import ru.vprsvod.accounts.Accounts;
import ru.vprsvod.config.Settings;
import ru.vprsvod.checks.LatestFindings;
import ru.vprsvod.consolidation.Consolidator;
import ru.vprsvod.consolidation.ResultsStore;
import ru.vprsvod.platform.ThisProgram;
import ru.vprsvod.publishing.Outbox;
import ru.vprsvod.reference.ReferenceSource;

/**
 * The web pages and JSON API: schools send files and read receipts, the coordinator watches, reads the
 * statistics and takes the documents. Every route is listed here with the roles that may open it; {@link Guard}
 * enforces them, the form tokens and the origin. Returned unstarted, so tests drive the real routes.
 */
public final class WebApp {

    private static final Logger log = LoggerFactory.getLogger(WebApp.class);

    private WebApp() {
    }

    public static Javalin create(Settings settings, ReferenceSource references, ResultsStore store, Consolidator consolidator,
                                 LatestFindings findings, Outbox outbox, Pipeline pipeline, Accounts accounts, Clock clock) {
        Path temporary = settings.data().resolve("tmp");
        ensureFolder(temporary.resolve("uploads"));
        Page page = new Page(references, pipeline::fault);
        Sessions sessions = new Sessions(accounts.sessions(), clock);
        Guard guard = new Guard(sessions);
        SignIn signIn = new SignIn(accounts, sessions, new SignInLimiter(clock), page, ThisProgram.command());
        SchedulePage schedule = new SchedulePage(references, store, page, temporary, clock);
        Intake intake = new Intake(references, store, schedule, pipeline, outbox, page, clock);
        FilesPage files = new FilesPage(store, page, settings.data(), clock);
        Forms forms = new Forms(references, store, schedule, page, temporary, clock);
        Dashboard dashboard = new Dashboard(references, store, consolidator, page, clock);
        SummarySheet summarySheet = new SummarySheet(references, store, dashboard, temporary, clock);
        Statistics statistics = new Statistics(references, consolidator, dashboard, page, temporary);
        Objectivity objectivity = new Objectivity(references, findings, dashboard, page);
        Documents documents = new Documents(outbox, new Regeneration(pipeline, clock), page, clock);
        Templates templates = new Templates(references, settings.templates(), temporary, page, clock);
        AccountsPage accountsPage = new AccountsPage(accounts, sessions, references, page, temporary, clock);
        Api api = new Api(references, store, consolidator, dashboard, intake, documents, outbox);
        IntakePages intakePages = new IntakePages(pipeline, store, page, clock);
        CalendarFeed calendarFeed = new CalendarFeed(accounts, page, clock);
        CalendarPage calendar = new CalendarPage(references, store, calendarFeed, page, clock);
        ObserversPage observers = new ObserversPage(references, store, page, clock);
        RecheckResultsPage recheckResults = new RecheckResultsPage(references, findings, outbox, page);
        Map<String, byte[]> assets = Map.of("style.css", resource("style.css"), "progress.js", resource("progress.js"),
                "favicon.svg", resource("favicon.svg"));

        Role anyone = Role.ANYONE;
        Role school = Role.SCHOOL;
        Role coordinator = Role.COORDINATOR;
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = 64 * 1024; // JSON and form bodies; files come as multipart, limited below
            config.jetty.multipartConfig.cacheDirectory(temporary.resolve("uploads").toString());
            config.jetty.multipartConfig.maxFileSize(Intake.MAX_FILE_MB, SizeUnit.MB);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            config.jetty.multipartConfig.maxTotalRequestSize((long) Intake.MAX_FILES * Intake.MAX_FILE_MB + 1, SizeUnit.MB);
            if (settings.proxy() != null) {
                config.contextResolver.ip = ctx -> ClientAddress.ip(ctx, settings.proxy());
                config.contextResolver.scheme = ctx -> ClientAddress.scheme(ctx, settings.proxy());
            }

            config.routes.beforeMatched(guard::check);
            config.routes.exception(Guard.Refusal.class, (e, ctx) -> refusal(ctx, page, e.status, e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                log.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
                refusal(ctx, page, HttpStatus.INTERNAL_SERVER_ERROR, "Внутренняя ошибка программы. Повторите действие;"
                        + " если ошибка повторяется, сообщите администратору (подробности — в журнале программы).");
            });
            // Javalin's own answers (an unknown route, a method a route lacks) are English text/plain without our
            // headers: every one becomes the product's Russian page, or JSON under /api/.
            config.routes.error(HttpStatus.NOT_FOUND, ctx -> {
                if (ctx.attribute(ANSWERED) == null) {
                    refusal(ctx, page, HttpStatus.NOT_FOUND, "Страница не найдена.");
                }
            });
            config.routes.error(HttpStatus.METHOD_NOT_ALLOWED, ctx -> {
                if (ctx.attribute(ANSWERED) == null) {
                    refusal(ctx, page, HttpStatus.METHOD_NOT_ALLOWED, "Так эту страницу открыть нельзя.");
                }
            });
            // Requests Jetty refuses before any route runs (a broken %-encoding, a bad header): our page too.
            config.jetty.modifyServer(server -> server.setErrorHandler(new BadRequestPage()));

            // Open to anyone: signing in, health, the stylesheet and the progress script.
            config.routes.get("/login", signIn::form, anyone);
            config.routes.post("/login", signIn::submit, anyone);
            config.routes.post("/api/session", signIn::submitJson, anyone);
            config.routes.get("/health", intakePages::health, anyone);
            config.routes.get("/static/{name}", ctx -> asset(ctx, assets), anyone);
            config.routes.get("/favicon.ico", ctx -> ctx.redirect("/static/favicon.svg"), anyone);
            // A calendar program's subscription: the secret address is the key (CalendarFeed).
            config.routes.get(CalendarFeed.PATH + "{file}", ctx -> calendarFeed.fetch(ctx, calendar::ics), anyone);

            // Everyone signed in.
            config.routes.post("/logout", signIn::signOut, school, coordinator);
            config.routes.get("/password", signIn::passwordForm, school, coordinator);
            config.routes.post("/password", signIn::changePassword, school, coordinator);
            config.routes.get("/", ctx -> {
                if (Guard.session(ctx).isCoordinator()) {
                    dashboard.show(ctx);
                } else {
                    intake.schoolHome(ctx);
                }
            }, school, coordinator);
            config.routes.post("/upload", intake::upload, school, coordinator);
            config.routes.get("/checked", intake::checked, school, coordinator);
            config.routes.get("/files/{id}", intake::receipt, school, coordinator);
            config.routes.get("/files/{id}/receipt", intake::receiptText, school, coordinator);
            config.routes.get("/forms", forms::list, school, coordinator);
            config.routes.get("/forms/blank", forms::download, school, coordinator);
            config.routes.get("/forms/schedule", schedule::blank, school, coordinator);
            config.routes.get("/recheck", recheckResults::page, school, coordinator);
            config.routes.get("/recheck.xlsx", recheckResults::download, school, coordinator);
            config.routes.get("/api/me", api::me, school, coordinator);
            config.routes.get("/api/years", api::years, school, coordinator);
            config.routes.get("/api/campaign/{year}", api::campaign, school, coordinator);
            config.routes.get("/api/files", api::files, school, coordinator);
            config.routes.get("/api/files/{id}", api::file, school, coordinator);

            // The coordinator only.
            config.routes.get("/upload", intake::uploadPage, coordinator);
            config.routes.get("/summary.xlsx", summarySheet::download, coordinator);
            config.routes.get("/files", files::list, coordinator);
            config.routes.get("/files/{id}/original", ctx -> files.original(ctx, intake.visibleFile(ctx)), coordinator);
            config.routes.get("/journal", intakePages::journalPage, coordinator);
            config.routes.get("/api/journal", intakePages::journalApi, coordinator);
            config.routes.get("/stats", statistics::works, coordinator);
            config.routes.get("/stats/work", statistics::work, coordinator);
            config.routes.get("/stats/work.xlsx", statistics::workSheet, coordinator);
            config.routes.get("/stats.xlsx", statistics::worksSheet, coordinator);
            config.routes.get("/charts/marks.png", statistics::marksChart, coordinator);
            config.routes.get("/charts/scores.png", statistics::scoresChart, coordinator);
            config.routes.get("/objectivity", objectivity::page, coordinator);
            config.routes.get("/api/objectivity", objectivity::api, coordinator);
            config.routes.get("/documents", documents::list, coordinator);
            config.routes.post("/documents/regenerate", documents::regenerate, coordinator);
            config.routes.get("/documents/jobs/{id}", documents::jobPage, coordinator);
            config.routes.get("/outbox/<path>", documents::download, coordinator);
            config.routes.get("/templates", templates::list, coordinator);
            config.routes.get("/templates/file", templates::download, coordinator);
            config.routes.get("/templates/guide", templates::guide, coordinator);
            config.routes.post("/templates/replace", templates::replace, coordinator);
            config.routes.get("/accounts", accountsPage::list, coordinator);
            config.routes.post("/accounts/schools", accountsPage::createSchools, coordinator);
            config.routes.post("/accounts/coordinators", accountsPage::createCoordinator, coordinator);
            config.routes.post("/accounts/reset", accountsPage::reset, coordinator);
            config.routes.post("/accounts/disable", accountsPage::disable, coordinator);
            config.routes.post("/accounts/enable", accountsPage::enable, coordinator);
            config.routes.post("/accounts/issued/clear", accountsPage::clearIssued, coordinator);
            config.routes.get("/accounts/issued.xlsx", accountsPage::issuedSheet, coordinator);
            config.routes.get("/api/status/{year}", api::status, coordinator);
            config.routes.get("/api/jobs/{id}", api::job, coordinator);
            config.routes.get("/api/report", api::report, coordinator);
            config.routes.get("/schedule", schedule::page, coordinator);
            config.routes.get("/api/schedule", schedule::api, coordinator);
            config.routes.get("/calendar", calendar::page, coordinator);
            config.routes.get("/calendar.ics", calendar::ics, coordinator);
            config.routes.post("/calendar/feed", calendarFeed::renew, coordinator);
            config.routes.get("/api/calendar", calendar::api, coordinator);
            config.routes.get("/observers", observers::page, coordinator);
            config.routes.get("/api/observers", observers::api, coordinator);
        });
    }

    private static final String ANSWERED = "answered";

    private static void refusal(Context ctx, Page page, HttpStatus status, String message) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        Guard.headers(ctx);
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.json(Map.of("error", message));
        } else {
            page.render(ctx, refusalTitle(ctx, status),
                    "<p class=error role=alert>" + Html.escape(message) + "</p><p><a href=\"/\">На главную</a></p>");
        }
    }

    /** «Нет доступа» only when access is what is refused: an upload too large is not a matter of rights. */
    static String refusalTitle(Context ctx, HttpStatus status) {
        int code = status.getCode();
        if (code >= 500) {
            return "Ошибка";
        }
        if (code == 401 || code == 403) {
            return "Нет доступа";
        }
        if (code == 404) {
            return "Не найдено";
        }
        if (ctx.path().equals("/upload")) {
            return "Файлы не приняты";
        }
        return code == 429 ? "Слишком много попыток" : "Запрос не выполнен";
    }

    private static void asset(Context ctx, Map<String, byte[]> assets) {
        String name = ctx.pathParam("name");
        byte[] bytes = assets.get(name);
        if (bytes == null) {
            throw new Guard.Refusal(HttpStatus.NOT_FOUND, "Нет такого файла.");
        }
        ctx.header("Cache-Control", "max-age=3600");
        ctx.contentType(name.endsWith(".css") ? "text/css; charset=utf-8" : name.endsWith(".svg") ? "image/svg+xml"
                : "text/javascript; charset=utf-8").result(bytes);
    }

    private static byte[] resource(String name) {
        try (InputStream in = WebApp.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void ensureFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
