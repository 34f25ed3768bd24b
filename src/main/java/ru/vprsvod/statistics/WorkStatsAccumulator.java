package ru.vprsvod.statistics;

import java.util.ArrayList;
import java.util.List;
import ru.vprsvod.reference.Scale;
import ru.vprsvod.reference.Task;
import ru.vprsvod.submission.Participant;

/**
 * Adds up participants of one work into {@link WorkStats}. Marks come from the scale, never from the form.
 * Not thread-safe; take a {@link #snapshot()} to share the result.
 */
public final class WorkStatsAccumulator {

    private final Scale scale;
    private final List<Task> tasks;
    private int present;
    private int absent;
    private final int[] marks = new int[4];
    private long scoreSum;
    private final int[] scoreCounts;
    private int lowered;
    private int confirmed;
    private int raised;
    private int farApart;
    private final long[] taskPoints;
    private final long[][] taskPointsByMark;
    private final int[] byMark = new int[4];

    /**
     * @param tasks the tasks in the order of each participant's points
     */
    public WorkStatsAccumulator(Scale scale, List<Task> tasks) {
        this.scale = scale;
        this.tasks = List.copyOf(tasks);
        this.scoreCounts = new int[scale.maxScore() + 1];
        this.taskPoints = new long[tasks.size()];
        this.taskPointsByMark = new long[tasks.size()][4];
    }

    public void add(Participant p) {
        if (p.absent()) {
            absent++;
            return;
        }
        if (p.points().size() != tasks.size()) {
            throw new IllegalArgumentException("participant " + p.code() + " has " + p.points().size()
                    + " task points, the work has " + tasks.size() + " tasks");
        }
        present++;
        int score = Math.min(p.primaryScore(), scale.maxScore());
        int mark = scale.mark(score);
        marks[mark - 2]++;
        byMark[mark - 2]++;
        scoreSum += p.primaryScore();
        scoreCounts[score]++;
        for (int t = 0; t < tasks.size(); t++) {
            taskPoints[t] += p.points().get(t);
            taskPointsByMark[t][mark - 2] += p.points().get(t);
        }
        if (p.journalMark() != null) {
            int journal = p.journalMark();
            if (mark < journal) {
                lowered++;
            } else if (mark > journal) {
                raised++;
            } else {
                confirmed++;
            }
            if (Math.abs(mark - journal) >= 2) {
                farApart++;
            }
        }
    }

    public void addAll(Iterable<Participant> participants) {
        participants.forEach(this::add);
    }

    public WorkStats snapshot() {
        List<TaskResult> results = new ArrayList<>(tasks.size());
        for (int t = 0; t < tasks.size(); t++) {
            results.add(new TaskResult(tasks.get(t), taskPoints[t], present, taskPointsByMark[t], byMark));
        }
        return new WorkStats(present, absent, marks, scoreSum, scoreCounts,
                new JournalComparison(lowered, confirmed, raised, farApart), results);
    }

    /** Figures of a group with nobody in it, shaped for a work. */
    public static WorkStats empty(Scale scale, List<Task> tasks) {
        return new WorkStatsAccumulator(scale, tasks).snapshot();
    }
}
