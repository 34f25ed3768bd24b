package ru.vprsvod.submission;

import java.util.List;
import java.util.Objects;
import ru.vprsvod.reference.Task;
import ru.vprsvod.reference.Work;

/**
 * The accepted results of one school for one work, from one file (possibly from several of its sheets).
 *
 * @param school the school's FIS OKO login
 * @param sheets the sheet or sheets the rows came from
 * @param tasks  the task columns, in the order of every participant's points
 */
public record Submission(String school, Work work, List<String> sheets, List<Task> tasks, List<Participant> participants) {

    public Submission {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(work, "work");
        sheets = List.copyOf(sheets);
        tasks = List.copyOf(tasks);
        participants = List.copyOf(participants);
    }

    public int maxScore() {
        return tasks.stream().mapToInt(Task::maxPoints).sum();
    }
}
