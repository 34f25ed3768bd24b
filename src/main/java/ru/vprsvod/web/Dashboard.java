package ru.vprsvod.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.List;
import ru.vprsvod.consolidation.Consolidator;
import ru.vprsvod.consolidation.ReceivedFile;
import ru.vprsvod.consolidation.ResultsStore;
import ru.vprsvod.consolidation.StatusBoard;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.ReferenceSource;
import ru.vprsvod.reference.Work;
import ru.vprsvod.russian.RussianFormat;
import ru.vprsvod.schedule.ScheduleForm;

/** The coordinator's start page: schools × works of a year with what each school has sent. */
final class Dashboard {

    private final ReferenceSource references;
    private final ResultsStore store;
    private final Consolidator consolidator;
    private final Page page;
    private final Clock clock;

    Dashboard(ReferenceSource references, ResultsStore store, Consolidator consolidator, Page page, Clock clock) {
        this.references = references;
        this.store = store;
        this.consolidator = consolidator;
        this.page = page;
        this.clock = clock;
    }

    void show(Context ctx) {
        Reference reference = references.current().orElse(null);
        if (reference == null) {
            // The banner above every coordinator's page says why and what to do.
            page.render(ctx, "Сводка", "<p class=empty>Сводка появится, когда будет загружен справочник.</p>");
            return;
        }
        int year = year(ctx, reference);
        StatusBoard board = StatusBoard.of(reference, year, store);
        StringBuilder b = new StringBuilder();
        if (!references.upToDate()) {
            b.append("<p class=error>Новая версия справочника содержит ошибки; используется предыдущая. См. страницу"
                    + " «Справочник и шаблоны».</p>");
        }
        if (year == reference.campaignYear()) {
            b.append(overdue(reference));
        }
        b.append(yearLinks(reference, year, "/?year="));
        b.append("<ul class=counts><li>Ожидается работ (школа × предмет × класс): <strong>").append(board.expected())
                .append("</strong></li><li class=ok>Принято: <strong>")
                .append(board.count(StatusBoard.State.ACCEPTED) + board.count(StatusBoard.State.RESUBMITTED))
                .append("</strong> (из них повторно: ").append(board.count(StatusBoard.State.RESUBMITTED)).append(")</li>")
                .append("<li class=bad>Отклонено, ждём исправленный файл: <strong>").append(board.count(StatusBoard.State.REJECTED))
                .append("</strong></li><li>Не сдано: <strong>").append(board.count(StatusBoard.State.MISSING)).append("</strong></li>")
                .append("<li>Последнее изменение: <strong>")
                .append(board.optionalLastChange().map(t -> RussianFormat.dateTime(t, clock.getZone())).orElse("—"))
                .append("</strong></li></ul>");
        boolean onlyOwing = "1".equals(ctx.queryParam("owing"));
        if (board.works().isEmpty()) {
            b.append("<p class=empty>В справочнике нет работ ").append(year).append(" года.</p>");
        } else {
            b.append(OwingSchools.filter(year, onlyOwing));
            b.append(matrix(board, OwingSchools.rows(board, onlyOwing)));
            b.append(OwingSchools.list(board));
        }
        if (!board.rejectedWithoutWork().isEmpty()) {
            b.append("<h2>Отклонённые файлы, по которым не удалось определить школу или работу</h2><ul class=plain>");
            for (ReceivedFile f : board.rejectedWithoutWork()) {
                b.append("<li><a href=\"/files/").append(f.id()).append("\">№ ").append(f.id()).append(" — ")
                        .append(Html.escape(f.originalName())).append("</a>, ")
                        .append(Html.escape(f.school().isEmpty() ? "школа не определена" : page.schoolLabel(f.school())))
                        .append(", ").append(RussianFormat.dateTime(f.receivedAt(), clock.getZone())).append("</li>");
            }
            b.append("</ul>");
        }
        page.render(ctx, "Сводка ВПР " + year, b.toString());
    }

