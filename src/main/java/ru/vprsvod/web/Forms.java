package ru.vprsvod.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import ru.vprsvod.consolidation.ResultsStore;
import ru.vprsvod.consolidation.StoredSubmission;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.ReferenceSource;
import ru.vprsvod.reference.School;
import ru.vprsvod.reference.Task;
import ru.vprsvod.reference.Work;
import ru.vprsvod.reference.WorkSpec;
import ru.vprsvod.report.BlankForm;
import ru.vprsvod.russian.RussianFormat;

/**
 * Blank results forms per work, made from the reference: a clerk gets their own school's, a coordinator any.
 * A work whose reference has no task list still gets a blank when a school's file of it was accepted: its task
 * columns, checked against the scale's maximum, stand in for the list. A work with neither is listed with the
 * reason, so that nobody looks for a blank that cannot be made.
 */
final class Forms {

    /**
     * Where a blank's task columns come from.
     *
     * @param from null when from the reference; else the accepted file they were taken from
     */
    private record Blank(WorkSpec spec, StoredSubmission from) {
    }

    private final ReferenceSource references;
    private final ResultsStore store;
    private final SchedulePage schedule;
    private final Page page;
    private final Path temporaryRoot;
    private final Clock clock;

    Forms(ReferenceSource references, ResultsStore store, SchedulePage schedule, Page page, Path temporaryRoot, Clock clock) {
        this.references = references;
        this.store = store;
        this.schedule = schedule;
        this.page = page;
        this.temporaryRoot = temporaryRoot;
        this.clock = clock;
    }

    void list(Context ctx) {
        Session session = Guard.session(ctx);
        Reference reference = reference();
        List<Blank> blanks = new ArrayList<>();
        List<WorkSpec> without = new ArrayList<>();
        for (WorkSpec spec : works(reference)) {
            blank(spec).ifPresentOrElse(blanks::add, () -> without.add(spec));
        }
        StringBuilder b = new StringBuilder("<p>Бланк — таблица Excel в форме протокола ФИС ОКО: столбцы заданий с максимальными"
                + " баллами уже стоят, Excel не даст ввести балл больше максимума или отметку вне 2–5. Школа и работа записаны"
                + " на листе «Сведения», поэтому имя файла можно не менять.</p>");
        if (blanks.isEmpty()) {
            b.append("<p class=empty>Бланков пока нет: ни для одной работы справочника не известны задания (см. ниже).</p>");
        } else {
            b.append("<form class=forms method=get action=\"/forms/blank\">");
            if (session.isCoordinator()) {
                b.append("<label>Школа<select name=school required>");
                reference.schools().forEach(s -> b.append("<option value=\"").append(Html.escape(s.login())).append("\">")
                        .append(Html.escape(s.name() + " (" + s.login() + ")")).append("</option>"));
                b.append("</select></label>");
            }
            b.append("<label>Работа<select name=work required>");
            for (Blank blank : blanks) {
                Work w = blank.spec().work();
                b.append("<option value=\"").append(Html.escape(key(w))).append("\">").append(Html.escape(w.titleWithYear()))
                        .append("</option>");
            }
            b.append("</select></label><button type=submit>Скачать бланк (.xlsx)</button></form>");
            b.append("<h2>Все бланки</h2><ul class=plain id=blanks>");
            for (Blank blank : blanks) {
                Work w = blank.spec().work();
                b.append("<li><a href=\"/forms/blank?work=").append(Html.url(key(w)));
                if (session.isCoordinator() && !reference.schools().isEmpty()) {
                    b.append("&amp;school=").append(Html.url(reference.schools().get(0).login()));
                }
                b.append("\">").append(Html.escape(w.titleWithYear())).append("</a>");
                if (blank.from() != null) {
                    b.append(" <span class=hint>— ").append(Html.escape(source(blank, session))).append("</span>");
                }
                b.append("</li>");
            }
            b.append("</ul>");
        }
        b.append(session.isCoordinator() ? "<h2 id=schedule>График проведения ВПР</h2><p>Бланк графика каждой школы —"
                + " на странице <a href=\"/schedule\">«График»</a>, рядом со списком школ, которые его ещё не прислали.</p>"
                : schedule.clerkSection(session.school()));
        if (!without.isEmpty()) {
            b.append("<h2>Работы без бланка</h2><p>Для этих работ в справочнике нет списка заданий (лист «Задания»),"
                    + " и ни одна школа ещё не прислала принятый файл этой работы, поэтому столбцы заданий неизвестны."
                    + " Пришлите протокол, выгруженный из ФИС ОКО, — он будет принят и по нему появится бланк;"
                    + " или координатор добавит задания на лист «Задания» справочника.</p><ul class=plain id=without-blank>");
            without.forEach(spec -> b.append("<li>").append(Html.escape(spec.work().titleWithYear())).append("</li>"));
            b.append("</ul>");
        }
        page.render(ctx, "Бланки для заполнения", b.toString());
    }

