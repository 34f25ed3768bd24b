package ru.vprsvod.report;

import ru.vprsvod.russian.RussianFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import ru.vprsvod.checks.Findings;
import ru.vprsvod.checks.Flag;
import ru.vprsvod.checks.WorkFindings;
import ru.vprsvod.checks.YearFindings;
import ru.vprsvod.consolidation.Campaign;
import ru.vprsvod.consolidation.MissingWork;
import ru.vprsvod.consolidation.ReceivedFile;
import ru.vprsvod.consolidation.SchoolResult;
import ru.vprsvod.consolidation.WorkResults;
import ru.vprsvod.reference.Requisites;
import ru.vprsvod.reference.Scale;
import ru.vprsvod.reference.Task;
import ru.vprsvod.reference.Work;
import ru.vprsvod.statistics.JournalComparison;
import ru.vprsvod.statistics.TaskResult;
import ru.vprsvod.statistics.WorkStats;
import ru.vprsvod.workbook.XlsxBook;
import ru.vprsvod.workbook.XlsxCell;
import ru.vprsvod.workbook.XlsxHeader;
import ru.vprsvod.workbook.XlsxSheet;

/**
 * The consolidated workbook (сводная таблица) of one year: FIS OKO's standard figures per school × work with a
 * district total per work, the primary-score distributions, the tasks' solve rates, who has not submitted what,
 * and the journal of received files. The signs of non-objectivity are highlighted where they show (the share the
 * rule looked at, the score at a boundary with a peak), and listed with their explanations on sheets of their own
 * with the risk group, the index history, the re-check list and the rules in force ({@link ObjectivitySheets}).
 */
public final class ConsolidatedWorkbook {

    static final String DISTRICT = "Итого по району";

    private final Campaign campaign;
    private final List<ReceivedFile> files;
    private final Requisites requisites;
    private final Findings findings;
    private final YearFindings signs;
    private final Instant generatedAt;
    private final ZoneId zone;

    /**
     * @param files    the received files whose data is of this year (and those whose year could not be told, by the
     *                 year they arrived)
     * @param findings the objectivity findings of every year; this book shows its own year's
     */
    public ConsolidatedWorkbook(Campaign campaign, List<ReceivedFile> files, Requisites requisites, Findings findings,
                                Instant generatedAt, ZoneId zone) {
        this.campaign = campaign;
        this.files = List.copyOf(files);
        this.requisites = requisites;
        this.findings = findings;
        this.signs = findings.year(campaign.year()).orElse(new YearFindings(campaign.year(), List.of()));
        this.generatedAt = generatedAt;
        this.zone = zone;
    }


    public void write(OutputStream out, Path temporaryRoot) throws IOException {
        try (XlsxBook book = new XlsxBook(temporaryRoot)) {
            summary(book.sheet("Сводка"));
            distribution(book.sheet("Распределение баллов"));
            tasks(book.sheet("Решаемость заданий"));
            missing(book.sheet("Не сдали"));
            journal(book.sheet("Файлы"));
            LowResultsSheets.write(book, campaign.year(), findings, header());
            new ObjectivitySheets(campaign.year(), signs, findings, header()).write(book);
            book.write(out);
        }
    }

    private void titles(XlsxSheet sheet, String title) {
        header().accept(sheet, title);
    }

    /** The title lines of every sheet: what it is, the year, the department and when it was made. */
    private java.util.function.BiConsumer<XlsxSheet, String> header() {
        return (sheet, title) -> {
            sheet.title(title + ", ВПР " + campaign.year() + " г.");
            sheet.subtitle(requisites.bodyName() + "; сформировано " + RussianFormat.dateTime(generatedAt, zone));
            sheet.skipRows(1);
        };
    }

