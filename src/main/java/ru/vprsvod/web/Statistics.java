package ru.vprsvod.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.vprsvod.chart.Charts;
import ru.vprsvod.chart.Png;
import ru.vprsvod.consolidation.Campaign;
import ru.vprsvod.consolidation.Consolidator;
import ru.vprsvod.consolidation.SchoolResult;
import ru.vprsvod.consolidation.WorkResults;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.ReferenceSource;
import ru.vprsvod.reference.Work;
import ru.vprsvod.statistics.JournalComparison;
import ru.vprsvod.statistics.Percent;
import ru.vprsvod.statistics.TaskResult;
import ru.vprsvod.statistics.WorkStats;

/**
 * FIS OKO's figures per work: every school and the district, the comparison with journal marks, and the two
 * charts drawn on the server (the same {@link Charts} the documents use), served as PNG by their own routes.
 */
final class Statistics {

    private final ReferenceSource references;
    private final Consolidator consolidator;
    private final Dashboard dashboard;
    private final Page page;
    private final java.nio.file.Path temporaryRoot;

    Statistics(ReferenceSource references, Consolidator consolidator, Dashboard dashboard, Page page,
               java.nio.file.Path temporaryRoot) {
        this.references = references;
        this.consolidator = consolidator;
        this.dashboard = dashboard;
        this.page = page;
        this.temporaryRoot = temporaryRoot;
    }

    /** GET /stats.xlsx?year=: the year's table of works as a workbook. */
    void worksSheet(Context ctx) {
        Reference reference = reference();
        int year = dashboard.year(ctx, reference);
        Downloads.bytes(ctx, "Статистика ВПР " + year + ".xlsx",
                StatisticsSheet.overview(year, consolidator.campaign(year, reference).works(), temporaryRoot));
    }

    /** GET /stats/work.xlsx?year=&subject=&grade=: the work's tables as a workbook. */
    void workSheet(Context ctx) {
        WorkResults w = results(ctx);
        Work work = w.spec().work();
        Downloads.bytes(ctx, "Статистика ВПР " + work.year() + " — " + work.subject() + ", " + work.grade() + " класс.xlsx",
                StatisticsSheet.of(w, temporaryRoot));
    }

    static String link(Work w) {
        return "/stats/work?" + query(w);
    }

    static String query(Work w) {
        return "year=" + w.year() + "&amp;subject=" + Html.url(w.subject()) + "&amp;grade=" + w.grade();
    }

    void works(Context ctx) {
        Reference reference = reference();
        int year = dashboard.year(ctx, reference);
        Campaign campaign = consolidator.campaign(year, reference);
        StringBuilder b = new StringBuilder(dashboard.yearLinks(reference, year, "/stats?year="));
        b.append("<p><a class=button href=\"/stats.xlsx?year=").append(year).append("\">Скачать таблицу (.xlsx)</a></p>");
        b.append("<div class=scroll><table class=stats><thead><tr><th scope=col>Работа</th><th scope=col>Школ сдали</th><th scope=col>Писали</th>")
                .append("<th scope=col>«2», %</th><th scope=col>«3», %</th><th scope=col>«4», %</th><th scope=col>«5», %</th><th scope=col>Качество, %</th><th scope=col>Успеваемость, %</th>")
                .append("<th scope=col>Средний первичный балл</th></tr></thead><tbody>");
        for (WorkResults w : campaign.works()) {
            WorkStats d = w.district();
            b.append("<tr><td><a href=\"").append(link(w.spec().work())).append("\">").append(Html.escape(w.spec().work().title()))
                    .append("</a></td><td>").append(w.schools().size()).append("</td>");
            figures(b, d, false);
            b.append("</tr>");
        }
        b.append("</tbody></table></div>");
        page.render(ctx, "Статистика ВПР " + year, b.toString());
    }

