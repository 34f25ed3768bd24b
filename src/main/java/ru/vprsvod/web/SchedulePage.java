package ru.vprsvod.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import ru.vprsvod.consolidation.ReceivedFile;
import ru.vprsvod.consolidation.ResultsStore;
import ru.vprsvod.consolidation.StoredSchedule;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.ReferenceSource;
import ru.vprsvod.reference.School;
import ru.vprsvod.russian.RussianFormat;
import ru.vprsvod.schedule.ScheduleForm;
import ru.vprsvod.schedule.Sitting;

/**
 * The coordinator's «График» page: the district's VPR schedule by day (which schools write which work in which
 * classes), the schools that have not sent a schedule, and the schedules received; the same as JSON
 * ({@code /api/schedule}); and the «График» blank of a school ({@code /forms/schedule}) for its clerk or the coordinator.
 */
final class SchedulePage {

    /**
     * What one school has sent for the year.
     *
     * @param inForce its latest accepted schedule, if any
     * @param latest  the last «График» it sent, accepted or not
     */
    private record SchoolSchedule(School school, Optional<StoredSchedule> inForce, Optional<StoredSchedule> latest) {
        boolean sent() {
            return inForce.isPresent();
        }

        /** The last file was refused: the coordinator waits for a corrected one. */
        Optional<StoredSchedule> laterRejected() {
            return latest.filter(l -> !l.accepted());
        }
    }

    private final ReferenceSource references;
    private final ResultsStore store;
    private final Page page;
    private final Path temporaryRoot;
    private final Clock clock;

    SchedulePage(ReferenceSource references, ResultsStore store, Page page, Path temporaryRoot, Clock clock) {
        this.references = references;
        this.store = store;
        this.page = page;
        this.temporaryRoot = temporaryRoot;
        this.clock = clock;
    }

    private Reference reference() {
        return Guard.reference(references);
    }

