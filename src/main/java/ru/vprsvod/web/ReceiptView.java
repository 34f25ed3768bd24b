package ru.vprsvod.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.vprsvod.consolidation.ReceivedFile;
import ru.vprsvod.consolidation.StoredObserverReport;
import ru.vprsvod.consolidation.StoredSchedule;
import ru.vprsvod.consolidation.StoredSubmission;
import ru.vprsvod.russian.RussianFormat;
import ru.vprsvod.submission.Status;
import ru.vprsvod.workbook.Problem;

/** A received file's receipt as HTML: the verdict, the data taken, and every problem in a table. */
final class ReceiptView {

    private ReceiptView() {
    }

    static String statusClass(Status status) {
        return switch (status) {
            case ACCEPTED -> "ok";
            case ACCEPTED_WITH_WARNINGS -> "warn";
            case REJECTED -> "bad";
            case DUPLICATE -> "info";
        };
    }

    static String badge(Status status) {
        return "<span class=\"badge " + statusClass(status) + "\">" + Html.escape(status.label()) + "</span>";
    }

    /**
     * @param inForce for a rejected file: the school's accepted data of the same works that still count (with the
     *                files they came from), as the text receipt says too
     */
    static String html(ReceivedFile f, List<StoredSubmission> brought, Map<StoredSubmission, ReceivedFile> inForce,
                       String schoolLabel, ZoneId zone) {
        return html(f, brought, inForce, Optional.empty(), Optional.empty(), schoolLabel, zone);
    }

    /**
     * A school's «График» among its others: the schedule it superseded, or (rejected) the one that stays in force,
     * each with the file it came from.
     */
    record Schedule(StoredSchedule schedule, Optional<ReceivedFile> superseded, Optional<ReceivedFile> stays) {
    }

