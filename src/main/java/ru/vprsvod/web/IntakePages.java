package ru.vprsvod.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.vprsvod.intake.Health;
import ru.vprsvod.intake.Pipeline;
import ru.vprsvod.consolidation.Journal;
import ru.vprsvod.consolidation.ResultsStore;
import ru.vprsvod.russian.RussianFormat;

/**
 * The intake seen from outside: {@code /health} for monitoring (anyone; 503 when files are not being processed;
 * counts only, no names), {@code /journal} for the coordinator (every step of every file, newest first, the state
 * and its problems, what waits in the inbox), {@code /api/journal} for other programs ({@code ?sha256=} or
 * {@code ?claim=} narrow it to one file). Kept apart from the other pages so the two can change independently.
 */
final class IntakePages {

    private static final int PAGE = 500;

    private final Pipeline pipeline;
    private final ResultsStore store;
    private final Page page;
    private final Clock clock;

    IntakePages(Pipeline pipeline, ResultsStore store, Page page, Clock clock) {
        this.pipeline = pipeline;
        this.store = store;
        this.page = page;
        this.clock = clock;
    }

    /** Open to anyone (a monitoring system does not sign in), so it says how things are, not what the files are. */
    void health(Context ctx) {
        Health health = pipeline.health();
        ctx.status(health.working() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(json(health, false));
    }

    private static Map<String, Object> json(Health health, boolean withProblems) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", health.status());
        if (withProblems) {
            body.put("problems", health.problems());
        }
        body.put("database", health.database());
        body.put("reference", health.reference());
        body.put("inbox", health.inbox());
        body.put("inProcessing", health.inProcessing());
        body.put("waitingInInbox", health.waitingInInbox());
        body.put("overdueInInbox", health.overdueInInbox());
        body.put("stuckReaders", health.stuckReaders());
        body.put("lastPass", health.lastPass() == null ? null : health.lastPass().toString());
        body.put("freeDiskBytes", health.freeDiskBytes());
        body.put("writable", health.writable());
        body.put("freeBytes", new java.util.TreeMap<>(health.freeBytes()));
        return body;
    }

    /** One step as JSON: times as ISO-8601 instants, steps by their name. */
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

    void journalApi(Context ctx) {
        String sha256 = ctx.queryParam("sha256");
        String claim = ctx.queryParam("claim");
        List<Journal.Event> events = sha256 != null ? store.journal().ofContent(sha256)
                : claim != null ? store.journal().ofClaim(claim)
                : store.journal().latest(limit(ctx));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("health", json(pipeline.health(), true));
        body.put("events", events.stream().map(IntakePages::json).toList());
        body.put("unrecordedClaims", store.journal().unrecordedClaims());
        ctx.json(body);
    }

    /** Steps shown on one page of the journal; the rest a link away, never cut silently. */
    static final int SHOWN = 100;

    private static Long beforeId(Context ctx) {
        String before = ctx.queryParam("before");
        if (before == null || before.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(before.strip());
        } catch (NumberFormatException e) {
            throw new Guard.Refusal(io.javalin.http.HttpStatus.BAD_REQUEST, "Неверный номер шага «" + before + "».");
        }
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

    void journalPage(Context ctx) {
        Health health = pipeline.health();
        StringBuilder content = new StringBuilder();
        content.append("<p class=").append(health.working() ? "ok" : "error").append(">Состояние: ")
                .append(switch (health.status()) {
                    case Health.OK -> "всё в порядке";
                    case Health.WARNING -> "работает, есть замечания";
                    default -> "файлы не обрабатываются";
                }).append("</p>");
        if (!health.problems().isEmpty()) {
            content.append("<ul>");
            health.problems().forEach(p -> content.append("<li class=bad>").append(Html.escape(p)).append("</li>"));
            content.append("</ul>");
        }
        content.append("<p>В обработке: ").append(health.inProcessing()).append("; ожидают во входящих (ещё копируются): ")
                .append(health.waitingInInbox()).append(", из них слишком долго: ").append(health.overdueInInbox())
                .append(".</p>");
        Long before = beforeId(ctx);
        List<Journal.Event> events = store.journal().before(before, SHOWN);
        content.append("<p role=status>Всего шагов в журнале: ").append(store.journal().size())
                .append(before == null ? "; сначала самые новые." : "; показаны более ранние.").append("</p>");
        content.append("<div class=scroll><table class=journal><thead><tr><th scope=col>Время</th><th scope=col>Шаг</th>"
                + "<th scope=col>Файл</th><th scope=col>Школа</th><th scope=col>№</th><th scope=col>Подробности</th></tr>"
                + "</thead><tbody>");
        for (Journal.Event e : events) {
            boolean bad = e.step() == Journal.Step.QUARANTINED || e.step() == Journal.Step.FAILED
                    || e.step() == Journal.Step.WAITING;
            content.append("<tr><td>").append(RussianFormat.dateTime(e.at(), clock.getZone())).append("</td><td")
                    .append(bad ? " class=bad" : "").append('>').append(Html.escape(JournalWords.of(e.step(), e.detail())))
                    .append("</td><td>").append(Html.escape(e.name())).append("</td><td>")
                    .append(Html.escape(e.school() == null ? "" : e.school())).append("</td><td>");
            if (e.fileId() != null) {
                content.append("<a href=\"/files/").append(e.fileId()).append("\">").append(e.fileId()).append("</a>");
            }
            // What a person tracing one file needs, folded: the arrival's id, the content's checksum, the raw step.
            content.append("</td><td><details><summary>технические</summary><dl class=facts>");
            if (e.claimId() != null) {
                content.append("<dt>Приём</dt><dd>").append(Html.escape(e.claimId())).append("</dd>");
            }
            if (e.sha256() != null) {
                content.append("<dt>SHA-256</dt><dd><a href=\"/api/journal?sha256=").append(e.sha256()).append("\">")
                        .append(e.sha256()).append("</a></dd>");
            }
            content.append("<dt>Запись</dt><dd><code>").append(Html.escape(e.detail())).append("</code></dd></dl></details></td></tr>");
        }
        content.append("</tbody></table></div>");
        if (events.size() == SHOWN) {
            content.append("<nav class=pager aria-label=\"Страницы\"><a rel=next href=\"/journal?before=")
                    .append(events.get(events.size() - 1).id()).append("\">более ранние шаги →</a>");
            if (before != null) {
                content.append(" <a href=\"/journal\">к самым новым</a>");
            }
            content.append("</nav>");
        } else if (before != null) {
            content.append("<nav class=pager><a href=\"/journal\">к самым новым</a></nav>");
        }
        page.render(ctx, "Журнал приёма файлов", content.toString());
    }
}
