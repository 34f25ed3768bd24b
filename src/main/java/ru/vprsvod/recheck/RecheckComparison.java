package ru.vprsvod.recheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import ru.vprsvod.reference.Scale;
import ru.vprsvod.reference.Task;
import ru.vprsvod.reference.Work;
import ru.vprsvod.submission.Participant;

/**
 * The re-checked works against the school's own scoring: which task scores changed, the primary score and the
 * mark before and after, and for the whole re-check the share of works whose mark held (the figure regions report
 * as «доля объективно оцененных работ»).
 */
public record RecheckComparison(List<Compared> works, List<String> notes) {

    public RecheckComparison {
        works = List.copyOf(works);
        notes = List.copyOf(notes);
    }

    /**
     * One work before and after.
     *
     * @param changedTasks the codes of tasks whose points changed
     */
    public record Compared(String school, Work work, String code, int scoreBefore, int scoreAfter, int markBefore,
                           int markAfter, List<String> changedTasks) {
        public Compared {
            Objects.requireNonNull(school, "school");
            Objects.requireNonNull(work, "work");
            changedTasks = List.copyOf(changedTasks);
        }

        /** «понижена», «повышена» or «без изменений» — the mark's direction. */
        public String direction() {
            return markAfter < markBefore ? "понижена" : markAfter > markBefore ? "повышена" : "без изменений";
        }
    }

    /** The school's original of a re-checked work: its tasks, the participant's row, and the work's scale. */
    public record Original(List<Task> tasks, Participant participant, Scale scale) {
    }

    /** Compares one re-checked work with its original; the protocol's task columns are matched by code. */
    public static Compared compare(RecheckedWork after, Original before) {
        List<String> changed = new ArrayList<>();
        int scoreAfter = 0;
        for (int t = 0; t < after.tasks().size(); t++) {
            String code = after.tasks().get(t);
            int points = after.points().get(t);
            scoreAfter += points;
            int at = indexOf(before.tasks(), code);
            if (at < 0 || before.participant().points().get(at) != points) {
                changed.add(code);
            }
        }
        Scale scale = before.scale();
        int scoreBefore = before.participant().primaryScore();
        return new Compared(after.school(), after.work(), after.code(), scoreBefore, scoreAfter,
                scale.mark(Math.min(scoreBefore, scale.maxScore())), scale.mark(Math.min(scoreAfter, scale.maxScore())), changed);
    }

    private static int indexOf(List<Task> tasks, String code) {
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    public long changedScores() {
        return works.stream().filter(w -> w.scoreBefore() != w.scoreAfter()).count();
    }

    public long changedMarks() {
        return works.stream().filter(w -> w.markBefore() != w.markAfter()).count();
    }

    public long lowered() {
        return works.stream().filter(w -> w.markAfter() < w.markBefore()).count();
    }

    public long raised() {
        return works.stream().filter(w -> w.markAfter() > w.markBefore()).count();
    }

    /** Works whose mark held / works re-checked, × 100; NaN when nothing was re-checked. */
    public double heldPercent() {
        return ru.vprsvod.statistics.Percent.of(works.size() - changedMarks(), works.size());
    }

    /** The logins of the schools whose works were compared, in the order their first work appears. */
    public List<String> schools() {
        return works.stream().map(Compared::school).map(String::toLowerCase).distinct().toList();
    }

    /**
     * One school's part, to send back to it: its works only, and only the notes naming it (a note names the school by
     * its login), so no school reads another's codes.
     */
    public RecheckComparison ofSchool(String login) {
        return new RecheckComparison(works.stream().filter(w -> w.school().equalsIgnoreCase(login)).toList(),
                notes.stream().filter(n -> n.toLowerCase().contains(" школы " + login.toLowerCase() + " ")).toList());
    }
}
