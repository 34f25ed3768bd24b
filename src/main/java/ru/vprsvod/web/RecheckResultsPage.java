package ru.vprsvod.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import ru.vprsvod.checks.LatestFindings;
import ru.vprsvod.publishing.Outbox;
import ru.vprsvod.publishing.OutboxNames;
import ru.vprsvod.recheck.RecheckComparison;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.ReferenceSource;
import ru.vprsvod.reference.School;
import ru.vprsvod.report.RecheckResultsBook;
import ru.vprsvod.russian.RussianFormat;

/**
 * «Итоги перепроверки»: the municipal re-check's results sent back (Порядок, п. 6.11). A clerk sees their own
 * school's works only — which changed, by how much, whether the mark held — and downloads the same workbook the
 * outbox holds in the school's folder; the coordinator sees the summary by school and any school's part.
 */
final class RecheckResultsPage {

    private final ReferenceSource references;
    private final LatestFindings latest;
    private final Outbox outbox;
    private final Page page;

    RecheckResultsPage(ReferenceSource references, LatestFindings latest, Outbox outbox, Page page) {
        this.references = references;
        this.latest = latest;
        this.outbox = outbox;
        this.page = page;
    }

    private Reference reference() {
        return Guard.reference(references);
    }

    /** The school the page is about: a clerk's own (whatever the address says), or the coordinator's choice. */
    private static Optional<String> school(Context ctx) {
        Session session = Guard.session(ctx);
        if (!session.isCoordinator()) {
            return Optional.of(session.school());
        }
        String chosen = ctx.queryParam("school");
        return chosen == null || chosen.isBlank() ? Optional.empty() : Optional.of(chosen.strip());
    }

    void page(Context ctx) {
        Reference reference = reference();
        int year = reference.campaignYear();
        RecheckComparison all = latest.get(reference, references.fingerprint()).recheckResults();
        Optional<String> login = school(ctx);
        StringBuilder b = new StringBuilder();
        String title = "Итоги перепроверки, ВПР " + year;
        if (login.isEmpty()) {
            coordinatorSummary(b, all, reference);
            page.render(ctx, title, b.toString());
            return;
        }
        Optional<School> school = reference.schools().stream().filter(s -> s.login().equalsIgnoreCase(login.get())).findFirst();
        if (school.isEmpty()) {
            throw new Guard.Refusal(HttpStatus.NOT_FOUND, "Нет такой школы в справочнике.");
        }
        RecheckComparison part = all.ofSchool(school.get().login());
        if (Guard.session(ctx).isCoordinator()) {
            b.append("<p><a href=\"/recheck\">← Все школы</a></p>");
        }
        b.append("<p class=lead>").append(Html.escape(school.get().name())).append("</p>");
        if (part.works().isEmpty()) {
            b.append("<p>Протоколов муниципальной перепроверки работ ").append(year).append(" года по работам")
                    .append(" школы пока нет. Когда предметная комиссия перепроверит работы, здесь появится, какие работы")
                    .append(" изменились, на сколько баллов и подтвердилась ли отметка.</p>");
            page.render(ctx, title, b.toString());
            return;
        }
        b.append("<p>").append(Html.escape(RecheckResultsBook.totals(part))).append("</p>");
        if (Files.isRegularFile(outbox.resolve(OutboxNames.schoolRecheckResults(year, school.get().login())))) {
            b.append("<p><a href=\"/recheck.xlsx").append(Guard.session(ctx).isCoordinator() ? "?school="
                    + Html.url(school.get().login()) : "").append("\">Скачать таблицу (.xlsx)</a></p>");
        }
        part.notes().forEach(n -> b.append("<p class=muted>Примечание: ").append(Html.escape(n)).append(".</p>"));
        b.append("<div class=scroll><table><thead><tr><th scope=col>Работа</th><th scope=col>Код участника</th>")
                .append("<th scope=col>Балл школы</th><th scope=col>Балл комиссии</th><th scope=col>Разница</th>")
                .append("<th scope=col>Отметка школы</th><th scope=col>Отметка комиссии</th><th scope=col>Отметка</th>")
                .append("<th scope=col>Задания с другим баллом</th></tr></thead><tbody>");
        for (RecheckComparison.Compared w : part.works()) {
            b.append("<tr><td>").append(Html.escape(w.work().title())).append("</td><td>").append(Html.escape(w.code()))
                    .append("</td><td>").append(w.scoreBefore()).append("</td><td>").append(w.scoreAfter()).append("</td><td>")
                    .append(RecheckResultsBook.signed(w.scoreAfter() - w.scoreBefore())).append("</td><td>").append(w.markBefore())
                    .append("</td><td>").append(w.markAfter()).append("</td><td>").append(RecheckResultsBook.held(w))
                    .append("</td><td>").append(w.changedTasks().isEmpty() ? "—" : Html.escape(String.join(", ", w.changedTasks())))
                    .append("</td></tr>");
        }
        b.append("</tbody></table></div>");
        page.render(ctx, title, b.toString());
    }

