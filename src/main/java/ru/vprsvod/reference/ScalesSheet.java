package ru.vprsvod.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import ru.vprsvod.workbook.CellValues;
import ru.vprsvod.workbook.Problem;
import ru.vprsvod.workbook.Sheet;
import ru.vprsvod.workbook.SheetRow;
import ru.vprsvod.workbook.SheetTable;
import ru.vprsvod.workbook.TableLayout;
import ru.vprsvod.workbook.TableLayout.Column;

/** The «Шкалы» sheet (one work per row: year, subject, grade, maximum, lowest scores of «3», «4», «5») and «Задания». */
final class ScalesSheet {

    private static final TableLayout SCALES = new TableLayout(List.of(
            Column.named("year", true, "Год"),
            Column.named("subject", true, "Предмет"),
            Column.named("grade", true, "Класс", "Параллель"),
            Column.named("max", true, "Максимальный балл", "Макс. балл", "Максимальный первичный балл", "Максимум"),
            new Column("min3", "Балл на «3»", true, markBoundary('3')),
            new Column("min4", "Балл на «4»", true, markBoundary('4')),
            new Column("min5", "Балл на «5»", true, markBoundary('5'))));

    private static final TableLayout TASK_LAYOUT = new TableLayout(List.of(
            Column.named("year", true, "Год"),
            Column.named("subject", true, "Предмет"),
            Column.named("grade", true, "Класс", "Параллель"),
            Column.named("task", true, "Задание", "Номер задания", "№ задания"),
            Column.named("max", true, "Максимальный балл", "Макс. балл", "Максимум"),
            Column.named("level", false, "Уровень", "Уровень сложности")));

    private ScalesSheet() {
    }

    /** Headers such as «Балл на «3»», «Мин. балл «3»», «3»: they mention the mark digit and nothing else numeric. */
    private static Predicate<String> markBoundary(char mark) {
        Pattern p = Pattern.compile("(^|[^0-9])" + mark + "([^0-9]|$)");
        return header -> p.matcher(header).find() && !header.contains("макс") && !header.contains("год");
    }

    static List<WorkSpec> read(String file, Sheet scalesSheet, Optional<Sheet> tasksSheet, List<Problem> problems) {
        Optional<SheetTable> located = SCALES.locate(file, scalesSheet, problems::add);
        if (located.isEmpty()) {
            return List.of();
        }
        SheetTable table = located.get();
        Map<Work, Scale> scales = new LinkedHashMap<>();
        Map<Work, String> scaleRowAddress = new HashMap<>();
        for (SheetRow row : table.records()) {
            Optional<Work> work = work(table, row, problems);
            Optional<Integer> max = positive(table, row, "max", 1, 200, problems);
            Optional<Integer> min3 = positive(table, row, "min3", 1, 200, problems);
            Optional<Integer> min4 = positive(table, row, "min4", 1, 200, problems);
            Optional<Integer> min5 = positive(table, row, "min5", 1, 200, problems);
            if (work.isEmpty() || max.isEmpty() || min3.isEmpty() || min4.isEmpty() || min5.isEmpty()) {
                continue;
            }
            if (min3.get() >= min4.get()) {
                problems.add(table.error(row, "min3", "балл на «3» должен быть меньше балла на «4» (" + min4.get() + ")",
                        "число меньше " + min4.get()));
                continue;
            }
            if (min4.get() >= min5.get()) {
                problems.add(table.error(row, "min4", "балл на «4» должен быть меньше балла на «5» (" + min5.get() + ")",
                        "число меньше " + min5.get()));
                continue;
            }
            if (min5.get() > max.get()) {
                problems.add(table.error(row, "min5", "балл на «5» больше максимального балла работы (" + max.get() + ")",
                        "число не больше " + max.get()));
                continue;
            }
            if (scales.containsKey(work.get())) {
                problems.add(table.error(row, "subject", "шкала для работы «" + work.get().titleWithYear()
                        + "» уже задана в строке с ячейкой " + scaleRowAddress.get(work.get()), "одна строка на работу"));
                continue;
            }
            scales.put(work.get(), new Scale(max.get(), min3.get(), min4.get(), min5.get()));
            scaleRowAddress.put(work.get(), table.address(row, "max"));
        }
        Map<Work, List<Task>> tasks = tasksSheet.map(s -> readTasks(file, s, scales, problems)).orElse(Map.of());
        List<WorkSpec> specs = new ArrayList<>();
        scales.forEach((work, scale) -> {
            List<Task> workTasks = tasks.getOrDefault(work, List.of());
            int sum = workTasks.stream().mapToInt(Task::maxPoints).sum();
            if (!workTasks.isEmpty() && sum != scale.maxScore()) {
                problems.add(Problem.error(file, tasksSheet.get().name(), "",
                        "сумма максимальных баллов заданий работы «" + work.titleWithYear() + "» (" + sum
                                + ") не равна максимальному баллу на листе «" + SCALES_TITLE + "» (" + scale.maxScore() + ")",
                        String.valueOf(sum), String.valueOf(scale.maxScore())));
            }
            specs.add(new WorkSpec(work, scale, workTasks));
        });
        return specs;
    }

