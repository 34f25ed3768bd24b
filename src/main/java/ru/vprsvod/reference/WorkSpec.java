package ru.vprsvod.reference;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the reference says about one work: its scale and, when the coordinator gave them, its tasks with
 * maxima and levels. Without tasks, the task columns of the school's form are taken as they are.
 */
public record WorkSpec(Work work, Scale scale, List<Task> tasks) {

    public WorkSpec {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(scale, "scale");
        tasks = List.copyOf(tasks);
    }

    public boolean hasTasks() {
        return !tasks.isEmpty();
    }

    public Optional<Task> task(String code) {
        return tasks.stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