    void work(Context ctx) {
        WorkResults w = results(ctx);
        Work work = w.spec().work();
        Optional<SchoolResult> chosen = school(ctx, w);
        StringBuilder b = new StringBuilder("<p><a class=button href=\"/stats/work.xlsx?").append(query(work))
                .append("\">Скачать таблицы (.xlsx)</a></p><p>Шкала перевода: ").append(Html.escape(w.spec().scale().describe()))
                .append(". Доли — от писавших работу; «—» — нет участников.</p>");
        b.append("<div class=scroll><table class=stats><thead><tr><th scope=col>Школа</th><th scope=col>По списку</th><th scope=col>Писали</th>")
                .append("<th scope=col>«2», %</th><th scope=col>«3», %</th><th scope=col>«4», %</th><th scope=col>«5», %</th><th scope=col>Качество, %</th><th scope=col>Успеваемость, %</th>")
                .append("<th scope=col>Средний первичный балл</th><th scope=col>Диаграммы</th></tr></thead><tbody>");
        for (SchoolResult r : w.schools()) {
            b.append("<tr><td>").append(Html.escape(r.school().name())).append("</td><td>").append(r.stats().listed()).append("</td>");
            figures(b, r.stats(), false);
            b.append("<td><a href=\"").append(link(work)).append("&amp;school=").append(Html.url(r.school().login()))
                    .append("#charts\">показать</a></td></tr>");
        }
        b.append("<tr class=total><td>Итого по району</td><td>").append(w.district().listed()).append("</td>");
        figures(b, w.district(), true);
        b.append("<td><a href=\"").append(link(work)).append("#charts\">район</a></td></tr></tbody></table></div>");
        if (w.schools().isEmpty()) {
            b.append("<p class=empty>Результатов этой работы пока нет.</p>");
        }

        b.append("<h2>Сравнение с отметками по журналу</h2><div class=scroll><table class=stats><thead><tr><th scope=col>Школа</th>")
                .append("<th scope=col>Сравнено</th><th scope=col>Понизили, %</th><th scope=col>Подтвердили, %</th><th scope=col>Повысили, %</th>")
                .append("<th scope=col>Расхождение на 2 и более</th></tr></thead><tbody>");
        for (SchoolResult r : w.schools()) {
            b.append("<tr><td>").append(Html.escape(r.school().name())).append("</td>");
            journal(b, r.stats().journal());
            b.append("</tr>");
        }
        b.append("<tr class=total><td>Итого по району</td>");
        journal(b, w.district().journal());
        b.append("</tr></tbody></table></div>");

        b.append(tasks(w, chosen));

        String group = chosen.map(r -> r.school().name()).orElse("Итого по району");
        String schoolParam = chosen.map(r -> "&amp;school=" + Html.url(r.school().login())).orElse("");
        b.append("<h2 id=charts>Диаграммы: ").append(Html.escape(group)).append("</h2><div class=charts>")
                .append("<img src=\"/charts/marks.png?").append(query(work)).append(schoolParam)
                .append("\" alt=\"Распределение отметок: ").append(Html.escape(group)).append(chosen.isPresent() ? " и район" : "")
                .append("\" width=640 height=360>")
                .append("<img src=\"/charts/scores.png?").append(query(work)).append(schoolParam)
                .append("\" alt=\"Распределение первичных баллов: ").append(Html.escape(group)).append("\" width=640 height=360></div>");
        page.render(ctx, "ВПР " + work.year() + ": " + work.title(), b.toString());
    }

    /**
     * «Выполнение заданий», as FIS OKO shows it: each task's solve rate in the district (and in the chosen school),
     * and within the groups of participants by their VPR mark — where the «3» group solving as well as the «5»
     * group would show.
     */
    private static String tasks(WorkResults w, Optional<SchoolResult> chosen) {
        List<TaskResult> district = w.district().tasks();
        if (district.isEmpty()) {
            return "<h2 id=tasks>Выполнение заданий</h2><p class=empty>Задания этой работы неизвестны: в справочнике нет"
                    + " листа «Задания» для неё и принятых файлов с заданиями.</p>";
        }
        Map<String, TaskResult> school = new HashMap<>();
        chosen.ifPresent(r -> r.stats().tasks().forEach(t -> school.put(t.task().code(), t)));
        StringBuilder b = new StringBuilder("<h2 id=tasks>Выполнение заданий</h2><p>Решаемость — доля набранных баллов от"
                + " максимально возможных, %; по группам — среди участников района с этой отметкой за работу.</p>")
                .append("<div class=scroll><table class=stats><thead><tr><th scope=col>Задание</th><th scope=col>Уровень</th>")
                .append("<th scope=col>Макс. балл</th>");
        chosen.ifPresent(r -> b.append("<th scope=col>").append(Html.escape(r.school().name())).append(", %</th>"));
        b.append("<th scope=col>Район, %</th>");
        for (int mark = 2; mark <= 5; mark++) {
            b.append("<th scope=col>Группа «").append(mark).append("», %</th>");
        }
        b.append("</tr></thead><tbody>");
        for (TaskResult t : district) {
            b.append("<tr><th scope=row>").append(Html.escape(t.task().code())).append("</th><td>")
                    .append(t.task().level() == null ? "—" : t.task().level().letter()).append("</td><td class=num>")
                    .append(t.task().maxPoints()).append("</td>");
            chosen.ifPresent(r -> b.append("<td class=num>").append(school.containsKey(t.task().code())
                    ? Percent.format(school.get(t.task().code()).solveRate()) : "—").append("</td>"));
            b.append("<td class=num>").append(Percent.format(t.solveRate())).append("</td>");
            for (int mark = 2; mark <= 5; mark++) {
                b.append("<td class=num>").append(Percent.format(t.solveRate(mark))).append("</td>");
            }
            b.append("</tr>");
        }
        return b.append("</tbody></table></div>").toString();
    }