    private static final String SCALES_TITLE = ReferenceLoader.SCALES;

    private static Map<Work, List<Task>> readTasks(String file, Sheet sheet, Map<Work, Scale> scales, List<Problem> problems) {
        Optional<SheetTable> located = TASK_LAYOUT.locate(file, sheet, problems::add);
        if (located.isEmpty()) {
            return Map.of();
        }
        SheetTable table = located.get();
        Map<Work, List<Task>> tasks = new LinkedHashMap<>();
        for (SheetRow row : table.records()) {
            Optional<Work> work = work(table, row, problems);
            Optional<Integer> max = positive(table, row, "max", 1, 50, problems);
            Optional<String> code = TaskCodes.canonical(table.text(row, "task"));
            if (code.isEmpty()) {
                problems.add(table.error(row, "task", "не удаётся разобрать номер задания", "например «5», «5.1» или «11.3 k1»"));
            }
            Level level = null;
            String levelText = table.text(row, "level");
            if (!levelText.isEmpty()) {
                Optional<Level> parsed = Level.parse(levelText);
                if (parsed.isEmpty()) {
                    problems.add(table.error(row, "level", "неизвестный уровень сложности задания", "Б, П или В"));
                }
                level = parsed.orElse(null);
            }
            if (work.isEmpty() || max.isEmpty() || code.isEmpty()) {
                continue;
            }
            if (!scales.containsKey(work.get())) {
                problems.add(table.error(row, "subject", "для работы «" + work.get().titleWithYear()
                        + "» нет строки на листе «" + SCALES_TITLE + "»", "сначала шкала работы, потом её задания"));
                continue;
            }
            List<Task> list = tasks.computeIfAbsent(work.get(), w -> new ArrayList<>());
            String c = code.get();
            if (list.stream().anyMatch(t -> t.code().equals(c))) {
                problems.add(table.error(row, "task", "задание " + c + " работы «" + work.get().titleWithYear() + "» указано дважды",
                        "каждое задание один раз"));
                continue;
            }
            list.add(new Task(c, max.get(), level));
        }
        return tasks;
    }

    private static Optional<Work> work(SheetTable table, SheetRow row, List<Problem> problems) {
        Optional<Integer> year = positive(table, row, "year", 2015, 2100, problems);
        Optional<Integer> grade = positive(table, row, "grade", 1, 11, problems);
        String subject = table.text(row, "subject");
        if (subject.isEmpty()) {
            problems.add(table.error(row, "subject", "не указан предмет", "название предмета, например «Математика»"));
        }
        if (year.isEmpty() || grade.isEmpty() || subject.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Work(year.get(), subject.replaceAll("\\s+", " "), grade.get()));
    }

    private static Optional<Integer> positive(SheetTable table, SheetRow row, String key, int min, int max, List<Problem> problems) {
        Optional<Integer> value = CellValues.integer(table.cell(row, key)).filter(v -> v >= min && v <= max);
        if (value.isEmpty()) {
            problems.add(table.error(row, key, "нужно целое число от " + min + " до " + max, "целое число от " + min + " до " + max));
        }
        return value;
    }
}
