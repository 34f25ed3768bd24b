package ru.vprsvod.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ru.vprsvod.consolidation.SchoolResult;
import ru.vprsvod.consolidation.WorkResults;
import ru.vprsvod.reference.Work;
import ru.vprsvod.statistics.JournalComparison;
import ru.vprsvod.statistics.TaskResult;
import ru.vprsvod.statistics.WorkStats;
import ru.vprsvod.workbook.XlsxBook;
import ru.vprsvod.workbook.XlsxSheet;

/**
 * One work's tables of «Статистика» as an .xlsx: results by school with the district's total, the comparison with
 * the journal marks, and «Выполнение заданий». Percentages are numbers rounded to a tenth, a value that does not
 * exist is «—»; nothing is written as a formula.
 */
final class StatisticsSheet {

    private StatisticsSheet() {
    }

    static byte[] of(WorkResults w, Path temporaryRoot) {
        Work work = w.spec().work();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxBook book = new XlsxBook(temporaryRoot)) {
            XlsxSheet results = book.sheet("Результаты");
            results.columns(44, 11, 10, 9, 9, 9, 9, 12, 15, 14);
            results.title("ВПР " + work.year() + ": " + work.title() + " — результаты по школам");
            results.subtitle("Шкала перевода: " + w.spec().scale().describe() + ". Доли — от писавших работу, %.");
            results.skipRows(1);
            results.header("Школа", "По списку", "Писали", "«2», %", "«3», %", "«4», %", "«5», %", "Качество, %",
                    "Успеваемость, %", "Средний первичный балл");
            results.freezeHeader();
            for (SchoolResult r : w.schools()) {
                results.row(figures(r.school().name(), r.stats()));
            }
            results.totalRow(figures("Итого по району", w.district()));
            results.printLandscapeOnePageWideRepeatingTitles();

            XlsxSheet journal = book.sheet("Отметки по журналу");
            journal.columns(44, 11, 14, 15, 13, 16);
            journal.title("ВПР " + work.year() + ": " + work.title() + " — сравнение с отметками по журналу");
            journal.skipRows(1);
            journal.header("Школа", "Сравнено", "Понизили, %", "Подтвердили, %", "Повысили, %", "Расхождение на 2 и более");
            for (SchoolResult r : w.schools()) {
                journal.row(journal(r.school().name(), r.stats().journal()));
            }
            journal.totalRow(journal("Итого по району", w.district().journal()));
            journal.printLandscapeOnePageWideRepeatingTitles();

            XlsxSheet tasks = book.sheet("Выполнение заданий");
            List<String> header = new ArrayList<>(List.of("Задание", "Уровень", "Макс. балл", "Район, %"));
            for (int mark = 2; mark <= 5; mark++) {
                header.add("Группа «" + mark + "», %");
            }
            tasks.columns(10, 9, 10, 10, 12, 12, 12, 12);
            tasks.title("ВПР " + work.year() + ": " + work.title() + " — выполнение заданий по району");
            tasks.subtitle("Решаемость — доля набранных баллов от максимально возможных; по группам — среди участников с этой отметкой.");
            tasks.skipRows(1);
            tasks.header(header.toArray(String[]::new));
            for (TaskResult t : w.district().tasks()) {
                List<Object> row = new ArrayList<>(List.of(t.task().code(), t.task().level() == null ? "—" : t.task().level().letter(),
                        t.task().maxPoints(), percent(t.solveRate())));
                for (int mark = 2; mark <= 5; mark++) {
                    row.add(percent(t.solveRate(mark)));
                }
                tasks.row(row.toArray());
            }
            tasks.printLandscapeOnePageWideRepeatingTitles();
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** «Статистика» of a year: one row per work with the district's figures. */
    static byte[] overview(int year, List<WorkResults> works, Path temporaryRoot) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxBook book = new XlsxBook(temporaryRoot)) {
            XlsxSheet sheet = book.sheet("Статистика " + year);
            sheet.columns(30, 11, 10, 10, 9, 9, 9, 9, 12, 15, 14);
            sheet.title("ВПР " + year + ": результаты района по работам");
            sheet.subtitle("Доли — от писавших работу, %.");
            sheet.skipRows(1);
            sheet.header("Работа", "Школ сдали", "По списку", "Писали", "«2», %", "«3», %", "«4», %", "«5», %", "Качество, %",
                    "Успеваемость, %", "Средний первичный балл");
            sheet.freezeHeader();
            for (WorkResults w : works) {
                Object[] f = figures(w.spec().work().title(), w.district());
                Object[] row = new Object[f.length + 1];
                row[0] = f[0];
                row[1] = w.schools().size();
                System.arraycopy(f, 1, row, 2, f.length - 1);
                sheet.row(row);
            }
            sheet.printLandscapeOnePageWideRepeatingTitles();
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Object[] figures(String name, WorkStats s) {
        return new Object[] {name, s.listed(), s.present(), percent(s.markPercent(2)), percent(s.markPercent(3)),
                percent(s.markPercent(4)), percent(s.markPercent(5)), percent(s.quality()), percent(s.success()),
                percent(s.meanScore())};
    }

    private static Object[] journal(String name, JournalComparison j) {
        return new Object[] {name, j.compared(), percent(j.loweredPercent()), percent(j.confirmedPercent()),
                percent(j.raisedPercent()), j.differByTwoOrMore()};
    }

    /** A tenth, half up as everywhere in the product, or «—» where there is no value. */
    private static Object percent(double value) {
        return Double.isNaN(value) ? "—" : java.math.BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
