package ru.vprsvod.submission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.vprsvod.reference.Task;
import ru.vprsvod.reference.WorkSpec;
import ru.vprsvod.submission.ProtocolHeader.TaskColumn;
import ru.vprsvod.workbook.Cell;
import ru.vprsvod.workbook.Problem;

/**
 * The tasks of a protocol sheet matched against the reference: each task with its maximum and the sheet column
 * holding its points. When the reference lists the work's tasks, the sheet must have exactly those; otherwise
 * the header's own maxima («5.1 (2б)») are used and must add up to the work's maximum score.
 */
record TaskLayout(List<Task> tasks, List<Integer> columns) {

    static Optional<TaskLayout> match(String file, String sheet, ProtocolHeader header, WorkSpec spec, ProblemLog log) {
        boolean ok = true;
        Map<String, TaskColumn> byCode = new HashMap<>();
        for (TaskColumn column : header.tasks) {
            if (byCode.putIfAbsent(column.code(), column) != null) {
                log.add(headerProblem(file, sheet, header, column, "задание " + column.code() + " встречается в заголовке дважды",
                        "один столбец на задание"));
                ok = false;
            }
        }
        if (header.tasks.isEmpty()) {
            log.add(Problem.error(file, sheet, "", "в строке заголовков (строка " + (header.row + 1)
                    + ") нет ни одного столбца задания", "", "столбцы заданий вида «1 (1б)», «5.1 (1б)»"));
            return Optional.empty();
        }
        List<Task> tasks = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        if (spec.hasTasks()) {
            for (TaskColumn column : header.tasks) {
                Optional<Task> known = spec.task(column.code());
                if (known.isEmpty()) {
                    log.add(headerProblem(file, sheet, header, column, "задания " + column.code() + " нет в работе «"
                            + spec.work().titleWithYear() + "» по справочнику", "задания: " + codes(spec.tasks())));
                    ok = false;
                } else if (column.maxFromHeader() != null && column.maxFromHeader() != known.get().maxPoints()) {
                    log.add(headerProblem(file, sheet, header, column, "максимальный балл задания " + column.code()
                            + " в заголовке (" + column.maxFromHeader() + ") не совпадает со справочником ("
                            + known.get().maxPoints() + ")", column.code() + " (" + known.get().maxPoints() + "б)"));
                    ok = false;
                }
            }
            for (Task task : spec.tasks()) {
                TaskColumn column = byCode.get(task.code());
                if (column == null) {
                    log.add(Problem.error(file, sheet, "", "нет столбца задания " + task.code() + " (строка заголовков "
                            + (header.row + 1) + ")", "", "столбец «" + task.code() + " (" + task.maxPoints() + "б)»"));
                    ok = false;
                } else {
                    tasks.add(task);
                    columns.add(column.column());
                }
            }
        } else {
            for (TaskColumn column : header.tasks) {
                if (column.maxFromHeader() == null || column.maxFromHeader() < 1) {
                    log.add(headerProblem(file, sheet, header, column, "в заголовке задания " + column.code()
                            + " не указан максимальный балл, и в справочнике его нет",
                            "заголовок вида «" + column.code() + " (1б)» или задания на листе «Задания» справочника"));
                    ok = false;
                } else if (byCode.get(column.code()) == column) {
                    tasks.add(new Task(column.code(), column.maxFromHeader(), null));
                    columns.add(column.column());
                }
            }
            int sum = tasks.stream().mapToInt(Task::maxPoints).sum();
            if (ok && sum != spec.scale().maxScore()) {
                log.add(Problem.error(file, sheet, "", "сумма максимальных баллов заданий в заголовке (" + sum
                        + ") не равна максимальному баллу работы «" + spec.work().titleWithYear() + "» по справочнику ("
                        + spec.scale().maxScore() + "); возможно, это форма другого года или другой работы",
                        String.valueOf(sum), String.valueOf(spec.scale().maxScore())));
                ok = false;
            }
        }
        return ok ? Optional.of(new TaskLayout(tasks, columns)) : Optional.empty();
    }

    private static Problem headerProblem(String file, String sheet, ProtocolHeader header, TaskColumn column,
                                         String message, String expected) {
        return Problem.error(file, sheet, Cell.address(header.row, column.column()), message, column.header(), expected);
    }

    private static String codes(List<Task> tasks) {
        return String.join(", ", tasks.stream().map(Task::code).toList());
    }
}
