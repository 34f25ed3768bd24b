package ru.vprsvod.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.vprsvod.checks.Findings;
import ru.vprsvod.checks.Flag;
import ru.vprsvod.checks.IndexPoint;
import ru.vprsvod.checks.LatestFindings;
import ru.vprsvod.checks.RecheckSelection;
import ru.vprsvod.checks.RecommendedSchool;
import ru.vprsvod.checks.Rule;
import ru.vprsvod.checks.SchoolFindings;
import ru.vprsvod.checks.SelectedWork;
import ru.vprsvod.checks.Skip;
import ru.vprsvod.checks.WorkFindings;
import ru.vprsvod.checks.YearFindings;
import ru.vprsvod.recheck.RecheckComparison;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.ReferenceSource;
import ru.vprsvod.report.JsonReport;
import ru.vprsvod.russian.RussianFormat;
import ru.vprsvod.statistics.Percent;

/**
 * Signs of non-objectivity for a year: the risk group and why, the schools per rule, every flag with its own
 * explanation and every check that could not be made, the index over the years, the re-check selection and the
 * results of re-checks. The wording is the checks' own: signs to be analysed, never proof.
 */
final class Objectivity {

    private final ReferenceSource references;
    private final LatestFindings latest;
    private final Dashboard dashboard;
    private final Page page;

    Objectivity(ReferenceSource references, LatestFindings latest, Dashboard dashboard, Page page) {
        this.references = references;
        this.latest = latest;
        this.dashboard = dashboard;
        this.page = page;
    }

    void page(Context ctx) {
        Reference reference = Guard.reference(references);
        int year = dashboard.year(ctx, reference);
        Findings findings = latest.get(reference, references.fingerprint());
        StringBuilder b = new StringBuilder(dashboard.yearLinks(reference, year, "/objectivity?year="));
        b.append("<p>Признак — повод для анализа, а не доказательство необъективности. Пороги и их источники — на листе"
                + " «Правила» справочника (<a href=\"/templates\">Справочник и шаблоны</a>); чего нет на листе, берётся"
                + " по умолчанию.</p>");
        Optional<YearFindings> found = findings.year(year);
        if (found.isEmpty() || found.get().schools().isEmpty()) {
            b.append("<p>За ").append(year).append(" год результатов пока нет.</p>");
            page.render(ctx, "Признаки необъективности, ВПР " + year, b.toString());
            return;
        }
        YearFindings y = found.get();
        for (Skip k : y.skipped()) {
            b.append("<p class=muted>Признак ").append(k.rule().name()).append(": ").append(Html.escape(k.reason())).append(".</p>");
        }
        riskGroup(b, y);
        recommended(b, y);
        byRule(b, y);
        schools(b, y);
        notChecked(b, y);
        history(b, findings, y);
        if (findings.recheck().year() == year) {
            recheck(b, findings.recheck());
            results(b, findings.recheckResults());
        }
        page.render(ctx, "Признаки необъективности, ВПР " + year, b.toString());
    }

