package ru.vprsvod.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import ru.vprsvod.chart.Charts;
import ru.vprsvod.chart.Png;
import ru.vprsvod.checks.Findings;
import ru.vprsvod.checks.IndexPoint;
import ru.vprsvod.checks.RecheckSelection;
import ru.vprsvod.checks.Rule;
import ru.vprsvod.checks.SchoolFindings;
import ru.vprsvod.checks.WorkFindings;
import ru.vprsvod.checks.YearFindings;
import ru.vprsvod.consolidation.Campaign;
import ru.vprsvod.consolidation.MissingWork;
import ru.vprsvod.consolidation.SchoolResult;
import ru.vprsvod.consolidation.WorkResults;
import ru.vprsvod.document.Picture;
import ru.vprsvod.recheck.RecheckComparison;
import ru.vprsvod.reference.DocumentKind;
import ru.vprsvod.lowresults.LowResults;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.School;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.russian.RussianFormat;
import ru.vprsvod.reference.Setting;
import ru.vprsvod.reference.Work;

/**
 * The data of the analytical report (аналитическая справка по результатам ВПР): for every work with results, a
 * table of every school and the district with the journal comparison and the signs found, the district's score
 * histogram with the mark boundaries; a section on the signs of non-objectivity — each school's flags with their
 * explanation and thresholds, its mark distribution beside the district's and its own histogram for each work
 * with signs —, the risk group with its history, the re-check and its results, and the rules in force. The
 * template decides the wording.
 */
public final class AnalyticalReport {

    /** The template in the templates folder. */
    public static final String TEMPLATE = "Аналитическая справка.docx";

    /** Chart sizes in pixels: a full-width histogram, and the half-width pair of a school's charts. */
    private static final int WIDE = 1000;
    private static final int WIDE_HEIGHT = 380;
    private static final int HALF = 620;
    private static final int HALF_HEIGHT = 440;

    private AnalyticalReport() {
    }


    /** As {@link #data(Campaign, Campaign, Findings, Reference)} without last year's results. */
    public static Map<String, Object> data(Campaign campaign, Findings findings, Reference reference) {
        return data(campaign, null, findings, reference);
    }