    void download(Context ctx) {
        Session session = Guard.session(ctx);
        Reference reference = reference();
        String login = session.isCoordinator() ? ctx.queryParam("school") : session.school();
        School school = reference.school(login == null ? "" : login)
                .orElseThrow(() -> new Guard.Refusal(HttpStatus.NOT_FOUND, "Школы нет в справочнике."));
        Blank blank = work(reference, ctx.queryParam("work"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            BlankForm.write(out, blank.spec(), school, clock.instant(), clock.getZone(), temporaryRoot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Downloads.bytes(ctx, BlankForm.fileName(school, blank.spec().work()), out.toByteArray());
    }

    /** The reference's works, this year's first. */
    private static List<WorkSpec> works(Reference reference) {
        return reference.specs().stream()
                .sorted(Comparator.comparing((WorkSpec s) -> -s.work().year()).thenComparing(WorkSpec::work)).toList();
    }

    /**
     * The blank of a work: the reference's tasks; without them, the task columns of the latest accepted file of
     * the work whose maxima add up to the scale's maximum (a file with columns missing or extra is not copied).
     */
    private Optional<Blank> blank(WorkSpec spec) {
        if (BlankForm.available(spec)) {
            return Optional.of(new Blank(spec, null));
        }
        int max = spec.scale().maxScore();
        return store.currentSubmissions(spec.work().year()).stream()
                .filter(s -> s.work().equals(spec.work()) && !s.tasks().isEmpty()
                        && s.tasks().stream().mapToInt(Task::maxPoints).sum() == max)
                .max(Comparator.comparing(StoredSubmission::acceptedAt))
                .map(s -> new Blank(new WorkSpec(spec.work(), spec.scale(), s.tasks()), s));
    }

    /** A clerk is not told which school the columns come from: another school's submission is not theirs to see. */
    private String source(Blank blank, Session session) {
        String when = RussianFormat.date(blank.from().acceptedAt().atZone(clock.getZone()).toLocalDate());
        if (!session.isCoordinator()) {
            return "задания — как в протоколе этой работы, уже принятом от школы района (в справочнике их нет)";
        }
        return "задания — как в файле, принятом " + when + " от " + page.schoolLabel(blank.from().school())
                + " (в справочнике их нет)";
    }

    private Blank work(Reference reference, String key) {
        String[] parts = key == null ? new String[0] : key.split("\\|", -1);
        if (parts.length == 3) {
            try {
                Work work = new Work(Integer.parseInt(parts[0]), parts[1], Integer.parseInt(parts[2]));
                Optional<WorkSpec> spec = reference.spec(work);
                if (spec.isPresent()) {
                    return blank(spec.get()).orElseThrow(() -> new Guard.Refusal(HttpStatus.NOT_FOUND, "Для работы «"
                            + work.titleWithYear() + "» бланка нет: в справочнике нет её заданий, и ни одна школа ещё не"
                            + " прислала принятый файл этой работы."));
                }
            } catch (NumberFormatException e) {
                // not found below
            }
        }
        throw new Guard.Refusal(HttpStatus.NOT_FOUND, "Такой работы нет в справочнике.");
    }

    private static String key(Work w) {
        return w.year() + "|" + w.subject() + "|" + w.grade();
    }

    private Reference reference() {
        return references.current().orElseThrow(() -> new Guard.Refusal(HttpStatus.SERVICE_UNAVAILABLE,
                "Справочник управления образования не загружен. Сообщите координатору."));
    }
}
