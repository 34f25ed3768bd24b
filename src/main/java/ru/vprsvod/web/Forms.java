package ru.vprsvod.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.ReferenceSource;
import ru.vprsvod.reference.School;
import ru.vprsvod.reference.Work;
import ru.vprsvod.reference.WorkSpec;
import ru.vprsvod.report.BlankForm;

/** Blank results forms per work, made from the reference: a clerk gets their own school's, a coordinator any. */
final class Forms {

    private final ReferenceSource references;
    private final Page page;
    private final Path temporaryRoot;
    private final Clock clock;

    Forms(ReferenceSource references, Page page, Path temporaryRoot, Clock clock) {
        this.references = references;
        this.page = page;
        this.temporaryRoot = temporaryRoot;
        this.clock = clock;
    }

    void list(Context ctx) {
        Session session = Guard.session(ctx);
        Reference reference = reference();
        List<WorkSpec> works = Intake.formWorks(reference);
        StringBuilder b = new StringBuilder("<p>Бланк — таблица Excel в форме протокола ФИС ОКО: столбцы заданий с максимальными"
                + " баллами уже стоят, Excel не даст ввести балл больше максимума или отметку вне 2–5. Школа и работа записаны"
                + " на листе «Сведения», поэтому имя файла можно не менять.</p>");
        if (works.isEmpty()) {
            b.append("<p class=empty>В справочнике нет работ со списком заданий: бланки сформировать нельзя.</p>");
        }
        b.append("<form class=forms method=get action=\"/forms/blank\">");
        if (session.isCoordinator()) {
            b.append("<label>Школа<select name=school required>");
            reference.schools().forEach(s -> b.append("<option value=\"").append(Html.escape(s.login())).append("\">")
                    .append(Html.escape(s.name() + " (" + s.login() + ")")).append("</option>"));
            b.append("</select></label>");
        }
        b.append("<label>Работа<select name=work required>");
        for (WorkSpec spec : works) {
            Work w = spec.work();
            b.append("<option value=\"").append(Html.escape(w.year() + "|" + w.subject() + "|" + w.grade())).append("\">")
                    .append(Html.escape(w.titleWithYear())).append("</option>");
        }
        b.append("</select></label><button type=submit>Скачать бланк (.xlsx)</button></form>");
        b.append("<h2>Все бланки</h2><ul class=plain>");
        for (WorkSpec spec : works) {
            Work w = spec.work();
            b.append("<li><a href=\"/forms/blank?work=").append(Html.url(w.year() + "|" + w.subject() + "|" + w.grade()));
            if (session.isCoordinator() && !reference.schools().isEmpty()) {
                b.append("&amp;school=").append(Html.url(reference.schools().get(0).login()));
            }
            b.append("\">").append(Html.escape(w.titleWithYear())).append("</a></li>");
        }
        b.append("</ul>");
        page.render(ctx, "Бланки для заполнения", b.toString());
    }

    void download(Context ctx) {
        Session session = Guard.session(ctx);
        Reference reference = reference();
        String login = session.isCoordinator() ? ctx.queryParam("school") : session.school();
        School school = reference.school(login == null ? "" : login)
                .orElseThrow(() -> new Guard.Refusal(HttpStatus.NOT_FOUND, "Школы нет в справочнике."));
        WorkSpec spec = work(reference, ctx.queryParam("work"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            BlankForm.write(out, spec, school, clock.instant(), clock.getZone(), temporaryRoot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Downloads.bytes(ctx, BlankForm.fileName(school, spec.work()), out.toByteArray());
    }

    private static WorkSpec work(Reference reference, String key) {
        String[] parts = key == null ? new String[0] : key.split("\\|", -1);
        if (parts.length == 3) {
            try {
                Work work = new Work(Integer.parseInt(parts[0]), parts[1], Integer.parseInt(parts[2]));
                java.util.Optional<WorkSpec> spec = reference.spec(work).filter(BlankForm::available);
                if (spec.isPresent()) {
                    return spec.get();
                }
            } catch (NumberFormatException e) {
                // not found below
            }
        }
        throw new Guard.Refusal(HttpStatus.NOT_FOUND, "Такой работы нет в справочнике (или для неё не заданы задания).");
    }

    private Reference reference() {
        return references.current().orElseThrow(() -> new Guard.Refusal(HttpStatus.SERVICE_UNAVAILABLE,
                "Справочник управления образования не загружен. Сообщите координатору."));
    }
}
