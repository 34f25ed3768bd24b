package ru.vprsvod.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import ru.vprsvod.publishing.Outbox;
import ru.vprsvod.publishing.OutboxNames;
import ru.vprsvod.russian.RussianFormat;

/** The outbox's documents with their earlier versions, downloads, and «Сформировать заново» with its progress. */
final class Documents {

    private final Outbox outbox;
    private final Regeneration regeneration;
    private final Page page;
    private final Clock clock;

    Documents(Outbox outbox, Regeneration regeneration, Page page, Clock clock) {
        this.outbox = outbox;
        this.regeneration = regeneration;
        this.page = page;
        this.clock = clock;
    }

    void list(Context ctx) {
        Session session = Guard.session(ctx);
        StringBuilder b = new StringBuilder("<p>Документы обновляются сами после каждого принятого файла. Прежние версии не"
                + " затираются: они хранятся в папке «Предыдущие версии» исходящих.</p>");
        b.append("<form method=post action=\"/documents/regenerate\" class=inline>").append(Page.csrf(session))
                .append("<button type=submit>Сформировать заново</button> <span class=hint>например, после правки шаблона</span></form>");
        List<Path> published = documents(outbox.root());
        List<Path> documents = published.stream().filter(p -> !note(p)).toList();
        List<Path> notes = published.stream().filter(Documents::note).toList();
        if (documents.isEmpty()) {
            b.append("<p class=empty>Документов пока нет.</p>");
        } else {
            b.append(table(documents));
        }
        for (Path folder : roadMapFolders()) {
            List<Path> maps = documents(folder);
            b.append("<h2>").append(Html.escape(folder.getFileName().toString())).append("</h2><p>Проекты дорожных карт школ"
                    + " группы риска; каждая школа получает свою и в своей папке исходящих.</p>");
            b.append(maps.isEmpty() ? "<p class=empty>Дорожных карт нет.</p>" : table(maps));
        }
        recheckFolders(b);
        if (!notes.isEmpty()) {
            b.append("<h2>Данные и сообщения программы</h2><p>report.json — все цифры для других программ; текстовые файлы —"
                    + " сообщения о том, что не удалось сформировать (ошибки шаблона, PDF).</p>").append(table(notes));
        }
        page.render(ctx, "Документы", b.toString());
    }

    void regenerate(Context ctx) {
        Regeneration.Job job = regeneration.start(Guard.session(ctx).account().login());
        ctx.redirect("/documents/jobs/" + job.id());
    }

    /** The job's page: refreshes itself while the job runs (no script needed); the script only makes it smoother. */
    void jobPage(Context ctx) {
        Regeneration.Job job = job(ctx);
        boolean running = job.state() == Regeneration.State.RUNNING;
        StringBuilder b = new StringBuilder("<div id=job data-job=\"").append(job.id()).append("\">");
        b.append("<p class=\"status ").append(running ? "info" : job.state() == Regeneration.State.DONE ? "ok" : "bad")
                .append("\" id=job-status>").append(Html.escape(stateText(job))).append("</p><ol id=job-steps>");
        for (String step : job.steps()) {
            b.append("<li>").append(Html.escape(step)).append("</li>");
        }
        b.append("</ol></div><p><a href=\"/documents\">К списку документов</a></p>");
        if (running) {
            b.append("<noscript><p class=hint>Страница обновляется сама каждые 2 секунды.</p></noscript>")
                    .append("<script src=\"/static/progress.js\"></script>");
            ctx.header("Refresh", "2");
        }
        page.render(ctx, "Формирование документов", b.toString());
    }

    Regeneration.Job job(Context ctx) {
        try {
            return regeneration.job(Long.parseLong(ctx.pathParam("id")))
                    .orElseThrow(() -> new Guard.Refusal(HttpStatus.NOT_FOUND, "Нет такого задания."));
        } catch (NumberFormatException e) {
            throw new Guard.Refusal(HttpStatus.NOT_FOUND, "Нет такого задания.");
        }
    }

    static String stateText(Regeneration.Job job) {
        return switch (job.state()) {
            case RUNNING -> "Идёт формирование документов…";
            case DONE -> "Готово: документы сформированы заново.";
            case NO_REFERENCE -> "Документы не сформированы: справочник не загружен или содержит ошибки.";
            case FAILED -> "Не удалось сформировать документы: внутренняя ошибка, подробности — в журнале программы.";
        };
    }

    /** GET /outbox/<path>: a document or an earlier version; only published files inside the outbox. */
    void download(Context ctx) {
        Path file;
        try {
            file = outbox.resolve(ctx.pathParam("path"));
        } catch (IllegalArgumentException e) {
            throw new Guard.Refusal(HttpStatus.NOT_FOUND, "Нет такого файла.");
        }
        if (!Outbox.isPublished(file) || file.getFileName().toString().startsWith(".")) {
            throw new Guard.Refusal(HttpStatus.NOT_FOUND, "Нет такого файла.");
        }
        Downloads.file(ctx, file);
    }

