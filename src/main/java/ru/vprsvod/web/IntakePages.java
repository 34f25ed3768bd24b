package ru.vprsvod.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.vprsvod.Health;
import ru.vprsvod.Pipeline;
import ru.vprsvod.consolidation.Journal;
import ru.vprsvod.consolidation.ResultsStore;
import ru.vprsvod.report.RussianFormat;

/**
 * The intake seen from outside: {@code /health} for monitoring (503 when files are not being processed),
 * {@code /journal} for the coordinator (every step of every file, newest first, and what waits in the inbox),
 * {@code /api/journal} for other programs ({@code ?sha256=} or {@code ?claim=} narrow it to one file).
 * Kept apart from the main pages so the two can change independently.
 */
final class IntakePages {

    private static final int PAGE = 500;

    private final Pipeline pipeline;
    private final ResultsStore store;
    private final Clock clock;

    private IntakePages(Pipeline pipeline, ResultsStore store, Clock clock) {
        this.pipeline = pipeline;
        this.store = store;
        this.clock = clock;
    }

    static void register(RoutesConfig routes, Pipeline pipeline, ResultsStore store, Clock clock) {
        IntakePages pages = new IntakePages(pipeline, store, clock);
        routes.get("/health", pages::health);
        routes.get("/journal", pages::journalPage);
        routes.get("/api/journal", pages::journalApi);
    }

    private void health(Context ctx) {
        Health health = pipeline.health();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", health.status());
        body.put("problems", health.problems());
        body.put("database", health.database());
        body.put("reference", health.reference());
        body.put("inbox", health.inbox());
        body.put("inProcessing", health.inProcessing());
        body.put("waitingInInbox", health.waitingInInbox());
        body.put("overdueInInbox", health.overdueInInbox());
        body.put("stuckReaders", health.stuckReaders());
        body.put("lastPass", health.lastPass() == null ? null : health.lastPass().toString());
        body.put("freeDiskBytes", health.freeDiskBytes());
        ctx.status(health.working() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(body);
    }

    /** One step as JSON: times as ISO-8601 instants, steps by their code. */
    private static Map<String, Object> json(Journal.Event e) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", e.id());
        event.put("at", e.at().toString());
        event.put("step", e.step().name());
        event.put("label", e.step().label());
        event.put("claim", e.claimId());
        event.put("sha256", e.sha256());
        event.put("fileId", e.fileId());
        event.put("name", e.name());
        event.put("school", e.school());
        event.put("detail", e.detail());
        return event;
    }

    private void journalApi(Context ctx) {
        String sha256 = ctx.queryParam("sha256");
        String claim = ctx.queryParam("claim");
        List<Journal.Event> events = sha256 != null ? store.journal().ofContent(sha256)
                : claim != null ? store.journal().ofClaim(claim)
                : store.journal().latest(limit(ctx));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("events", events.stream().map(IntakePages::json).toList());
        body.put("unrecordedClaims", store.journal().unrecordedClaims());
        ctx.json(body);
    }

    private static int limit(Context ctx) {
        String limit = ctx.queryParam("limit");
        if (limit == null) {
            return PAGE;
        }
        try {
            return Math.max(1, Math.min(10_000, Integer.parseInt(limit.strip())));
        } catch (NumberFormatException e) {
            return PAGE;
        }
    }

    private void journalPage(Context ctx) {
        Health health = pipeline.health();
        StringBuilder page = new StringBuilder("<h1>Журнал приёма файлов</h1>");
        page.append("<p class=").append(health.working() ? "ok" : "bad").append(">Состояние: ")
                .append(switch (health.status()) {
                    case Health.OK -> "всё в порядке";
                    case Health.WARNING -> "работает, есть замечания";
                    default -> "файлы не обрабатываются";
                }).append("</p>");
        if (!health.problems().isEmpty()) {
            page.append("<ul>");
            health.problems().forEach(p -> page.append("<li class=bad>").append(Html.escape(p)).append("</li>"));
            page.append("</ul>");
        }
        page.append("<p>В обработке: ").append(health.inProcessing()).append("; ожидают во входящих (ещё копируются): ")
                .append(health.waitingInInbox()).append(", из них слишком долго: ").append(health.overdueInInbox())
                .append(".</p>");
        page.append("<table><tr><th>Время</th><th>Шаг</th><th>Файл</th><th>Школа</th><th>№</th><th>Приём</th>"
                + "<th>SHA-256</th><th>Подробности</th></tr>");
        for (Journal.Event e : store.journal().latest(PAGE)) {
            page.append("<tr><td>").append(RussianFormat.dateTime(e.at(), clock.getZone())).append("</td><td class=")
                    .append(e.step() == Journal.Step.QUARANTINED || e.step() == Journal.Step.FAILED
                            || e.step() == Journal.Step.WAITING ? "bad" : "ok").append('>')
                    .append(Html.escape(e.step().label())).append("</td><td>").append(Html.escape(e.name()))
                    .append("</td><td>").append(Html.escape(e.school() == null ? "" : e.school())).append("</td><td>");
            if (e.fileId() != null) {
                page.append("<a href=\"/files/").append(e.fileId()).append("/receipt\">").append(e.fileId()).append("</a>");
            }
            page.append("</td><td>").append(Html.escape(e.claimId() == null ? "" : e.claimId())).append("</td><td>")
                    .append(e.sha256() == null ? "" : "<a href=\"/api/journal?sha256=" + e.sha256() + "\">"
                            + e.sha256().substring(0, 12) + "…</a>")
                    .append("</td><td>").append(Html.escape(e.detail())).append("</td></tr>");
        }
        page.append("</table>");
        ctx.html(WebApp.layout("Журнал приёма — ВПР-Свод", page.toString()));
    }
}
