package ru.vprsvod.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.vprsvod.calendar.ObserverDuty;
import ru.vprsvod.consolidation.ResultsStore;
import ru.vprsvod.consolidation.StoredObserverReport;
import ru.vprsvod.observers.Visit;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.ReferenceSource;
import ru.vprsvod.reference.School;
import ru.vprsvod.russian.RussianFormat;

/**
 * The coordinator's «Наблюдатели» page: every school and date of the observers' order as issued, the observer sent
 * there, and the report — received (with what it says went wrong), awaited, or missing after its deadline; the
 * same as JSON ({@code /api/observers}).
 */
final class ObserversPage {

    /** One visit of the order and the report that counts for it (the latest accepted one), if any. */
    record Row(Visit visit, Optional<StoredObserverReport> report) {

        Standing standing(LocalDate today) {
            if (!visit.observed()) {
                return Standing.NO_OBSERVER;
            }
            if (report.isPresent()) {
                return Standing.RECEIVED;
            }
            return today.isAfter(visit.reportDue()) ? Standing.MISSING : Standing.AWAITED;
        }
    }

    enum Standing {
        MISSING("missing", "не получен, срок прошёл"), AWAITED("awaited", "ожидается"), RECEIVED("received", "получен"),
        NO_OBSERVER("noObserver", "наблюдатель не назначен");

        final String key;
        final String label;

        Standing(String key, String label) {
            this.key = key;
            this.label = label;
        }
    }

    private final ReferenceSource references;
    private final ResultsStore store;
    private final Page page;
    private final Clock clock;

    ObserversPage(ReferenceSource references, ResultsStore store, Page page, Clock clock) {
        this.references = references;
        this.store = store;
        this.page = page;
        this.clock = clock;
    }

    private Reference reference() {
        return Guard.reference(references);
    }

    /** The visits of the year's order, each with the report that counts for it. */
    static List<Row> rows(ResultsStore store, int year) {
        Map<String, StoredObserverReport> latest = new LinkedHashMap<>();
        for (StoredObserverReport r : store.observerReports(year)) {
            if (r.accepted() && r.date() != null) {
                latest.put(r.school() + "|" + r.date(), r); // oldest first: the last one put counts
            }
        }
        return store.observerVisits(year).stream()
                .map(v -> new Row(v, Optional.ofNullable(latest.get(v.school() + "|" + v.date())))).toList();
    }

    /** What the calendar needs of the order: who owes which report, and whether it came. */
    static List<ObserverDuty> duties(ResultsStore store, int year, ZoneId zone) {
        return rows(store, year).stream().map(r -> new ObserverDuty(r.visit().school(), r.visit().date(), r.visit().observer(),
                r.report().map(rep -> rep.receivedAt().atZone(zone).toLocalDate()))).toList();
    }