    /** The generated documents at the outbox's top level (receipts live in the schools' folders). */
    /** Report.json and the program's notes (.txt) are not documents to sign: listed apart. */
    private static boolean note(Path file) {
        String name = file.getFileName().toString();
        return name.equals(OutboxNames.REPORT_JSON) || name.endsWith(".txt");
    }

    private String table(List<Path> files) {
        StringBuilder b = new StringBuilder("<div class=scroll><table class=documents><thead><tr><th scope=col>Документ</th>"
                + "<th scope=col>Изменён</th><th scope=col>Размер</th><th scope=col>Прежние версии</th></tr></thead><tbody>");
        for (Path doc : files) {
            String relative = outbox.root().relativize(doc).toString().replace('\\', '/');
            String name = doc.getFileName().toString();
            b.append("<tr><td><a href=\"/outbox/").append(pathUrl(relative)).append("\">").append(Html.escape(name))
                    .append("</a></td><td>").append(modified(doc)).append("</td><td>").append(size(doc)).append("</td><td>");
            List<Path> versions = outbox.previousVersions(relative);
            if (versions.isEmpty()) {
                b.append("—");
            } else {
                b.append("<details><summary>").append(RussianFormat.count(versions.size(), "версия", "версии", "версий"))
                        .append("</summary><ul class=plain>");
                for (Path v : reversed(versions)) {
                    String old = outbox.root().relativize(v).toString().replace('\\', '/');
                    b.append("<li><a href=\"/outbox/").append(pathUrl(old)).append("\">")
                            .append(Html.escape(v.getFileName().toString())).append("</a></li>");
                }
                b.append("</ul></details>");
            }
            b.append("</td></tr>");
        }
        return b.append("</tbody></table></div>").toString();
    }

    /**
     * The re-check folders: the letters to schools, the experts' protocols, and what the coordinator must see about the
     * commissions (experts refused, a bank too small, no chair) printed on the page, not only as a file.
     */
    private void recheckFolders(StringBuilder b) {
        for (Path folder : folders(OutboxNames.recheckFolder(0).replace("0", ""))) {
            List<Path> files = documents(folder);
            b.append("<h2>").append(Html.escape(folder.getFileName().toString())).append("</h2><p>Письма школам о направлении"
                    + " работ на перепроверку (каждая школа получает своё и в своей папке исходящих) и протоколы перепроверки"
                    + " экспертов предметных комиссий: заполненный протокол положите во входящие — программа сравнит баллы.</p>");
            Path notes = folder.resolve(Path.of(OutboxNames.commissionNotes(0)).getFileName().toString());
            if (Files.isRegularFile(notes)) {
                try {
                    List<String> lines = Files.readAllLines(notes).stream().map(l -> l.replace("﻿", "")).filter(l -> !l.isBlank()).toList();
                    b.append("<div class=\"status bad\" role=status><p>").append(Html.escape(lines.get(0))).append("</p><ul>");
                    lines.stream().skip(1).forEach(l -> b.append("<li>").append(Html.escape(l.replaceFirst("^\\d+\\. ", ""))).append("</li>"));
                    b.append("</ul></div>");
                } catch (IOException e) {
                    b.append("<p class=\"status bad\">Не удалось прочитать замечания о предметных комиссиях.</p>");
                }
            }
            b.append(files.isEmpty() ? "<p class=empty>Файлов нет.</p>" : table(files));
        }
    }

    /** The department's folders of the schools' road maps, newest year first. */
    private List<Path> roadMapFolders() {
        return folders(OutboxNames.schoolRoadMaps(0).replace("0", ""));
    }

    private List<Path> folders(String prefix) {
        try (Stream<Path> files = Files.list(outbox.root())) {
            return files.filter(Files::isDirectory).filter(p -> p.getFileName().toString().startsWith(prefix))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private List<Path> documents(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(Outbox::isPublished)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private String modified(Path file) {
        try {
            return RussianFormat.dateTime(Files.getLastModifiedTime(file).toInstant(), clock.getZone());
        } catch (IOException e) {
            return "—";
        }
    }

    private static String size(Path file) {
        try {
            long bytes = Files.size(file);
            return bytes < 1024 ? bytes + " Б" : bytes < 1024 * 1024 ? (bytes + 1023) / 1024 + " КБ"
                    : String.format(java.util.Locale.ROOT, "%.1f МБ", bytes / 1048576.0).replace('.', ',');
        } catch (IOException e) {
            return "—";
        }
    }

    private static List<Path> reversed(List<Path> paths) {
        List<Path> copy = new java.util.ArrayList<>(paths);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static String pathUrl(String relative) {
        StringBuilder b = new StringBuilder();
        for (String part : relative.split("/")) {
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(Html.url(part));
        }
        return b.toString();
    }
}
