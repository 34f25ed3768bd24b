package ru.vprsvod.web;

import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import ru.vprsvod.Pipeline;
import ru.vprsvod.consolidation.Campaign;
import ru.vprsvod.consolidation.Consolidator;
import ru.vprsvod.consolidation.ReceivedFile;
import ru.vprsvod.consolidation.ResultsStore;
import ru.vprsvod.outbox.Outbox;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.ReferenceSource;
import ru.vprsvod.report.RussianFormat;

/**
 * The web page of the service: what has been received, each receipt, and the generated documents to download.
 * Returned unstarted, so tests drive the real routes with JavalinTest.
 */
public final class WebApp {

    private final ReferenceSource references;
    private final ResultsStore store;
    private final Consolidator consolidator;
    private final Outbox outbox;
    private final Clock clock;

    private WebApp(ReferenceSource references, ResultsStore store, Consolidator consolidator, Outbox outbox, Clock clock) {
        this.references = references;
        this.store = store;
        this.consolidator = consolidator;
        this.outbox = outbox;
        this.clock = clock;
    }

    public static Javalin create(ReferenceSource references, ResultsStore store, Consolidator consolidator, Outbox outbox,
                                 Pipeline pipeline, Clock clock) {
        WebApp web = new WebApp(references, store, consolidator, outbox, clock);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/", web::home);
            config.routes.get("/files/{id}/receipt", web::receipt);
            config.routes.get("/outbox/<path>", web::download);
            config.routes.get("/api/report", ctx -> web.sendOutboxFile(ctx, "report.json"));
            IntakePages.register(config.routes, pipeline, store, clock);
        });
    }

    private void home(Context ctx) {
        StringBuilder page = new StringBuilder();
        Optional<Reference> reference = references.current();
        page.append("<h1>ВПР-Свод</h1>");
        if (reference.isEmpty()) {
            page.append("<p class=bad>Справочник не загружен: ").append(Html.escape(references.file().toString()))
                    .append(". Файлы школ не обрабатываются, пока справочник не исправлен.</p>");
        } else {
            Reference r = reference.get();
            page.append("<p>").append(Html.escape(r.requisites().bodyName())).append("</p>");
            if (!references.upToDate()) {
                page.append("<p class=bad>Новая версия справочника содержит ошибки; используется предыдущая."
                        + " См. «Справочник — протокол проверки.txt» в исходящих.</p>");
            }
            Campaign c = consolidator.campaign(r.campaignYear(), r);
            page.append("<p>ВПР ").append(c.year()).append(": принято работ (школа × предмет × класс) — ")
                    .append(c.submissionCount()).append(", не сдано — ").append(c.missingCount()).append(".</p>");
        }
        page.append("<h2>Полученные файлы</h2><table><tr><th>№</th><th>Получен</th><th>Файл</th><th>Школа</th>"
                + "<th>Результат</th><th>Протокол</th></tr>");
        List<ReceivedFile> files = store.files();
        for (ReceivedFile f : files.subList(0, Math.min(files.size(), 200))) {
            page.append("<tr><td>").append(f.id()).append("</td><td>")
                    .append(RussianFormat.dateTime(f.receivedAt(), clock.getZone())).append("</td><td>")
                    .append(Html.escape(f.originalName())).append("</td><td>").append(Html.escape(f.school()))
                    .append("</td><td class=").append(f.status().accepted() ? "ok" : "bad").append('>')
                    .append(f.status().label()).append("</td><td><a href=\"/files/").append(f.id())
                    .append("/receipt\">открыть</a></td></tr>");
        }
        page.append("</table><h2>Документы</h2><ul>");
        for (String name : documents()) {
            page.append("<li><a href=\"/outbox/").append(Html.url(name)).append("\">").append(Html.escape(name)).append("</a></li>");
        }
        page.append("</ul>");
        ctx.html(layout("ВПР-Свод", page.toString()));
    }

    private void receipt(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            ctx.status(HttpStatus.NOT_FOUND).result("Нет такого файла.");
            return;
        }
        Optional<ReceivedFile> file = store.file(id);
        if (file.isEmpty() || !Files.isRegularFile(outbox.resolve(file.get().receiptPath()))) {
            ctx.status(HttpStatus.NOT_FOUND).result("Нет такого протокола.");
            return;
        }
        sendOutboxFile(ctx, file.get().receiptPath());
    }

    private void download(Context ctx) {
        sendOutboxFile(ctx, ctx.pathParam("path"));
    }

    private void sendOutboxFile(Context ctx, String relative) {
        Path file;
        try {
            file = outbox.resolve(relative);
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.NOT_FOUND).result("Нет такого файла.");
            return;
        }
        if (!Files.isRegularFile(file) || !Outbox.isPublished(file)) {
            ctx.status(HttpStatus.NOT_FOUND).result("Нет такого файла.");
            return;
        }
        String name = file.getFileName().toString();
        ctx.contentType(contentType(name));
        ctx.header("Content-Disposition", "attachment; filename*=UTF-8''" + Html.url(name));
        try {
            ctx.result(Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String contentType(String name) {
        if (name.endsWith(".txt")) {
            return "text/plain; charset=utf-8";
        }
        if (name.endsWith(".json")) {
            return ContentType.APPLICATION_JSON.getMimeType();
        }
        if (name.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if (name.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        return "application/octet-stream";
    }

    /** The generated documents at the outbox's top level (receipts live in the schools' folders). */
    private List<String> documents() {
        try (Stream<Path> files = Files.list(outbox.root())) {
            return files.filter(Files::isRegularFile).filter(Outbox::isPublished)
                    .map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))
                    .sorted(Comparator.naturalOrder()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static String layout(String title, String body) {
        return "<!DOCTYPE html><html lang=ru><head><meta charset=utf-8><title>" + Html.escape(title) + "</title>"
                + "<meta name=viewport content=\"width=device-width, initial-scale=1\"><style>"
                + "body{font-family:Arial,sans-serif;margin:1.5em;max-width:1200px;color:#222}"
                + "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:4px 8px;text-align:left}"
                + ".ok{color:#1b6e20}.bad{color:#b00020}</style></head><body>" + body + "</body></html>";
    }
}
