package ru.vprsvod.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.vprsvod.calendar.Deadline;
import ru.vprsvod.calendar.DeadlineCalendar;
import ru.vprsvod.calendar.Icalendar;
import ru.vprsvod.consolidation.ResultsStore;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.ReferenceSource;
import ru.vprsvod.russian.RussianFormat;
import ru.vprsvod.schedule.Sitting;

/**
 * The «Календарь» page: the Порядок's deadlines of the campaign year, what is due this week, what has passed and
 * what is ahead; the same as JSON ({@code /api/calendar}) and as an .ics file for Outlook or Thunderbird.
 */
final class CalendarPage {

    private final ReferenceSource references;
    private final ResultsStore store;
    private final Page page;
    private final Clock clock;
    private final CalendarFeed subscriptions;

    CalendarPage(ReferenceSource references, ResultsStore store, CalendarFeed subscriptions, Page page, Clock clock) {
        this.references = references;
        this.store = store;
        this.subscriptions = subscriptions;
        this.page = page;
        this.clock = clock;
    }

    private Reference reference() {
        return Guard.reference(references);
    }

    /** The calendar with what the schools' schedules in force add (observers' reports, who has not sent one). */
    private DeadlineCalendar calendar(Reference reference) {
        List<Sitting> sittings = store.schedules(reference.campaignYear()).stream()
                .flatMap(s -> s.sittings().stream()).toList();
        return DeadlineCalendar.of(reference, sittings, ObserversPage.duties(store, reference.campaignYear(), clock.getZone()));
    }

    void page(Context ctx) {
        Reference reference = reference();
        DeadlineCalendar calendar = calendar(reference);
        LocalDate today = LocalDate.now(clock);
        boolean shifted = reference.rules().get(ru.vprsvod.reference.RuleParameter.WEEKEND_SHIFT).on();
        StringBuilder b = new StringBuilder();
        b.append("<p>Сроки ВПР ").append(calendar.year()).append(" года по муниципальному Порядку, вычисленные из дат"
                + " справочника (лист «Реквизиты»: год и дата окончания периода; лист «Правила»: сроки перепроверки и"
                + " хранения) и из графиков проведения ВПР, принятых от школ (страница <a href=\"/schedule\">«График»</a>):"
                + " отчёт общественного наблюдателя — по каждому дню графика школы. Сроки считаются в календарных днях: срок, пришедшийся на выходной, "
                + (shifted ? "переносится на понедельник (так задано на листе «Правила»)." : "не переносится.")
                + " Сегодня ").append(RussianFormat.date(today)).append(".</p>");
        for (String note : calendar.notes()) {
            b.append("<p class=notice>Не все сроки вычислены: ").append(Html.escape(note)).append(".</p>");
        }
        b.append("<p><a href=\"/calendar.ics\">Скачать календарь (.ics)</a> — файл открывается в Outlook или"
                + " Thunderbird (импорт календаря); после изменения справочника скачайте его снова, события"
                + " обновятся, а не задвоятся.</p>");
        for (Deadline.Standing standing : List.of(Deadline.Standing.THIS_WEEK, Deadline.Standing.AHEAD, Deadline.Standing.PASSED)) {
            List<Deadline> group = calendar.deadlines().stream().filter(d -> d.standing(today) == standing).toList();
            b.append("<h2>").append(Html.escape(standing.label())).append("</h2>");
            if (group.isEmpty()) {
                b.append("<p>Сроков нет.</p>");
                continue;
            }
            b.append("<table class=calendar><thead><tr><th scope=col>Срок</th><th scope=col>Что</th><th scope=col>Кто</th><th scope=col>Основание</th></tr>"
                    + "</thead><tbody>");
            for (Deadline d : group) {
                b.append("<tr data-key=\"").append(Html.escape(d.key())).append("\"><td>")
                        .append(RussianFormat.date(d.date())).append(", ").append(weekday(d.date())).append("</td><td><b>")
                        .append(Html.escape(d.title())).append("</b><br>").append(Html.escape(d.description()));
                if (!d.link().isEmpty()) {
                    b.append(" <a href=\"").append(Html.escape(d.link())).append("\">Открыть</a>");
                }
                b.append("</td><td>").append(Html.escape(d.who())).append("</td><td>").append(Html.escape(d.source()))
                        .append("</td></tr>");
            }
            b.append("</tbody></table>");
        }
        b.append(subscriptions.section(Guard.session(ctx)));
        page.render(ctx, "Календарь сроков", b.toString());
    }

    void api(Context ctx) {
        DeadlineCalendar calendar = calendar(reference());
        LocalDate today = LocalDate.now(clock);
        List<Map<String, Object>> deadlines = new ArrayList<>();
        for (Deadline d : calendar.deadlines()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", d.key());
            m.put("date", d.date().toString());
            m.put("standing", switch (d.standing(today)) {
                case PASSED -> "passed";
                case THIS_WEEK -> "thisWeek";
                case AHEAD -> "ahead";
            });
            m.put("title", d.title());
            m.put("description", d.description());
            m.put("who", d.who());
            m.put("source", d.source());
            m.put("link", d.link());
            deadlines.add(m);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", calendar.year());
        body.put("today", today.toString());
        body.put("deadlines", deadlines);
        body.put("notes", calendar.notes());
        ctx.json(body);
    }

    void ics(Context ctx) {
        Reference reference = reference();
        DeadlineCalendar calendar = calendar(reference);
        String name = "ВПР-" + calendar.year() + ": сроки (" + reference.requisites().district() + ")";
        ctx.contentType("text/calendar; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"vpr-" + calendar.year() + ".ics\"; filename*=UTF-8''"
                + Html.url("Сроки ВПР " + calendar.year() + ".ics"));
        ctx.result(Icalendar.write(calendar, name, clock.instant()).getBytes(StandardCharsets.UTF_8));
    }

    /** «среда». */
    static String weekday(LocalDate date) {
        return List.of("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье")
                .get(date.getDayOfWeek().getValue() - 1);
    }
}