    private void summary(XlsxSheet sheet) {
        titles(sheet, "Сводные результаты");
        sheet.columns(16, 7, 12, 34, 9, 8, 9, 7, 7, 7, 7, 7, 7, 7, 7, 10, 14, 9, 10, 11, 12, 11, 11, 10);
        sheet.header(XlsxHeader.column("Предмет"), XlsxHeader.column("Класс"), XlsxHeader.column("Логин"),
                XlsxHeader.column("Школа"),
                XlsxHeader.group("Участников", "по списку", "писали", "отсутств."),
                XlsxHeader.group("«2»", "чел.", "%"), XlsxHeader.group("«3»", "чел.", "%"),
                XlsxHeader.group("«4»", "чел.", "%"), XlsxHeader.group("«5»", "чел.", "%"),
                XlsxHeader.column("Качество, %"), XlsxHeader.column("Успеваемость, %"),
                XlsxHeader.column("Средний балл"),
                XlsxHeader.group("Сравнение с отметкой по журналу", "сравнили", "понизили, %", "подтвердили, %",
                        "повысили, %", "разница ≥ 2, чел."),
                XlsxHeader.column("Признаки"));
        sheet.freezeHeader().autoFilter().printLandscapeOnePageWide();
        for (WorkResults w : campaign.works()) {
            Work work = w.spec().work();
            for (SchoolResult r : w.schools()) {
                sheet.row(summaryRow(work, r.school().login(), r.school().name(), r.stats(),
                        signs.work(r.school().login(), work).map(WorkFindings::flags).orElse(List.of())));
            }
            if (!w.schools().isEmpty()) {
                sheet.totalRow(summaryRow(work, "", DISTRICT, w.district(), List.of()));
            }
        }
    }

    /** A summary row; the figure each flag looked at is highlighted, and the flags' letters close the row. */
    private static Object[] summaryRow(Work work, String login, String name, WorkStats s, List<Flag> flags) {
        JournalComparison j = s.journal();
        Object[] row = {work.subject(), work.grade(), login, name, s.listed(), s.present(), s.absent(),
            s.markCount(2), percent(s.markPercent(2)), s.markCount(3), percent(s.markPercent(3)),
            s.markCount(4), percent(s.markPercent(4)), s.markCount(5), percent(s.markPercent(5)),
            percent(s.quality()), percent(s.success()), XlsxCell.decimal(s.meanScore()),
            j.compared(), percent(j.loweredPercent()), percent(j.confirmedPercent()), percent(j.raisedPercent()),
            j.differByTwoOrMore(), XlsxCell.text(letters(flags)).highlighted(!flags.isEmpty())};
        for (Flag f : flags) {
            for (int column : flaggedColumns(f)) {
                row[column] = ((XlsxCell) row[column]).asHighlighted();
            }
        }
        return row;
    }

    /** The summary columns a flag is about: «5» %, «2» %, quality, the journal comparison. */
    private static int[] flaggedColumns(Flag f) {
        return switch (f.kind()) {
            case "A" -> new int[] {19, 20, 21};
            case "B.5" -> new int[] {14};
            case "B.2" -> new int[] {8};
            case "B.quality" -> new int[] {15};
            case "E.parallel", "E.cohort" -> new int[] {8, 15};
            default -> new int[0];
        };
    }

    private static String letters(List<Flag> flags) {
        return String.join(", ", flags.stream().map(f -> f.rule().name()).distinct().sorted().toList());
    }

    private void distribution(XlsxSheet sheet) {
        titles(sheet, "Распределение первичных баллов (число участников)");
        int widest = campaign.works().stream().mapToInt(w -> w.spec().scale().maxScore()).max().orElse(0);
        double[] widths = new double[4 + widest + 1];
        widths[0] = 16;
        widths[1] = 7;
        widths[2] = 34;
        widths[3] = 8;
        for (int c = 4; c < widths.length; c++) {
            widths[c] = 5;
        }
        sheet.columns(widths);
        List<String> header = new ArrayList<>(List.of("Предмет", "Класс", "Школа", "Писали"));
        for (int score = 0; score <= widest; score++) {
            header.add(String.valueOf(score));
        }
        sheet.header(header.toArray(String[]::new));
        sheet.freezeHeader().autoFilter().printLandscapeOnePageWide();
        for (WorkResults w : campaign.works()) {
            for (SchoolResult r : w.schools()) {
                List<Flag> flags = signs.work(r.school().login(), w.spec().work()).map(WorkFindings::flags).orElse(List.of());
                sheet.row(distributionRow(w.spec().work(), r.school().name(), r.stats(), peaks(flags, w.spec().scale())));
            }
            if (!w.schools().isEmpty()) {
                sheet.totalRow(distributionRow(w.spec().work(), DISTRICT, w.district(), java.util.Set.of()));
            }
        }
    }