    void page(Context ctx) {
        Reference reference = reference();
        int year = reference.campaignYear();
        LocalDate today = LocalDate.now(clock);
        List<Row> rows = rows(store, year);
        StringBuilder b = new StringBuilder();
        if (rows.isEmpty()) {
            b.append("<p>Приказ об утверждении списка общественных наблюдателей ВПР ").append(year).append(" ещё не"
                    + " сформирован: для него нужны графики проведения ВПР от школ (страница <a href=\"/schedule\">«График»</a>)"
                    + " и лист «Наблюдатели» справочника. Когда они есть, приказ, памятки и бланки отчётов появляются на"
                    + " странице <a href=\"/documents\">«Документы»</a>.</p>");
            page.render(ctx, "Общественные наблюдатели", b.toString());
            return;
        }
        Map<Standing, Long> counts = new LinkedHashMap<>();
        for (Standing s : Standing.values()) {
            counts.put(s, rows.stream().filter(r -> r.standing(today) == s).count());
        }
        long observed = rows.size() - counts.get(Standing.NO_OBSERVER);
        b.append("<p>По приказу об общественных наблюдателях ВПР ").append(year).append(": ")
                .append(RussianFormat.count(rows.size(), "день проведения ВПР в школе", "дня проведения ВПР в школах",
                        "дней проведения ВПР в школах")).append(", наблюдатели назначены на ").append(observed)
                .append(". Отчётов получено: ").append(counts.get(Standing.RECEIVED)).append(" из ").append(observed)
                .append("; не получено после срока: ").append(counts.get(Standing.MISSING)).append("; ожидается: ")
                .append(counts.get(Standing.AWAITED)).append(". Сегодня ").append(RussianFormat.date(today)).append(".</p>");
        b.append("<p>Наблюдатель заполняет бланк отчёта из папки «Общественные наблюдатели ВПР ").append(year)
                .append("» (страница <a href=\"/documents\">«Документы»</a>) и присылает его координатору: файл кладут"
                        + " во входящую папку или загружают на странице <a href=\"/upload\">«Загрузить»</a>. Отчёт"
                        + " принимается, как и результаты, с протоколом проверки.</p>");
        b.append("<table class=observers><thead><tr><th scope=col>Дата</th><th scope=col>Школа</th><th scope=col>Работы</th>"
                + "<th scope=col>Наблюдатель</th><th scope=col>Срок отчёта</th><th scope=col>Отчёт</th></tr></thead><tbody>");
        for (Row r : rows) {
            Standing standing = r.standing(today);
            String school = reference.school(r.visit().school()).map(School::name).orElse(r.visit().school());
            b.append("<tr data-standing=").append(standing.key).append(standing == Standing.MISSING ? " class=overdue" : "")
                    .append("><td>").append(RussianFormat.date(r.visit().date())).append("</td><td>").append(Html.escape(school))
                    .append("</td><td>").append(Html.escape(r.visit().works())).append("</td><td>")
                    .append(r.visit().observed() ? Html.escape(r.visit().observer()) : "—").append("</td><td>")
                    .append(r.visit().observed() ? RussianFormat.date(r.visit().reportDue()) : "").append("</td><td>");
            if (r.report().isPresent()) {
                StoredObserverReport rep = r.report().get();
                LocalDate on = rep.receivedAt().atZone(clock.getZone()).toLocalDate();
                b.append("<a href=\"/files/").append(rep.fileId()).append("\">получен ").append(RussianFormat.date(on))
                        .append("</a>").append(on.isAfter(r.visit().reportDue()) ? " (после срока)" : "");
                if (rep.violations().isEmpty()) {
                    b.append("; нарушений не отмечено");
                } else {
                    b.append("; <b>ответов «нет»: ").append(rep.violations().size()).append("</b><ul>");
                    rep.violations().forEach(v -> b.append("<li>").append(Html.escape(v)).append("</li>"));
                    b.append("</ul>");
                }
                if (!rep.remarks().isEmpty()) {
                    b.append("<br>Замечания: ").append(Html.escape(rep.remarks()));
                }
            } else {
                b.append(Html.escape(standing.label));
            }
            b.append("</td></tr>");
        }
        b.append("</tbody></table>");
        page.render(ctx, "Общественные наблюдатели", b.toString());
    }

    void api(Context ctx) {
        Reference reference = reference();
        LocalDate today = LocalDate.now(clock);
        List<Map<String, Object>> visits = new ArrayList<>();
        for (Row r : rows(store, reference.campaignYear())) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("school", r.visit().school());
            m.put("date", r.visit().date().toString());
            m.put("works", r.visit().works());
            m.put("observer", r.visit().observer());
            m.put("reportDue", r.visit().reportDue().toString());
            m.put("standing", r.standing(today).key);
            r.report().ifPresent(rep -> {
                m.put("reportFile", rep.fileId());
                m.put("receivedAt", rep.receivedAt().toString());
                m.put("violations", rep.violations());
                m.put("remarks", rep.remarks());
            });
            visits.add(m);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", reference.campaignYear());
        body.put("today", today.toString());
        body.put("visits", visits);
        ctx.json(body);
    }
}