    void marksChart(Context ctx) {
        WorkResults w = results(ctx);
        Optional<SchoolResult> chosen = school(ctx, w);
        Optional<Png> png = chosen.isPresent()
                ? Charts.markDistribution("Распределение отметок", chosen.get().school().name(), chosen.get().stats(), w.district(), 640, 360)
                : Charts.markDistribution("Распределение отметок", "Район", w.district(), null, 640, 360);
        send(ctx, png);
    }

    void scoresChart(Context ctx) {
        WorkResults w = results(ctx);
        WorkStats stats = school(ctx, w).map(SchoolResult::stats).orElse(w.district());
        send(ctx, Charts.scoreHistogram("Распределение первичных баллов", stats, w.spec().scale(), 640, 360));
    }

    private static void send(Context ctx, Optional<Png> png) {
        if (png.isEmpty()) {
            throw new Guard.Refusal(HttpStatus.SERVICE_UNAVAILABLE, "Диаграммы нельзя нарисовать на этом компьютере: нет шрифтов.");
        }
        ctx.contentType("image/png").result(png.get().bytes());
    }

    private WorkResults results(Context ctx) {
        Reference reference = reference();
        try {
            Work work = new Work(Integer.parseInt(ctx.queryParam("year")), String.valueOf(ctx.queryParam("subject")),
                    Integer.parseInt(ctx.queryParam("grade")));
            Optional<WorkResults> results = consolidator.campaign(work.year(), reference).work(work);
            if (results.isPresent()) {
                return results.get();
            }
        } catch (NumberFormatException e) {
            // not found below
        }
        throw new Guard.Refusal(HttpStatus.NOT_FOUND, "Такой работы нет в справочнике.");
    }

    private static Optional<SchoolResult> school(Context ctx, WorkResults w) {
        String login = ctx.queryParam("school");
        if (login == null || login.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(w.schools().stream().filter(r -> r.school().login().equals(login)).findFirst()
                .orElseThrow(() -> new Guard.Refusal(HttpStatus.NOT_FOUND, "У этой школы нет результатов этой работы.")));
    }

    private static void figures(StringBuilder b, WorkStats s, boolean bold) {
        b.append("<td>").append(s.present()).append("</td>");
        for (int mark = 2; mark <= 5; mark++) {
            b.append("<td class=num>").append(Percent.format(s.markPercent(mark))).append("</td>");
        }
        b.append("<td class=num>").append(Percent.format(s.quality())).append("</td><td class=num>")
                .append(Percent.format(s.success())).append("</td><td class=num>").append(Percent.format(s.meanScore())).append("</td>");
    }

    private static void journal(StringBuilder b, JournalComparison j) {
        b.append("<td>").append(j.compared()).append("</td><td class=num>").append(Percent.format(j.loweredPercent()))
                .append("</td><td class=num>").append(Percent.format(j.confirmedPercent())).append("</td><td class=num>")
                .append(Percent.format(j.raisedPercent())).append("</td><td>").append(j.differByTwoOrMore()).append("</td>");
    }

    private Reference reference() {
        return references.current().orElseThrow(() -> new Guard.Refusal(HttpStatus.SERVICE_UNAVAILABLE,
                "Справочник управления образования не загружен."));
    }
}