    static String html(ReceivedFile f, List<StoredSubmission> brought, Map<StoredSubmission, ReceivedFile> inForce,
                       Optional<Schedule> schedule, Optional<StoredObserverReport> observerReport, String schoolLabel,
                       ZoneId zone) {
        StringBuilder b = new StringBuilder("<section class=receipt id=\"file-").append(f.id()).append("\">");
        b.append("<h2>Протокол № ").append(f.id()).append(" — ").append(Html.escape(f.originalName())).append("</h2>");
        b.append("<p class=\"verdict ").append(statusClass(f.status())).append("\">Результат: <strong>")
                .append(Html.escape(f.status().label())).append("</strong>");
        b.append(switch (f.status()) {
            case ACCEPTED -> ". Замечаний нет, данные учтены.";
            case ACCEPTED_WITH_WARNINGS -> ". Данные учтены, но проверьте замечания ниже.";
            case REJECTED -> ". Данные не учтены: исправьте ошибки и отправьте файл заново.";
            case DUPLICATE -> ". Этот файл уже учтён: он и сейчас действует, повторно данные не учитываются.";
        }).append("</p>");
        b.append("<dl class=facts><dt>Получен</dt><dd>").append(RussianFormat.dateTime(f.receivedAt(), zone))
                .append(f.source().equals("веб") ? " через веб-форму" : " через общую папку").append("</dd><dt>Школа</dt><dd>")
                .append(Html.escape(f.school().isEmpty() ? "не определена" : schoolLabel)).append("</dd>");
        schedule.ifPresent(v -> {
            b.append("<dt>Вид</dt><dd>график проведения ВПР ").append(v.schedule().year()).append("</dd>");
            if (v.schedule().accepted()) {
                b.append("<dt>Принятый график</dt><dd><ul>");
                v.schedule().sittings().forEach(s -> b.append("<li>").append(RussianFormat.date(s.date())).append(" — ")
                        .append(Html.escape(s.work().title())).append(s.classes().isEmpty() ? ""
                                : ": " + Html.escape(String.join(", ", s.classes()))).append("</li>"));
                b.append("</ul>");
                v.superseded().ifPresent(r -> b.append("<p>Заменяет график из файла «").append(Html.escape(r.originalName()))
                        .append("», принятого ").append(RussianFormat.dateTime(r.receivedAt(), zone)).append(" (")
                        .append(link(r)).append("); прежний файл сохранён в архиве.</p>"));
                b.append("</dd>");
            }
        });
        observerReport.ifPresent(r -> {
            b.append("<dt>Вид</dt><dd>отчёт общественного наблюдателя о проведении ВПР ").append(r.year())
                    .append(r.date() == null ? "" : ", " + RussianFormat.date(r.date())).append("</dd>");
            if (!r.observer().isEmpty()) {
                b.append("<dt>Наблюдатель</dt><dd>").append(Html.escape(r.observer())).append("</dd>");
            }
            if (r.accepted()) {
                b.append("<dt>По отчёту</dt><dd>");
                if (r.violations().isEmpty()) {
                    b.append("нарушений порядка проведения ВПР не выявлено");
                } else {
                    b.append("<ul>");
                    r.violations().forEach(v -> b.append("<li>").append(Html.escape(v)).append("</li>"));
                    b.append("</ul>");
                }
                if (!r.remarks().isEmpty()) {
                    b.append("<p>Замечания наблюдателя: ").append(Html.escape(r.remarks())).append("</p>");
                }
                b.append("</dd>");
            }
        });
        if (!brought.isEmpty()) {
            b.append("<dt>Принятые данные</dt><dd><ul>");
            for (StoredSubmission s : brought) {
                b.append("<li>").append(Html.escape(s.work().titleWithYear())).append(": ")
                        .append(RussianFormat.count(s.participants(), "строка", "строки", "строк")).append(" участников")
                        .append(s.current() ? "" : " (позже заменены повторной отправкой)").append("</li>");
            }
            b.append("</ul></dd>");
        }
        b.append("</dl>");
        List<Problem> errors = f.problems().stream().filter(Problem::isError).toList();
        List<Problem> warnings = f.problems().stream().filter(p -> !p.isError()).toList();
        if (!errors.isEmpty()) {
            b.append("<h3 class=bad>Ошибки (").append(errors.size()).append(") — файл не принят. Исправьте их и отправьте файл заново</h3>");
            table(b, errors);
        }
        if (f.status() == Status.REJECTED) {
            inForce.forEach((s, from) -> b.append("<p class=notice>В силе остаются данные по работе «")
                    .append(Html.escape(s.work().titleWithYear())).append("», принятые ")
                    .append(RussianFormat.dateTime(from.receivedAt(), zone)).append(" из файла «")
                    .append(Html.escape(from.originalName())).append("» (<a href=\"/files/").append(from.id()).append("\">протокол № ")
                    .append(from.id()).append("</a>): они учитываются в статистике, пока исправленный файл не будет принят.</p>"));
        }
        schedule.filter(v -> !v.schedule().accepted()).ifPresent(v -> b.append("<p class=notice>").append(v.stays()
                .map(r -> "В силе остаётся график, принятый " + RussianFormat.dateTime(r.receivedAt(), zone) + " из файла «"
                        + Html.escape(r.originalName()) + "» (" + link(r) + "): его даты действуют, пока исправленный файл"
                        + " не будет принят.")
                .orElse("Принятого графика школы пока нет.")).append("</p>"));
        if (!warnings.isEmpty()) {
            b.append("<h3 class=warn>Замечания (").append(warnings.size()).append(")")
                    .append(f.status().accepted() ? " — файл принят, но проверьте" : "").append("</h3>");
            table(b, warnings);
        }
        if (f.omittedProblems() > 0) {
            b.append("<p>…и ещё ").append(f.omittedProblems())
                    .append(" замечаний того же рода не показаны: исправьте показанные и отправьте файл заново.</p>");
        }
        b.append("<p class=actions><a class=button href=\"/files/").append(f.id()).append("/receipt\">Скачать протокол (.txt)</a> ")
                .append("<a href=\"/files/").append(f.id()).append("\">Постоянная ссылка на этот протокол</a></p></section>");
        return b.toString();
    }

    private static String link(ReceivedFile f) {
        return "<a href=\"/files/" + f.id() + "\">протокол № " + f.id() + "</a>";
    }

    private static void table(StringBuilder b, List<Problem> problems) {
        b.append("<div class=scroll><table class=problems><thead><tr><th scope=col>№</th><th scope=col>Лист</th><th scope=col>Ячейка</th><th scope=col>Что не так</th>")
                .append("<th scope=col>Найдено</th><th scope=col>Ожидается</th></tr></thead><tbody>");
        int n = 1;
        for (Problem p : problems) {
            b.append("<tr><td>").append(n++).append("</td><td>").append(Html.escape(p.sheet())).append("</td><td>")
                    .append(Html.escape(p.cell())).append("</td><td>").append(Html.escape(p.message())).append("</td><td>")
                    .append(Html.escape(p.found())).append("</td><td>").append(Html.escape(p.expected())).append("</td></tr>");
        }
        b.append("</tbody></table></div>");
    }
}