    /** The scores at a mark boundary where rule C found a peak. */
    private static java.util.Set<Integer> peaks(List<Flag> flags, Scale scale) {
        java.util.Set<Integer> scores = new java.util.HashSet<>();
        for (Flag f : flags) {
            if (f.kind().startsWith("C.")) {
                scores.add(scale.lowestScoreOf(Integer.parseInt(f.kind().substring(2))));
            }
        }
        return scores;
    }

    private static Object[] distributionRow(Work work, String name, WorkStats s, java.util.Set<Integer> peaks) {
        List<Object> row = new ArrayList<>(List.of(work.subject(), work.grade(), name, s.present()));
        for (int score = 0; score <= s.maxScore(); score++) {
            row.add(XlsxCell.integer(s.scoreCount(score)).highlighted(peaks.contains(score)));
        }
        return row.toArray();
    }

    private void tasks(XlsxSheet sheet) {
        titles(sheet, "Решаемость заданий, % (набранные баллы от максимально возможных)");
        int most = campaign.works().stream().mapToInt(w -> w.district().tasks().size()).max().orElse(0);
        double[] widths = new double[2 + most];
        widths[0] = 34;
        widths[1] = 8;
        for (int c = 2; c < widths.length; c++) {
            widths[c] = 8;
        }
        sheet.columns(widths);
        boolean first = true;
        for (WorkResults w : campaign.works()) {
            if (w.schools().isEmpty()) {
                continue;
            }
            if (!first) {
                sheet.pageBreak();
            }
            first = false;
            sheet.subtitle(w.spec().work().title());
            List<String> header = new ArrayList<>(List.of("Школа", "Писали"));
            for (TaskResult t : w.district().tasks()) {
                header.add(taskLabel(t.task()));
            }
            sheet.header(header.toArray(String[]::new));
            for (SchoolResult r : w.schools()) {
                sheet.row(taskRow(r.school().name(), r.stats()));
            }
            sheet.totalRow(taskRow(DISTRICT, w.district()));
            sheet.skipRows(1);
        }
        sheet.printLandscapeOnePageWideRepeatingTitles();
    }

    /** «5.1 (1б), Б». */
    private static String taskLabel(Task task) {
        return task.code() + " (" + task.maxPoints() + "б)" + (task.level() == null ? "" : ", " + task.level().letter());
    }

    private static Object[] taskRow(String name, WorkStats s) {
        List<Object> row = new ArrayList<>(List.of(name, s.present()));
        for (TaskResult t : s.tasks()) {
            row.add(percent(t.solveRate()));
        }
        return row.toArray();
    }

    private void missing(XlsxSheet sheet) {
        titles(sheet, "Не представлены результаты");
        sheet.columns(12, 40, 18, 8);
        sheet.header("Логин", "Школа", "Предмет", "Класс");
        sheet.freezeHeader().autoFilter().printLandscapeOnePageWide();
        for (MissingWork m : campaign.missing()) {
            for (Work w : m.works()) {
                sheet.row(m.school().login(), m.school().name(), w.subject(), w.grade());
            }
        }
    }

    private void journal(XlsxSheet sheet) {
        titles(sheet, "Полученные файлы");
        sheet.columns(7, 17, 44, 12, 22, 9, 11, 40);
        sheet.header("№", "Получен", "Файл", "Школа", "Результат", "Ошибок", "Замечаний", "Протокол");
        sheet.freezeHeader().autoFilter().printLandscapeOnePageWide();
        for (ReceivedFile f : files) {
            long errors = f.problems().stream().filter(ru.vprsvod.workbook.Problem::isError).count();
            sheet.row((long) f.id(), RussianFormat.dateTime(f.receivedAt(), zone), f.originalName(), f.school(),
                    XlsxCell.text(f.status().label()).highlighted(!f.status().accepted()), errors,
                    (long) f.problems().size() - errors, f.receiptPath());
        }
    }

    /** A percentage cell: the writer takes fractions. */
    private static XlsxCell percent(double percent) {
        return XlsxCell.percent(percent / 100);
    }
}