    /** The schools expected to send a schedule (those writing works this year), each with what it sent. */
    private List<SchoolSchedule> schools(Reference reference) {
        int year = reference.campaignYear();
        Map<String, StoredSchedule> inForce = new LinkedHashMap<>();
        store.schedules(year).forEach(s -> inForce.put(s.school(), s));
        List<SchoolSchedule> schools = new ArrayList<>();
        for (School school : reference.schools()) {
            if (ScheduleForm.expectedWorks(reference, school).isEmpty()) {
                continue;
            }
            List<StoredSchedule> history = store.scheduleHistory(school.login(), year);
            schools.add(new SchoolSchedule(school, Optional.ofNullable(inForce.get(school.login())),
                    history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1))));
        }
        return schools;
    }

    void page(Context ctx) {
        Reference reference = reference();
        int year = reference.campaignYear();
        List<SchoolSchedule> schools = schools(reference);
        List<SchoolSchedule> owing = schools.stream().filter(s -> !s.sent()).toList();
        List<SchoolSchedule> sent = schools.stream().filter(SchoolSchedule::sent).toList();
        StringBuilder b = new StringBuilder("<p>Графики проведения ВПР ").append(year).append(" года: даты каждой работы"
                + " по классам, ").append(Html.escape(period(reference))).append(". Школа заполняет бланк «График проведения"
                + " ВПР» (бланк каждой школы — в её папке исходящих и по ссылке ниже) и присылает его, как файлы с"
                + " результатами: в общую папку или через веб-форму. Действует последний принятый график школы.</p>");
        b.append("<ul class=counts><li>Ожидается графиков: <strong>").append(schools.size()).append("</strong></li>")
                .append("<li class=ok>Получено: <strong>").append(sent.size()).append("</strong></li>")
                .append("<li class=bad>Не прислали: <strong>").append(owing.size()).append("</strong></li></ul>");
        if (owing.isEmpty()) {
            b.append("<p class=ok role=status>Графики прислали все школы.</p>");
        } else {
            b.append("<h2 id=owing>Школы, которые не прислали график (").append(owing.size()).append(")</h2>")
                    .append("<div class=scroll><table class=owing><thead><tr><th scope=col>Школа</th><th scope=col>Руководитель</th>")
                    .append("<th scope=col>Адрес</th><th scope=col>Последний файл</th><th scope=col>Бланк</th></tr></thead><tbody>");
            for (SchoolSchedule s : owing) {
                School school = s.school();
                b.append("<tr data-school=\"").append(Html.escape(school.login())).append("\">").append(schoolCell(school))
                        .append("<td>").append(Html.escape((school.headPosition() + " " + school.headName()).strip()))
                        .append("</td><td>").append(Html.escape(school.address())).append("</td><td>")
                        .append(s.latest().map(l -> "отклонён: " + fileLink(l.fileId())).orElse("<span class=muted>не присылала</span>"))
                        .append("</td><td><a href=\"/forms/schedule?school=").append(Html.url(school.login()))
                        .append("\">бланк (.xlsx)</a></td></tr>");
            }
            b.append("</tbody></table></div>");
        }
        b.append("<h2 id=days>Календарь района по дням</h2>");
        List<Sitting> sittings = sent.stream().flatMap(s -> s.inForce().get().sittings().stream()).sorted().toList();
        if (sittings.isEmpty()) {
            b.append("<p class=empty>Пока не получено ни одного графика.</p>");
        } else {
            b.append("<div class=scroll><table class=schedule><thead><tr><th scope=col>Дата</th><th scope=col>Школа</th>")
                    .append("<th scope=col>Работа</th><th scope=col>Классы</th></tr></thead><tbody>");
            for (Map.Entry<LocalDate, List<Sitting>> day : byDay(sittings).entrySet()) {
                boolean first = true;
                for (Sitting sitting : day.getValue()) {
                    b.append("<tr data-date=\"").append(day.getKey()).append("\">");
                    if (first) {
                        b.append("<th scope=row rowspan=").append(day.getValue().size()).append('>')
                                .append(RussianFormat.date(day.getKey())).append(", ").append(CalendarPage.weekday(day.getKey()))
                                .append("</th>");
                        first = false;
                    }
                    b.append("<td>").append(Html.escape(name(reference, sitting.school()))).append(" <small>")
                            .append(Html.escape(sitting.school())).append("</small></td><td>")
                            .append(Html.escape(sitting.work().title())).append("</td><td>")
                            .append(Html.escape(sitting.classes().isEmpty() ? "—" : String.join(", ", sitting.classes())))
                            .append("</td></tr>");
                }
            }
            b.append("</tbody></table></div>");
        }
        if (!sent.isEmpty()) {
            b.append("<h2 id=received>Полученные графики (").append(sent.size()).append(")</h2><div class=scroll><table"
                    + " class=received><thead><tr><th scope=col>Школа</th><th scope=col>Строк</th><th scope=col>Даты</th>"
                    + "<th scope=col>Действует</th></tr></thead><tbody>");
            for (SchoolSchedule s : sent) {
                StoredSchedule schedule = s.inForce().get();
                List<Sitting> own = schedule.sittings();
                b.append("<tr data-school=\"").append(Html.escape(s.school().login())).append("\">").append(schoolCell(s.school()))
                        .append("<td>").append(own.size()).append("</td><td>с ").append(RussianFormat.date(own.get(0).date()))
                        .append(" по ").append(RussianFormat.date(own.get(own.size() - 1).date())).append("</td><td>")
                        .append(fileLink(schedule.fileId()));
                s.laterRejected().ifPresent(r -> b.append("; следующий файл отклонён: ").append(fileLink(r.fileId())));
                b.append("</td></tr>");
            }
            b.append("</tbody></table></div>");
        }
        page.render(ctx, "График проведения ВПР", b.toString());
    }

    void api(Context ctx) {
        Reference reference = reference();
        List<SchoolSchedule> schools = schools(reference);
        List<Sitting> sittings = schools.stream().filter(SchoolSchedule::sent)
                .flatMap(s -> s.inForce().get().sittings().stream()).sorted().toList();
        List<Map<String, Object>> days = new ArrayList<>();
        for (Map.Entry<LocalDate, List<Sitting>> day : byDay(sittings).entrySet()) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (Sitting s : day.getValue()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("school", s.school());
                m.put("name", name(reference, s.school()));
                m.put("subject", s.work().subject());
                m.put("grade", s.work().grade());
                m.put("classes", s.classes());
                items.add(m);
            }
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("date", day.getKey().toString());
            d.put("sittings", items);
            days.add(d);
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (SchoolSchedule s : schools) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("login", s.school().login());
            m.put("name", s.school().name());
            m.put("sent", s.sent());
            m.put("fileId", s.inForce().map(StoredSchedule::fileId).orElse(null));
            m.put("sittings", s.inForce().map(i -> i.sittings().size()).orElse(0));
            m.put("laterRejected", s.laterRejected().map(StoredSchedule::fileId).orElse(null));
            list.add(m);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", reference.campaignYear());
        body.put("days", days);
        body.put("schools", list);
        body.put("missing", schools.stream().filter(s -> !s.sent()).map(s -> s.school().login()).toList());
        ctx.json(body);
    }

    /** The blank of the clerk's own school, or of the school a coordinator names. */
    void blank(Context ctx) {
        Session session = Guard.session(ctx);
        Reference reference = reference();
        String login = session.isCoordinator() ? ctx.queryParam("school") : session.school();
        School school = reference.school(login == null ? "" : login)
                .orElseThrow(() -> new Guard.Refusal(HttpStatus.NOT_FOUND, "Школы нет в справочнике."));
        if (ScheduleForm.expectedWorks(reference, school).isEmpty()) {
            throw new Guard.Refusal(HttpStatus.NOT_FOUND, "По справочнику школа не пишет ВПР " + reference.campaignYear()
                    + " года (нет работ для её классов): бланк графика ей не нужен.");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ScheduleForm.write(out, reference, school, clock.instant(), clock.getZone(), temporaryRoot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Downloads.bytes(ctx, ScheduleForm.fileName(school, reference.campaignYear()), out.toByteArray());
    }

    /** The clerk's line on the «Бланки» page: the schedule blank and what was received of it. */
    String clerkSection(String login) {
        Reference reference = reference();
        Optional<School> school = reference.school(login);
        if (school.isEmpty() || ScheduleForm.expectedWorks(reference, school.get()).isEmpty()) {
            return "";
        }
        int year = reference.campaignYear();
        List<StoredSchedule> history = store.scheduleHistory(school.get().login(), year);
        Optional<StoredSchedule> inForce = history.stream().filter(StoredSchedule::inForce).findFirst();
        StringBuilder b = new StringBuilder("<h2 id=schedule>График проведения ВПР ").append(year).append("</h2><p>")
                .append("<a href=\"/forms/schedule\">Скачать бланк графика (.xlsx)</a> — строки работ школы уже заполнены:"
                        + " впишите дату и классы, сохраните и отправьте файл, как файл с результатами. ");
        b.append(inForce.map(s -> "Действует график, принятый " + store.file(s.fileId()).map(f -> RussianFormat.dateTime(
                f.receivedAt(), clock.getZone()) + " ").orElse("") + "(<a href=\"/files/" + s.fileId() + "\">протокол № "
                + s.fileId() + "</a>): " + RussianFormat.count(s.sittings().size(), "строка", "строки", "строк") + ".")
                .orElse("Принятого графика пока нет."));
        return b.append("</p>").toString();
    }

    private static Map<LocalDate, List<Sitting>> byDay(List<Sitting> sittings) {
        Map<LocalDate, List<Sitting>> days = new TreeMap<>();
        sittings.forEach(s -> days.computeIfAbsent(s.date(), d -> new ArrayList<>()).add(s));
        return days;
    }

    private String fileLink(long fileId) {
        Optional<ReceivedFile> file = store.file(fileId);
        return "<a href=\"/files/" + fileId + "\">протокол № " + fileId + "</a>" + file.map(f -> " от "
                + RussianFormat.dateTime(f.receivedAt(), clock.getZone())).orElse("");
    }

    private static String schoolCell(School school) {
        return "<th scope=row>" + Html.escape(school.shortName()) + " <small>" + Html.escape(school.login()) + "</small></th>";
    }

    private static String name(Reference reference, String login) {
        return reference.school(login).map(School::shortName).orElse(login);
    }

    private static String period(Reference reference) {
        int year = reference.campaignYear();
        return reference.requisites().optionalPeriodEnd()
                .map(end -> "с 01.01." + year + " по " + RussianFormat.date(end) + " (период проведения ВПР)")
                .orElse("в " + year + " году (дата окончания периода на листе «Реквизиты» не указана)");
    }
}
