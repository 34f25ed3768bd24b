package ru.vprsvod.statistics;

import java.util.Arrays;
import ru.vprsvod.reference.Task;

/**
 * How one task was solved by the participants who wrote the work, overall and within each VPR-mark group
 * (FIS OKO «Выполнение заданий» and «Выполнение заданий группами участников»).
 */
public final class TaskResult {

    private final Task task;
    private final long points;
    private final int participants;
    private final long[] pointsByMark;
    private final int[] participantsByMark;

    TaskResult(Task task, long points, int participants, long[] pointsByMark, int[] participantsByMark) {
        this.task = task;
        this.points = points;
        this.participants = participants;
        this.pointsByMark = pointsByMark.clone();
        this.participantsByMark = participantsByMark.clone();
    }

    public Task task() {
        return task;
    }

    /** Points scored on this task by all participants who wrote the work («X» counts as 0). */
    public long points() {
        return points;
    }

    public int participants() {
        return participants;
    }

    /** Solve rate: points scored / (participants × the task's maximum) × 100; NaN without participants. */
    public double solveRate() {
        return Percent.of(points, (long) participants * task.maxPoints());
    }

    /** The solve rate among participants with a given VPR mark 2..5; NaN when nobody got that mark. */
    public double solveRate(int mark) {
        return Percent.of(pointsByMark[mark - 2], (long) participantsByMark[mark - 2] * task.maxPoints());
    }

    public int participantsWithMark(int mark) {
        return participantsByMark[mark - 2];
    }

    TaskResult plus(TaskResult other) {
        long[] p = pointsByMark.clone();
        int[] n = participantsByMark.clone();
        for (int m = 0; m < 4; m++) {
            p[m] += other.pointsByMark[m];
            n[m] += other.participantsByMark[m];
        }
        return new TaskResult(task, points + other.points, participants + other.participants, p, n);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TaskResult t && task.equals(t.task) && points == t.points && participants == t.participants
                && Arrays.equals(pointsByMark, t.pointsByMark) && Arrays.equals(participantsByMark, t.participantsByMark);
    }

    @Override
    public int hashCode() {
        return task.hashCode() * 31 + Long.hashCode(points);
    }

    @Override
    public String toString() {
        return task.code() + ": " + points + " of " + participants + "×" + task.maxPoints();
    }
}