    /**
     * @param previous the campaign a year earlier, for the district's dynamics; null when the program has none
     * @param findings the objectivity findings of every year (the re-check is that of the campaign year)
     */
    public static Map<String, Object> data(Campaign campaign, Campaign previous, Findings findings, Reference reference) {
        Map<String, Object> data = new LinkedHashMap<>();
        int year = campaign.year();
        YearFindings signs = findings.year(year).orElse(null);
        data.put("орган", DocumentData.body(reference.requisites()));
        data.put("документ", DocumentData.registration(reference.registrations().of(DocumentKind.ANALYTICAL_REPORT, year),
                reference.requisites()));
        data.put("год", year);
        data.put("прошлый_год", year - 1);
        data.put("учебный_год", RussianFormat.schoolYear(year + 1));
        data.put("следующий_год", year + 1);
        List<Map<String, Object>> works = new ArrayList<>();
        int participants = 0;
        Set<String> schoolsWithResults = new TreeSet<>();
        for (WorkResults w : campaign.works()) {
            if (w.schools().isEmpty()) {
                continue;
            }
            Work work = w.spec().work();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("название", work.title());
            m.put("предмет", work.subject());
            m.put("класс", work.grade());
            m.put("максимум", w.spec().scale().maxScore());
            m.put("шкала", w.spec().scale().describe());
            List<Map<String, Object>> schools = new ArrayList<>();
            for (SchoolResult r : w.schools()) {
                Map<String, Object> s = DocumentData.figures(r.stats());
                s.put("название", r.school().name());
                s.put("логин", r.school().login());
                s.put("признаки", letters(signs, r.school().login(), work));
                schools.add(s);
                schoolsWithResults.add(r.school().login());
            }
            m.put("школы", schools);
            m.put("район", DocumentData.figures(w.district()));
            m.put("гистограмма", picture(Charts.scoreHistogram(work.title() + ": распределение первичных баллов по району",
                    w.district(), w.spec().scale(), WIDE, WIDE_HEIGHT), "Распределение первичных баллов по району, " + work.title()));
            participants += w.district().present();
            works.add(m);
        }
        data.put("работы", works);
        List<Map<String, Object>> missing = new ArrayList<>();
        for (MissingWork mw : campaign.missing()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("школа", mw.school().name());
            m.put("работы", String.join("; ", mw.works().stream().map(Work::title).toList()));
            missing.add(m);
        }
        data.put("не_сдали", missing);
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("школ", reference.schools().size());
        totals.put("школ_с_результатами", schoolsWithResults.size());
        totals.put("работ_принято", campaign.submissionCount());
        totals.put("работ_не_сдано", campaign.missingCount());
        totals.put("участников", participants);
        data.put("итоги", totals);

        List<List<ReportDynamics.Change>> changes = ReportDynamics.changes(campaign, previous);
        data.put("динамика", ReportDynamics.data(changes));
        boolean previousData = previous != null && previous.works().stream().anyMatch(w -> !w.schools().isEmpty());
        data.put("есть_прошлый_год", previousData);
        data.put("динамика_нет", previousData ? String.join("; ", ReportDynamics.withoutEarlier(campaign, previous)) : "");
        int minimum = findings.rules().count(RuleParameter.MIN_DISTRIBUTION);
        LowResults low = LowResults.of(campaign, findings.rules());
        Map<String, Object> lowData = new LinkedHashMap<>();
        lowData.put("порог", number(low.points().number()));
        lowData.put("минимум", minimum);
        lowData.put("работ", low.minimumWorks());
        lowData.put("правило", low.ruleText());
        lowData.put("школы", ReportDynamics.lowData(low));
        lowData.put("перечень", String.join(", ", low.schools().stream().map(School::name).toList()));
        lowData.put("история", ReportDynamics.lowHistory(findings.lowResults(), year));
        lowData.put("годы_истории", ReportDynamics.lowHistoryYears(findings.lowResults(), year));
        data.put("низкие_результаты", lowData);

        Map<String, Object> objectivity = objectivity(campaign, signs, findings);
        List<Map<String, Object>> skipped = ReportConclusions.skipped(signs);
        objectivity.put("не_проводились", skipped);
        data.put("объективность", objectivity);
        // The road map's events the recommendations point to, by the kind of sign and the risk group.
        data.put("признаки", ObjectivityData.byKind(signs));
        data.put("группа_риска_перечень", String.join(", ", (signs == null ? List.<SchoolFindings>of() : signs.riskGroup())
                .stream().map(s -> s.school().name()).toList()));
        data.put("перепроверка", recheck(year, findings));
        data.put("выводы", ReportConclusions.of(campaign, reference.schools().size(), schoolsWithResults.size(), participants,
                changes, year - 1, previousData, low, signs, skipped, findings.recheck()));
        List<Map<String, Object>> rules = rules(findings);
        data.put("правила", rules);
        return data;
    }

    /** «A, C»: the signs of a school on a work, or empty. */
    private static String letters(YearFindings signs, String login, Work work) {
        if (signs == null) {
            return "";
        }
        return signs.work(login, work).map(w -> String.join(", ", w.markers().stream().map(Rule::name).toList())).orElse("");
    }

    private static Map<String, Object> objectivity(Campaign campaign, YearFindings signs, Findings findings) {
        Map<String, Object> o = new LinkedHashMap<>();
        List<SchoolFindings> flagged = signs == null ? List.of() : signs.schools().stream().filter(SchoolFindings::flagged)
                .sorted(Comparator.comparing(SchoolFindings::index).reversed().thenComparing(s -> s.school().name()))
                .toList();
        o.put("школ_проверено", signs == null ? 0 : signs.schools().size());
        o.put("школ_с_признаками", flagged.size());
        o.put("виды", ObjectivityData.kindList(signs));
        List<Map<String, Object>> schools = new ArrayList<>();
        for (SchoolFindings s : flagged) {
            Map<String, Object> school = ObjectivityData.school(s);
            List<Map<String, Object>> charts = new ArrayList<>();
            for (WorkFindings w : s.works()) {
                if (w.flagged()) {
                    charts(campaign, s, w).ifPresent(charts::add);
                }
            }
            school.put("графики", charts);
            schools.add(school);
        }
        o.put("школы", schools);
        List<Map<String, Object>> group = new ArrayList<>();
        for (SchoolFindings s : signs == null ? List.<SchoolFindings>of() : signs.riskGroup()) {
            Map<String, Object> member = ObjectivityData.school(s);
            List<String> history = new ArrayList<>();
            for (IndexPoint p : findings.history(s.school().login())) {
                history.add(p.year() + " г. — " + number(p.index()) + (p.riskGroup() ? " (группа риска)" : ""));
            }
            member.put("история", String.join("; ", history));
            group.add(member);
        }
        o.put("группа_риска", group);
        // Schools with other signs are shown, not left out silently: including them is the department's decision.
        List<Map<String, Object>> recommended = new ArrayList<>();
        for (SchoolFindings s : signs == null ? List.<SchoolFindings>of() : signs.recommended()) {
            Map<String, Object> school = ObjectivityData.school(s);
            school.put("основания", String.join("; ", s.recommendReasons()));
            recommended.add(school);
        }
        o.put("рекомендуется", recommended);
        return o;
    }

