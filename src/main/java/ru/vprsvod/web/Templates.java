package ru.vprsvod.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import ru.vprsvod.document.DocxTemplate;
import ru.vprsvod.document.TemplateLoading;
import ru.vprsvod.document.TemplateProblem;
import ru.vprsvod.publishing.Outbox;
import ru.vprsvod.reference.ReferenceLoader;
import ru.vprsvod.reference.ReferenceReading;
import ru.vprsvod.reference.ReferenceSource;
import ru.vprsvod.russian.RussianFormat;
import ru.vprsvod.workbook.Problem;

/**
 * The reference workbook and the .docx templates: download the current file, or send a new version, which is
 * checked first and replaces the current one only when it is usable; the replaced one is kept in «Предыдущие
 * версии» beside it (the same versioned writing as the outbox). Which file is replaced is chosen from our own
 * list; the sender's file name is never used.
 */
final class Templates {

    private final ReferenceSource references;
    private final Path templatesFolder;
    private final Path temporaryRoot;
    private final Page page;
    private final Clock clock;

    Templates(ReferenceSource references, Path templatesFolder, Path temporaryRoot, Page page, Clock clock) {
        this.references = references;
        this.templatesFolder = templatesFolder.toAbsolutePath().normalize();
        this.temporaryRoot = temporaryRoot;
        this.page = page;
        this.clock = clock;
    }

    /** One replaceable file: the reference (wherever it lives) or a .docx template of the templates folder. */
    private record Entry(String key, Path file, boolean reference) {
        Outbox folder(Clock clock) {
            return new Outbox(file.getParent(), clock);
        }
    }