    /** The objectivity section of report.json for the data as it is now. */
    void api(Context ctx) {
        Reference reference = Guard.reference(references);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            JsonReport.writeObjectivity(out, latest.get(reference, references.fingerprint()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.contentType("application/json; charset=utf-8").result(out.toByteArray());
    }

    private static void riskGroup(StringBuilder b, YearFindings y) {
        List<SchoolFindings> group = y.riskGroup();
        b.append("<h2>Группа риска: ").append(RussianFormat.count(group.size(), "школа", "школы", "школ")).append("</h2>");
        if (group.isEmpty()) {
            b.append("<p>Ни одна школа не входит в группу риска.</p>");
            return;
        }
        b.append("<div class=scroll><table id=risk-group><thead><tr><th scope=col>Школа</th><th scope=col>Индекс</th><th scope=col>Почему</th></tr></thead><tbody>");
        for (SchoolFindings s : group) {
            b.append("<tr><td><a href=\"#s-").append(Html.escape(s.school().login())).append("\">")
                    .append(Html.escape(s.school().name())).append("</a></td><td>").append(number(s.index())).append("</td><td>")
                    .append(Html.escape(String.join("; ", s.riskReasons()))).append("</td></tr>");
        }
        b.append("</tbody></table></div>");
    }

    /** Schools outside the risk group with other signs: not re-checked unless the department decides so. */
    private static void recommended(StringBuilder b, YearFindings y) {
        List<SchoolFindings> schools = y.recommended();
        if (schools.isEmpty()) {
            return;
        }
        b.append("<h2>Рекомендуется включить в перепроверку: ").append(RussianFormat.count(schools.size(), "школа", "школы", "школ"))
                .append("</h2><p>Эти школы не входят в группу риска, но у них есть другие признаки. Чтобы включать такие школы"
                        + " в перепроверку всегда, добавьте буквы признаков в параметр «включать при признаках» листа «Правила».</p>")
                .append("<div class=scroll><table id=recommended><thead><tr><th scope=col>Школа</th><th scope=col>Индекс</th><th scope=col>Почему</th></tr>")
                .append("</thead><tbody>");
        for (SchoolFindings s : schools) {
            b.append("<tr><td><a href=\"#s-").append(Html.escape(s.school().login())).append("\">")
                    .append(Html.escape(s.school().name())).append("</a></td><td>").append(number(s.index())).append("</td><td>")
                    .append(Html.escape(String.join("; ", s.recommendReasons()))).append("</td></tr>");
        }
        b.append("</tbody></table></div>");
    }

    private static void byRule(StringBuilder b, YearFindings y) {
        b.append("<h2>Школы по признакам</h2><table><thead><tr><th scope=col>Признак</th><th scope=col>Школ</th><th scope=col>Школы</th></tr></thead><tbody>");
        for (Rule rule : Rule.values()) {
            List<SchoolFindings> flagged = y.flaggedBy(rule);
            b.append("<tr><td>").append(rule.name()).append(". ").append(Html.escape(rule.title())).append("</td><td>")
                    .append(flagged.size()).append("</td><td>")
                    .append(Html.escape(String.join(", ", flagged.stream().map(s -> s.school().name()).toList())))
                    .append("</td></tr>");
        }
        b.append("</tbody></table>");
    }

    private static void schools(StringBuilder b, YearFindings y) {
        b.append("<h2>По школам</h2>");
        for (SchoolFindings s : y.schools()) {
            b.append("<details id=\"s-").append(Html.escape(s.school().login())).append('"').append(s.flagged() ? " open" : "")
                    .append("><summary>").append(Html.escape(s.school().name())).append(" — ")
                    .append(s.flagged() ? "индекс " + number(s.index()) + (s.riskGroup() ? ", группа риска"
                            : s.recheckRecommended() ? ", рекомендуется включить в перепроверку" : "") : "признаков нет")
                    .append("</summary>");
            flags(b, "Школа в целом", s.schoolFlags());
            for (WorkFindings w : s.works()) {
                flags(b, w.work().title(), w.flags());
            }
            b.append("</details>");
        }
    }

    private static void flags(StringBuilder b, String title, List<Flag> flags) {
        if (flags.isEmpty()) {
            return;
        }
        b.append("<h3>").append(Html.escape(title)).append("</h3><ul>");
        for (Flag f : flags) {
            // The sentence a head reads first; the figures and thresholds behind it one click away.
            b.append("<li class=bad><strong>").append(f.rule().name()).append(".</strong> ").append(Html.escape(f.text()));
            if (!f.details().isEmpty() || !f.thresholds().isEmpty()) {
                b.append("<details class=figures><summary>цифры и пороги</summary>");
                if (!f.details().isEmpty()) {
                    b.append("<p>").append(Html.escape(String.join("; ", f.details()))).append("</p>");
                }
                if (!f.thresholds().isEmpty()) {
                    b.append("<p class=muted>Пороги: ").append(Html.escape(String.join("; ",
                            f.thresholds().stream().map(Objectivity::threshold).toList()))).append("</p>");
                }
                b.append("</details>");
            }
            b.append("</li>");
        }
        b.append("</ul>");
    }

    /**
     * What could not be checked, said once for the year: each rule and reason with how many works it concerns and
     * where, instead of a «не проверялось» line under every work.
     */
    private static void notChecked(StringBuilder b, YearFindings y) {
        Map<String, List<String>> where = new LinkedHashMap<>();
        for (SchoolFindings s : y.schools()) {
            for (Skip k : s.schoolSkips()) {
                where.computeIfAbsent(k.rule().name() + "|" + k.reason(), key -> new ArrayList<>()).add(s.school().name());
            }
            for (WorkFindings w : s.works()) {
                for (Skip k : w.skipped()) {
                    where.computeIfAbsent(k.rule().name() + "|" + k.reason(), key -> new ArrayList<>())
                            .add(s.school().name() + " — " + w.work().title());
                }
            }
        }
        if (where.isEmpty()) {
            return;
        }
        b.append("<h2>Что не проверялось</h2><ul class=not-checked>");
        where.forEach((key, places) -> {
            String[] parts = key.split("\\|", 2);
            b.append("<li>").append(parts[0]).append(": ").append(Html.escape(parts[1])).append(" — ")
                    .append(RussianFormat.count(places.size(), "случай", "случая", "случаев"))
                    .append("<details><summary>где</summary><ul>");
            places.forEach(p -> b.append("<li>").append(Html.escape(p)).append("</li>"));
            b.append("</ul></details></li>");
        });
        b.append("</ul>");
    }

    private static void history(StringBuilder b, Findings findings, YearFindings y) {
        List<Integer> years = findings.years().stream().map(YearFindings::year).sorted().toList();
        if (years.size() < 2) {
            return;
        }
        b.append("<h2>Индекс по годам</h2><div class=scroll><table><thead><tr><th scope=col>Школа</th>");
        years.forEach(year -> b.append("<th scope=col>").append(year).append("</th>"));
        b.append("</tr></thead><tbody>");
        for (SchoolFindings s : y.schools()) {
            Map<Integer, IndexPoint> byYear = new java.util.HashMap<>();
            findings.history(s.school().login()).forEach(p -> byYear.put(p.year(), p));
            b.append("<tr><td>").append(Html.escape(s.school().name())).append("</td>");
            for (int year : years) {
                IndexPoint p = byYear.get(year);
                b.append("<td>").append(p == null ? "—" : number(p.index()) + (p.riskGroup() ? " (группа риска)" : "")).append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</tbody></table></div>");
    }

    private static void recheck(StringBuilder b, RecheckSelection r) {
        b.append("<h2>Перепроверка ").append(r.year()).append("</h2><p>Отобрано ")
                .append(RussianFormat.count(r.works().size(), "работа", "работы", "работ")).append(" при необходимых ")
                .append(r.required()).append(" (из ").append(r.districtWorks()).append(" работ района). Начальное число выборки: ")
                .append(r.seed()).append(" (").append(Html.escape(r.seedOrigin())).append("). ");
        r.optionalDeadline().ifPresent(d -> b.append("Срок перепроверки — до ").append(RussianFormat.date(d)).append(". "));
        r.optionalKeepUntil().ifPresent(d -> b.append("Работы хранить до ").append(RussianFormat.date(d)).append('.'));
        b.append("</p>");
        r.notes().forEach(n -> b.append("<p class=muted>").append(Html.escape(n)).append("</p>"));
        for (RecommendedSchool s : r.recommended()) {
            b.append("<p>Рекомендуется включить: ").append(Html.escape(s.school().name())).append(" — ")
                    .append(Html.escape(String.join("; ", s.reasons())));
            if (s.boundaryWorks() > 0) {
                b.append(" (работ с баллом на границе отметки в работах с признаками — ").append(s.boundaryWorks()).append(')');
            }
            b.append(".</p>");
        }
        if (r.works().isEmpty()) {
            return;
        }
        b.append("<div class=scroll><table><thead><tr><th scope=col>Школа</th><th scope=col>Работа</th><th scope=col>Код</th><th scope=col>Класс</th><th scope=col>Балл</th>")
                .append("<th scope=col>Отметка</th><th scope=col>Почему отобрана</th></tr></thead><tbody>");
        for (SelectedWork w : r.works()) {
            b.append("<tr><td>").append(Html.escape(w.school().name())).append("</td><td>").append(Html.escape(w.work().title()))
                    .append("</td><td>").append(Html.escape(w.code())).append("</td><td>").append(Html.escape(w.className()))
                    .append("</td><td>").append(w.primaryScore()).append("</td><td>").append(w.mark()).append("</td><td>")
                    .append(Html.escape(w.why())).append("</td></tr>");
        }
        b.append("</tbody></table></div>");
    }

    private static void results(StringBuilder b, RecheckComparison c) {
        if (c.works().isEmpty()) {
            return;
        }
        b.append("<h2>Результаты перепроверки</h2><p>Перепроверено ")
                .append(RussianFormat.count(c.works().size(), "работа", "работы", "работ")).append(": балл изменён в ")
                .append(c.changedScores()).append(", отметка — в ").append(c.changedMarks()).append(" (понижена — ")
                .append(c.lowered()).append(", повышена — ").append(c.raised()).append("); отметка подтвердилась у ")
                .append(Percent.format(c.heldPercent())).append(" % работ.</p>");
        c.notes().forEach(n -> b.append("<p class=muted>").append(Html.escape(n)).append("</p>"));
        b.append("<p><a href=\"/recheck\">Итоги перепроверки по школам</a> — то, что видит каждая школа.</p>");
    }

    /** «доля не подтвердивших отметку по журналу, больше — 50 %» (sources are on the «Правила» sheet). */
    private static String threshold(ru.vprsvod.reference.Setting s) {
        String v = s.value().isBlank() ? "—" : s.value().strip().replace('.', ',');
        return s.parameter().label() + " — " + switch (s.parameter().unit()) {
            case PERCENT -> v + "\u00a0%";
            case POINTS -> v + "\u00a0п.\u00a0п.";
            case SWITCH -> s.on() ? "да" : "нет";
            default -> v;
        };
    }

    private static String number(java.math.BigDecimal n) {
        return n.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