    /**
     * What is past its deadline and not done, in one notice with links: the schools' schedules and the observers'
     * reports (the «Календарь» page has every deadline).
     */
    private String overdue(Reference reference) {
        int year = reference.campaignYear();
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        List<String> lines = new java.util.ArrayList<>();
        java.util.Optional<ru.vprsvod.calendar.Deadline> schedules = ru.vprsvod.calendar.DeadlineCalendar.of(reference)
                .deadlines().stream().filter(d -> d.key().equals("schedules")).findFirst();
        if (schedules.isPresent() && today.isAfter(schedules.get().date())) {
            java.util.Set<String> sent = new java.util.HashSet<>();
            store.schedules(year).forEach(s -> sent.add(s.school()));
            long owing = reference.schools().stream().filter(school -> !ScheduleForm.expectedWorks(reference, school).isEmpty())
                    .filter(school -> !sent.contains(school.login())).count();
            if (owing > 0) {
                lines.add("графики проведения ВПР не прислали " + RussianFormat.count(owing, "школа", "школы", "школ")
                        + " (срок — " + RussianFormat.date(schedules.get().date()) + "): <a href=\"/schedule\">«График»</a>");
            }
        }
        long reports = ObserversPage.rows(store, year).stream()
                .filter(r -> r.standing(today) == ObserversPage.Standing.MISSING).count();
        if (reports > 0) {
            lines.add("не получено после срока " + RussianFormat.count(reports, "отчёт", "отчёта", "отчётов")
                    + " общественных наблюдателей: <a href=\"/observers\">«Наблюдатели»</a>");
        }
        return lines.isEmpty() ? "" : "<p class=notice id=overdue>Срок прошёл: " + String.join("; ", lines)
                + ". Все сроки — на странице <a href=\"/calendar\">«Календарь»</a>.</p>";
    }

    private String matrix(StatusBoard board, List<StatusBoard.Row> rows) {
        StringBuilder b = new StringBuilder("<div class=\"scroll matrix-wrap\"><table class=matrix><thead><tr><th class=school scope=col>Школа</th>");
        for (Work w : board.works()) {
            b.append("<th scope=col><a href=\"").append(Statistics.link(w)).append("\">").append(Html.escape(w.subject()))
                    .append("<br>").append(w.grade()).append(" класс</a></th>");
        }
        b.append("</tr></thead><tbody>");
        for (StatusBoard.Row row : rows) {
            b.append("<tr><th class=school scope=row>").append(Html.escape(row.school().name())).append("<small>")
                    .append(Html.escape(row.school().login())).append("</small></th>");
            for (StatusBoard.Cell cell : row.cells()) {
                b.append("<td class=\"st ").append(cell.state().name().toLowerCase(java.util.Locale.ROOT)).append("\"");
                ReceivedFile latest = cell.latest();
                if (latest != null) {
                    b.append(" title=\"Последний файл: ").append(Html.escape(latest.originalName())).append(", ")
                            .append(RussianFormat.dateTime(latest.receivedAt(), clock.getZone())).append("\"><a href=\"/files/")
                            .append(latest.id()).append("\">").append(Html.escape(cell.state().label())).append("</a><small>")
                            .append(RussianFormat.dateTime(latest.receivedAt(), clock.getZone()).substring(0, 10)).append("</small>");
                    if (cell.laterRejected()) {
                        b.append("<small class=bad>последний файл отклонён</small>");
                    }
                } else {
                    b.append('>').append(Html.escape(cell.state().label()));
                }
                b.append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</tbody></table></div><p class=legend><span class=\"st accepted\">принято</span>")
                .append("<span class=\"st resubmitted\">принято повторно</span><span class=\"st rejected\">отклонено</span>")
                .append("<span class=\"st missing\">не сдано</span><span class=\"st not_expected\">— нет таких классов</span>")
                .append(" Щёлкните по состоянию, чтобы открыть протокол последнего файла.</p>");
        return b.toString();
    }

    /** The year asked for, or the current campaign's. */
    int year(Context ctx, Reference reference) {
        String asked = ctx.queryParam("year");
        if (asked == null || asked.isBlank()) {
            return reference.campaignYear();
        }
        try {
            int year = Integer.parseInt(asked.strip());
            if (consolidator.years(reference).contains(year)) {
                return year;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new Guard.Refusal(HttpStatus.NOT_FOUND, "Нет данных за " + asked + " год.");
    }

    /** Links to the other years with data. */
    String yearLinks(Reference reference, int current, String prefix) {
        List<Integer> years = consolidator.years(reference);
        if (years.size() < 2) {
            return "";
        }
        StringBuilder b = new StringBuilder("<p class=years>Год: ");
        for (int y : years) {
            b.append(y == current ? "<strong>" + y + "</strong>" : "<a href=\"" + prefix + y + "\">" + y + "</a>").append(' ');
        }
        return b.append("</p>").toString();
    }
}