    /** A school's two charts on a work with signs: its marks beside the district's, and its score histogram. */
    private static Optional<Map<String, Object>> charts(Campaign campaign, SchoolFindings s, WorkFindings w) {
        Optional<WorkResults> results = campaign.work(w.work());
        Optional<SchoolResult> result = results.flatMap(r -> r.schools().stream()
                .filter(x -> x.school().login().equalsIgnoreCase(s.school().login())).findFirst());
        if (result.isEmpty()) {
            return Optional.empty();
        }
        String title = w.work().title();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("работа", title);
        m.put("отметки", picture(Charts.markDistribution("Отметки, %", s.school().name(), result.get().stats(),
                results.get().district(), HALF, HALF_HEIGHT), "Распределение отметок: " + s.school().name() + ", " + title));
        m.put("баллы", picture(Charts.scoreHistogram("Первичные баллы, %", result.get().stats(), results.get().spec().scale(),
                HALF, HALF_HEIGHT), "Распределение первичных баллов: " + s.school().name() + ", " + title));
        return Optional.of(m);
    }

    private static Map<String, Object> recheck(int year, Findings findings) {
        RecheckSelection r = findings.recheck();
        boolean ours = r.year() == year;
        Map<String, Object> m = new LinkedHashMap<>();
        // Works are selected for the campaign year only: an earlier year's report must not say none were needed.
        m.put("этот_год", ours);
        m.put("выбрано", ours ? r.works().size() : 0);
        m.put("требуется", ours ? r.required() : 0);
        m.put("работ_в_районе", ours ? r.districtWorks() : 0);
        m.put("школ", ours ? r.works().stream().map(w -> w.school().login()).distinct().count() : 0);
        m.put("срок", ours ? r.deadline() : null);
        m.put("хранить_до", ours ? r.keepUntil() : null);
        RecheckComparison c = findings.recheckResults();
        Map<String, Object> results = new LinkedHashMap<>();
        boolean any = ours && !c.works().isEmpty();
        results.put("работ", any ? c.works().size() : 0);
        results.put("изменены_баллы", any ? c.changedScores() : 0);
        results.put("изменены_отметки", any ? c.changedMarks() : 0);
        results.put("понижены", any ? c.lowered() : 0);
        results.put("повышены", any ? c.raised() : 0);
        results.put("подтверждено", any ? DocumentData.percent(c.heldPercent()) : null);
        results.put("примечания", any ? new ArrayList<>(c.notes()) : new ArrayList<>());
        m.put("результаты", results);
        return m;
    }

    private static List<Map<String, Object>> rules(Findings findings) {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Setting s : findings.rules().all()) {
            if (s.parameter().rule().equals("Комиссия") || s.parameter().rule().equals("Перекрёстная проверка")
                    || s.parameter().rule().equals("Наблюдатели")) {
                continue; // who may sit on a re-check commission or observe is no threshold of the analysis this appendix explains
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("правило", s.parameter().rule());
            m.put("параметр", s.parameter().label() + (s.perWork() ? " (" + s.subject() + (s.grade() == 0 ? "" : ", " + s.grade()
                    + " класс") + ")" : ""));
            m.put("значение", ObjectivityData.value(s));
            m.put("источник", s.source());
            m.put("по_умолчанию", s.byDefault() ? "да" : "нет");
            rules.add(m);
        }
        return rules;
    }

    private static Picture picture(Optional<Png> png, String description) {
        return png.map(p -> new Picture(p.bytes(), p.width(), p.height(), description)).orElse(null);
    }

    private static String number(java.math.BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