    private static void coordinatorSummary(StringBuilder b, RecheckComparison all, Reference reference) {
        if (all.works().isEmpty() && all.notes().isEmpty()) {
            b.append("<p>Протоколов перепроверки пока нет: положите книгу протокола во входящие или загрузите её на"
                    + " странице «Загрузить».</p>");
            return;
        }
        b.append("<p>").append(Html.escape(RecheckResultsBook.totals(all))).append(" Каждая школа видит свою часть на этой")
                .append(" странице под своей учётной записью и получает таблицу в своей папке исходящих; сводка по школам —")
                .append(" лист «Итоги перепроверки по школам» сводной таблицы.</p>");
        all.notes().forEach(n -> b.append("<p class=muted>Примечание: ").append(Html.escape(n)).append(".</p>"));
        b.append("<div class=scroll><table><thead><tr><th scope=col>Школа</th><th scope=col>Перепроверено</th>")
                .append("<th scope=col>Изменены баллы</th><th scope=col>Изменены отметки</th><th scope=col>Понижены</th>")
                .append("<th scope=col>Повышены</th><th scope=col>Отметка подтверждена</th></tr></thead><tbody>");
        for (String login : all.schools()) {
            RecheckComparison c = all.ofSchool(login);
            String name = reference.schools().stream().filter(s -> s.login().equalsIgnoreCase(login)).map(School::name)
                    .findFirst().orElse(login);
            b.append("<tr><th scope=row><a href=\"/recheck?school=").append(Html.url(login)).append("\">").append(Html.escape(name))
                    .append("</a></th><td>").append(c.works().size()).append("</td><td>").append(c.changedScores())
                    .append("</td><td>").append(c.changedMarks()).append("</td><td>").append(c.lowered()).append("</td><td>")
                    .append(c.raised()).append("</td><td>").append(RussianFormat.decimal1(ru.vprsvod.statistics.Percent.round1(
                            c.heldPercent()))).append("\u00a0%</td></tr>");
        }
        b.append("</tbody></table></div>");
    }

    /** GET /recheck.xlsx: the school's own workbook from its outbox folder (a clerk: only their own). */
    void download(Context ctx) {
        Reference reference = reference();
        String login = school(ctx).orElseThrow(() -> new Guard.Refusal(HttpStatus.NOT_FOUND, "Нет такого файла."));
        Path file = outbox.resolve(OutboxNames.schoolRecheckResults(reference.campaignYear(),
                reference.schools().stream().map(School::login).filter(l -> l.equalsIgnoreCase(login)).findFirst()
                        .orElseThrow(() -> new Guard.Refusal(HttpStatus.NOT_FOUND, "Нет такого файла."))));
        if (!Files.isRegularFile(file)) {
            throw new Guard.Refusal(HttpStatus.NOT_FOUND, "Нет такого файла.");
        }
        Downloads.file(ctx, file);
    }
}