    private List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry("reference", references.file(), true));
        try (Stream<Path> files = Files.list(templatesFolder)) {
            files.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx"))
                    .filter(p -> !p.getFileName().toString().startsWith("~$") && !p.getFileName().toString().startsWith("."))
                    .filter(Files::isRegularFile)
                    .sorted().forEach(p -> entries.add(new Entry("template:" + p.getFileName(), p, false)));
        } catch (IOException e) {
            // No templates folder: only the reference is listed.
        }
        return entries;
    }

    private Entry entry(String key) {
        return entries().stream().filter(e -> e.key().equals(key)).findFirst()
                .orElseThrow(() -> new Guard.Refusal(HttpStatus.NOT_FOUND, "Нет такого файла."));
    }

    void list(Context ctx) {
        render(ctx, "", HttpStatus.OK);
    }

    private void render(Context ctx, String message, HttpStatus status) {
        Session session = Guard.session(ctx);
        StringBuilder b = new StringBuilder(message);
        if (!references.upToDate() && references.current().isPresent()) {
            b.append("<p class=error>Версия справочника на диске содержит ошибки; программа работает с предыдущей правильной.</p>");
        }
        b.append("<p>Справочник и шаблоны можно править в Excel и Word. Новая версия сначала проверяется и заменяет"
                + " текущую, только если в ней нет ошибок; прежняя сохраняется в папке «Предыдущие версии». Как писать"
                + " теги в шаблонах — <a href=\"/templates/guide\">руководство</a>.</p>");
        b.append("<div class=scroll><table class=documents><thead><tr><th scope=col>Файл</th><th scope=col>Изменён</th><th scope=col>Прежние версии</th>")
                .append("<th scope=col>Заменить новой версией</th></tr></thead><tbody>");
        for (Entry e : entries()) {
            String name = e.file().getFileName().toString();
            b.append("<tr><td>").append(e.reference() ? "Справочник: " : "Шаблон: ");
            if (Files.isRegularFile(e.file())) {
                b.append("<a href=\"/templates/file?key=").append(Html.url(e.key())).append("\">").append(Html.escape(name)).append("</a>");
            } else {
                b.append(Html.escape(name)).append(" (нет файла)");
            }
            b.append("</td><td>").append(modified(e.file())).append("</td><td>")
                    .append(e.folder(clock).previousVersions(name).size()).append("</td><td>")
                    .append("<form method=post action=\"/templates/replace\" enctype=\"multipart/form-data\" class=replace>")
                    .append(Page.csrf(session)).append("<input type=hidden name=key value=\"").append(Html.escape(e.key()))
                    .append("\"><input type=file name=file required accept=\"").append(e.reference() ? ".xlsx,.xls,.ods" : ".docx")
                    .append("\"><button type=submit>Проверить и заменить</button></form></td></tr>");
        }
        b.append("</tbody></table></div>");
        ctx.status(status);
        page.render(ctx, "Справочник и шаблоны", b.toString());
    }

    void download(Context ctx) {
        Downloads.file(ctx, entry(String.valueOf(ctx.queryParam("key"))).file());
    }

    /**
     * The guide as a page: the templates folder's own README.md when it has one (a department may keep notes there),
     * else the guide shipped with the program. Raw HTML in it is shown as text, links only to web addresses.
     */
    void guide(Context ctx) {
        String markdown;
        try {
            Path own = templatesFolder.resolve("README.md");
            if (Files.isRegularFile(own)) {
                markdown = Files.readString(own);
            } else {
                try (InputStream in = Templates.class.getResourceAsStream("guide/README.md")) {
                    if (in == null) {
                        throw new Guard.Refusal(HttpStatus.NOT_FOUND, "Руководство по шаблонам не найдено.");
                    }
                    markdown = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var extensions = List.of(org.commonmark.ext.gfm.tables.TablesExtension.create());
        var document = org.commonmark.parser.Parser.builder().extensions(extensions).build().parse(markdown);
        String html = org.commonmark.renderer.html.HtmlRenderer.builder().extensions(extensions).escapeHtml(true)
                .sanitizeUrls(true).build().render(document);
        page.render(ctx, "Руководство по шаблонам", "<p><a href=\"/templates\">← Справочник и шаблоны</a></p>"
                + "<article class=guide>" + html.replace("<table>", "<div class=scroll><table>").replace("</table>", "</table></div>")
                + "</article>");
    }

    void replace(Context ctx) {
        Entry e = entry(String.valueOf(ctx.formParam("key")));
        List<UploadedFile> files = Uploads.files(ctx, "file");
        if (files.size() != 1) {
            throw new Guard.Refusal(HttpStatus.BAD_REQUEST, "Выберите один файл.");
        }
        String sent = Uploads.displayName(files.get(0).filename());
        byte[] bytes;
        try (InputStream in = files.get(0).content()) {
            bytes = in.readAllBytes();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        List<String> problems = e.reference() ? checkReference(sent, bytes) : checkTemplate(sent, bytes);
        String name = e.file().getFileName().toString();
        if (!problems.isEmpty()) {
            StringBuilder b = new StringBuilder("<section class=refused><h2 class=bad>Файл «").append(Html.escape(sent))
                    .append("» не принят: в нём ошибки. «").append(Html.escape(name)).append("» не изменён.</h2><ol>");
            problems.forEach(p -> b.append("<li>").append(Html.escape(p)).append("</li>"));
            b.append("</ol></section>");
            render(ctx, b.toString(), HttpStatus.BAD_REQUEST);
            return;
        }
        e.folder(clock).publish(name, out -> out.write(bytes));
        render(ctx, "<p class=ok role=status>«" + Html.escape(name) + "» заменён файлом «" + Html.escape(sent)
                + "»; прежняя версия сохранена в папке «Предыдущие версии».</p>", HttpStatus.OK);
    }

    private List<String> checkReference(String sent, byte[] bytes) {
        try {
            Files.createDirectories(temporaryRoot);
            Path temp = Files.createTempFile(temporaryRoot, "reference-", ".upload");
            try {
                Files.write(temp, bytes);
                ReferenceReading reading = ReferenceLoader.load(temp);
                if (reading instanceof ReferenceReading.Loaded) {
                    return List.of();
                }
                List<String> problems = reading.problems().stream().filter(Problem::isError)
                        .map(p -> p.describe().replace(temp.getFileName().toString(), sent)).toList();
                return problems.isEmpty() ? List.of("справочник не удаётся прочитать") : problems;
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static List<String> checkTemplate(String sent, byte[] bytes) {
        TemplateLoading loading = DocxTemplate.load(sent, bytes);
        List<TemplateProblem> problems = loading instanceof TemplateLoading.Loaded loaded ? loaded.template().problems()
                : ((TemplateLoading.Broken) loading).problems();
        return problems.stream().map(TemplateProblem::describe).toList();
    }

    private String modified(Path file) {
        try {
            return RussianFormat.dateTime(Files.getLastModifiedTime(file).toInstant(), clock.getZone());
        } catch (IOException e) {
            return "—";
        }
    }
}
