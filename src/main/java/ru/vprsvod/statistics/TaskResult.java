package ru.vprsvod.statistics;

import ru.vprsvod.reference.Task;

/**
 * How one task was solved by the participants who wrote the work, overall and within each VPR-mark group
 * (FIS OKO «Выполнение заданий» and «Выполнение заданий группами участников»).
 *
 * <p>A region holds one of these per school × work × task (≈ 280 000 for a million pupils), so the figures are
 * plain int fields rather than two small arrays: 56 bytes instead of 120. An int holds any real count (a task
 * worth 20 points for 100 million pupils); {@link #plus} fails loudly rather than wrap if one ever does not.
 */
public final class TaskResult {

    private final Task task;
    private final int points;
    private final int participants;
    private final int points2, points3, points4, points5;
    private final int participants2, participants3, participants4, participants5;

    TaskResult(Task task, long points, int participants, long[] pointsByMark, int[] participantsByMark) {
        this(task, Math.toIntExact(points), participants,
                Math.toIntExact(pointsByMark[0]), Math.toIntExact(pointsByMark[1]),
                Math.toIntExact(pointsByMark[2]), Math.toIntExact(pointsByMark[3]),
                participantsByMark[0], participantsByMark[1], participantsByMark[2], participantsByMark[3]);
    }

    private TaskResult(Task task, int points, int participants, int points2, int points3, int points4, int points5,
            int participants2, int participants3, int participants4, int participants5) {
        this.task = task;
        this.points = points;
        this.participants = participants;
        this.points2 = points2;
        this.points3 = points3;
        this.points4 = points4;
        this.points5 = points5;
        this.participants2 = participants2;
        this.participants3 = participants3;
        this.participants4 = participants4;
        this.participants5 = participants5;
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
        return Percent.of(pointsWithMark(mark), (long) participantsWithMark(mark) * task.maxPoints());
    }

    public int participantsWithMark(int mark) {
        return switch (mark) {
            case 2 -> participants2;
            case 3 -> participants3;
            case 4 -> participants4;
            case 5 -> participants5;
            default -> throw new IllegalArgumentException("VPR mark 2..5 expected: " + mark);
        };
    }

    private long pointsWithMark(int mark) {
        return switch (mark) {
            case 2 -> points2;
            case 3 -> points3;
            case 4 -> points4;
            case 5 -> points5;
            default -> throw new IllegalArgumentException("VPR mark 2..5 expected: " + mark);
        };
    }

    TaskResult plus(TaskResult o) {
        return new TaskResult(task, Math.addExact(points, o.points), Math.addExact(participants, o.participants),
                Math.addExact(points2, o.points2), Math.addExact(points3, o.points3),
                Math.addExact(points4, o.points4), Math.addExact(points5, o.points5),
                Math.addExact(participants2, o.participants2), Math.addExact(participants3, o.participants3),
                Math.addExact(participants4, o.participants4), Math.addExact(participants5, o.participants5));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TaskResult t && task.equals(t.task) && points == t.points && participants == t.participants
                && points2 == t.points2 && points3 == t.points3 && points4 == t.points4 && points5 == t.points5
                && participants2 == t.participants2 && participants3 == t.participants3
                && participants4 == t.participants4 && participants5 == t.participants5;
    }

    @Override
    public int hashCode() {
        return task.hashCode() * 31 + points;
    }

    @Override
    public String toString() {
        return task.code() + ": " + points + " of " + participants + "×" + task.maxPoints();
    }
}
