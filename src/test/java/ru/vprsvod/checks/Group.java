package ru.vprsvod.checks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import ru.vprsvod.consolidation.SchoolResult;
import ru.vprsvod.consolidation.StoredSubmission;
import ru.vprsvod.reference.GradeSet;
import ru.vprsvod.reference.Level;
import ru.vprsvod.reference.Scale;
import ru.vprsvod.reference.School;
import ru.vprsvod.reference.Task;
import ru.vprsvod.reference.Work;
import ru.vprsvod.reference.WorkSpec;
import ru.vprsvod.statistics.WorkStats;
import ru.vprsvod.statistics.WorkStatsAccumulator;
import ru.vprsvod.submission.Participant;
import ru.vprsvod.submission.Points;

/**
 * Small constructed groups of pupils for rule tests: a work of ten 1-point tasks (five basic, three advanced, two
 * high) with the scale 0–2 → «2», 3–5 → «3», 6–8 → «4», 9–10 → «5», and pupils added by score or by points.
 */
final class Group {

    static final Scale SCALE = new Scale(10, 3, 6, 9);
    static final List<Task> TASKS = tasks(true);
    static final Work WORK = new Work(2026, "Математика", 4);

    private final List<Participant> pupils = new ArrayList<>();
    private final List<Task> tasks;
    private int code = 10000;
    private String className = "4А";

    Group() {
        this(TASKS);
    }

    Group(List<Task> tasks) {
        this.tasks = tasks;
    }

    static List<Task> tasks(boolean withLevels) {
        List<Task> tasks = new ArrayList<>();
        for (int t = 1; t <= 10; t++) {
            Level level = !withLevels ? null : t <= 5 ? Level.BASIC : t <= 8 ? Level.ADVANCED : Level.HIGH;
            tasks.add(new Task(String.valueOf(t), 1, level));
        }
        return tasks;
    }

    static WorkSpec spec() {
        return new WorkSpec(WORK, SCALE, TASKS);
    }

    static School school(String login, String type) {
        return new School(login, "", "Школа " + login, "Школа " + login, type, "", "", "", GradeSet.range(1, 11));
    }

    Group inClass(String name) {
        className = name;
        return this;
    }

    /** n pupils scoring {@code score}: tasks 1..score solved; journal mark may be null. */
    Group scoring(int n, int score, Integer journal) {
        int[] points = new int[tasks.size()];
        for (int t = 0; t < score; t++) {
            points[t] = 1;
        }
        return withPoints(n, journal, points);
    }

    /** n pupils with these points per task. */
    Group withPoints(int n, Integer journal, int... points) {
        int sum = 0;
        for (int p : points) {
            sum += p;
        }
        for (int i = 0; i < n; i++) {
            pupils.add(new Participant(pupils.size() + 2, String.valueOf(code++), className, "м", "1", false, journal,
                    Points.of(points), sum));
        }
        return this;
    }

    Group absent(int n) {
        for (int i = 0; i < n; i++) {
            pupils.add(new Participant(pupils.size() + 2, String.valueOf(code++), className, "ж", "отсутствовал", true, null,
                    Points.none(), 0));
        }
        return this;
    }

    List<Participant> pupils() {
        return List.copyOf(pupils);
    }

    WorkStats stats() {
        WorkStatsAccumulator a = new WorkStatsAccumulator(SCALE, tasks);
        a.addAll(pupils);
        return a.snapshot();
    }

    SchoolWork of(School school) {
        return new SchoolWork(school, new WorkSpec(WORK, SCALE, tasks), stats());
    }

    SchoolWork of(String login) {
        return of(school(login, "СОШ"));
    }

    static SchoolResult result(School school, Work work, long id, WorkStats stats) {
        StoredSubmission submission = new StoredSubmission(id, id, school.login(), work, List.of("Протокол"), TASKS,
                stats.listed(), Instant.parse("2026-05-01T10:00:00Z"), null);
        return new SchoolResult(school, submission, stats);
    }
}
