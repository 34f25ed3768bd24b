package ru.vprsvod.testing;

import static ru.vprsvod.testing.Xlsx.row;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A FIS OKO «Протокол» results form for tests: header in one row, one row per pupil. Defaults follow the real
 * form (Код, Вариант, task columns «N (Mб)», Класс, Пол, Отметка за предыдущий…, Итого баллов).
 */
public final class Protocol {

    /** Математика, 4 класс: the example reference's 15 tasks. */
    public static final String[] MATH4_TASKS = {"1", "2", "3", "4", "5.1", "5.2", "6.1", "6.2", "7", "8", "9.1", "9.2", "10", "11", "12"};
    public static final int[] MATH4_MAX = {1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 2};

    public final List<List<Object>> above = new ArrayList<>();
    public List<Object> header;
    public final List<List<Object>> rows = new ArrayList<>();
    private final String[] tasks;
    private final int[] max;
    private String sheetName = "Протокол";

    public Protocol(String[] tasks, int[] max) {
        this.tasks = tasks.clone();
        this.max = max.clone();
        header = new ArrayList<>(List.of("Код", "Вариант"));
        for (int t = 0; t < tasks.length; t++) {
            header.add(tasks[t] + " (" + max[t] + "б)");
        }
        header.addAll(List.of("Класс", "Пол", "Отметка за предыдущий триместр/ четверть/полугодие", "Итого баллов"));
    }

    public static Protocol math4() {
        return new Protocol(MATH4_TASKS, MATH4_MAX);
    }

    public Protocol sheetName(String name) {
        this.sheetName = name;
        return this;
    }

    /** A pupil who wrote the work; points may be Integer, "X" or any value to test; total = their sum. */
    public Protocol pupil(Object code, String className, Integer journal, Object... points) {
        int sum = 0;
        for (Object p : points) {
            if (p instanceof Integer i) {
                sum += i;
            }
        }
        return pupilWithTotal(code, className, journal, sum, points);
    }

    public Protocol pupilWithTotal(Object code, String className, Object journal, Object total, Object... points) {
        if (points.length != tasks.length) {
            throw new IllegalArgumentException("expected " + tasks.length + " points");
        }
        List<Object> r = new ArrayList<>(List.of(code, 1));
        r.addAll(List.of(points));
        r.add(className);
        r.add("м");
        r.add(journal);
        r.add(total);
        rows.add(r);
        return this;
    }

    /** A pupil who scored a given total, spread over the tasks from the first one. */
    public Protocol pupilScoring(Object code, String className, Integer journal, int score) {
        Object[] points = new Object[tasks.length];
        int left = score;
        for (int t = 0; t < tasks.length; t++) {
            int p = Math.min(left, max[t]);
            points[t] = p;
            left -= p;
        }
        if (left > 0) {
            throw new IllegalArgumentException("score " + score + " above the maximum");
        }
        return pupil(code, className, journal, points);
    }

    public Protocol absent(Object code, String className) {
        List<Object> r = new ArrayList<>(List.of(code, "отсутствовал"));
        for (int t = 0; t < tasks.length; t++) {
            r.add(null);
        }
        r.add(className);
        r.add("ж");
        r.add(null);
        r.add(null);
        rows.add(r);
        return this;
    }

    public List<List<Object>> sheetRows() {
        List<List<Object>> all = new ArrayList<>(above);
        all.add(header);
        all.addAll(rows);
        return all;
    }

    public Xlsx workbook() {
        return new Xlsx().sheet(sheetName, sheetRows());
    }

    public Path write(Path file) {
        return workbook().write(file);
    }

    /** Column letter of the n-th task (0-based): tasks start in column C. */
    public static String taskColumn(int task) {
        return ru.vprsvod.workbook.Cell.columnLetters(2 + task);
    }

    public static List<Object> values(Object... v) {
        return row(v);
    }
}
