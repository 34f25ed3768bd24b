package ru.vprsvod.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * FIS OKO's standard figures for one group of participants (a school, a class, the district) on one work.
 * Immutable counts; every percentage is derived from them on request (see {@link Percent}). Figures of two
 * groups of the same work add up with {@link #plus}, so a district total is the sum of its schools.
 *
 * <p>Denominators: mark shares, quality, success and the mean score are over the participants who wrote the
 * work ({@link #present()}); absent pupils are excluded. The journal comparison is over those who wrote the
 * work and have a journal mark. A task's solve rate is over those who wrote the work.
 */
public final class WorkStats {

    private final int present;
    private final int absent;
    private final int[] marks;
    private final long scoreSum;
    private final int[] scoreCounts;
    private final JournalComparison journal;
    private final List<TaskResult> tasks;

    WorkStats(int present, int absent, int[] marks, long scoreSum, int[] scoreCounts,
              JournalComparison journal, List<TaskResult> tasks) {
        this.present = present;
        this.absent = absent;
        this.marks = marks.clone();
        this.scoreSum = scoreSum;
        this.scoreCounts = scoreCounts.clone();
        this.journal = journal;
        this.tasks = List.copyOf(tasks);
    }

    /** Rows of the protocol: participants who wrote the work plus those marked absent. */
    public int listed() {
        return present + absent;
    }

    public int present() {
        return present;
    }

    public int absent() {
        return absent;
    }

    /** How many participants got a mark 2..5. */
    public int markCount(int mark) {
        return marks[mark - 2];
    }

    public double markPercent(int mark) {
        return Percent.of(markCount(mark), present);
    }

    /** Качество: share of «4» and «5». */
    public double quality() {
        return Percent.of(markCount(4) + markCount(5), present);
    }

    /** Успеваемость: share of «3», «4» and «5». */
    public double success() {
        return Percent.of(present - markCount(2), present);
    }

    /** Mean primary score of those who wrote the work; NaN when nobody did. */
    public double meanScore() {
        return present == 0 ? Double.NaN : (double) scoreSum / present;
    }

    public int maxScore() {
        return scoreCounts.length - 1;
    }

    /** Participants with exactly this primary score (0..max). */
    public int scoreCount(int score) {
        return scoreCounts[score];
    }

    public double scorePercent(int score) {
        return Percent.of(scoreCounts[score], present);
    }

    public JournalComparison journal() {
        return journal;
    }

    public List<TaskResult> tasks() {
        return tasks;
    }

    /** The figures of both groups together; tasks are matched by code. */
    public WorkStats plus(WorkStats other) {
        int[] m = marks.clone();
        for (int i = 0; i < 4; i++) {
            m[i] += other.marks[i];
        }
        int[] s = new int[Math.max(scoreCounts.length, other.scoreCounts.length)];
        for (int i = 0; i < scoreCounts.length; i++) {
            s[i] += scoreCounts[i];
        }
        for (int i = 0; i < other.scoreCounts.length; i++) {
            s[i] += other.scoreCounts[i];
        }
        Map<String, TaskResult> byCode = new LinkedHashMap<>();
        tasks.forEach(t -> byCode.put(t.task().code(), t));
        other.tasks.forEach(t -> byCode.merge(t.task().code(), t, TaskResult::plus));
        return new WorkStats(present + other.present, absent + other.absent, m, scoreSum + other.scoreSum, s,
                journal.plus(other.journal), new ArrayList<>(byCode.values()));
    }

    @Override
    public String toString() {
        return "WorkStats{present=" + present + ", absent=" + absent + ", marks=" + java.util.Arrays.toString(marks)
                + ", mean=" + meanScore() + ", journal=" + journal + "}";
    }
}
