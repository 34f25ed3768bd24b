package ru.vprsvod.recheck;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.School;
import ru.vprsvod.reference.Task;
import ru.vprsvod.reference.TaskCodes;
import ru.vprsvod.reference.Work;
import ru.vprsvod.reference.WorkSpec;
import ru.vprsvod.submission.Points;
import ru.vprsvod.workbook.Cell;
import ru.vprsvod.workbook.CellKind;
import ru.vprsvod.workbook.CellValues;
import ru.vprsvod.workbook.Problem;
import ru.vprsvod.workbook.Sheet;
import ru.vprsvod.workbook.SheetRow;
import ru.vprsvod.workbook.Texts;
import ru.vprsvod.workbook.Workbook;

/**
 * The re-check protocol (протокол перепроверки) the municipal commission fills in and the coordinator drops into
 * the inbox. A sheet is one when its name or a title above the table mentions «перепроверка» and its header row
 * has «Логин ОО», «Предмет», «Класс», «Код участника» and task columns («1 (1б)», «5.1 (1б)» …) holding the
 * points after the re-check. Other columns (the school's name, the original score and mark, the expert) are
 * there for people and are not read. Every problem is reported with its cell, like a school's file.
 */
public final class RecheckProtocol {

    /** A task column header: «5.1 (1б)», «11.3 k1 (2б)», «7». */
    private static final Pattern TASK = Pattern.compile("(\\d{1,2}(?:\\.\\d{1,2}){0,2}(?:\\s*[kк]\\s*\\d{1,2})?)\\s*(?:\\(.*\\))?");

    /** What reading a protocol gave. */
    public record Reading(List<RecheckedWork> works, List<Problem> problems) {
        public Reading {
            works = List.copyOf(works);
            problems = List.copyOf(problems);
        }
    }

    private RecheckProtocol() {
    }

    /** Reads the protocol sheets of a workbook; empty when none of its sheets is a re-check protocol. */
    public static Optional<Reading> find(String file, Workbook workbook, Reference reference) {
        List<RecheckedWork> works = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        boolean found = false;
        for (Sheet sheet : workbook.sheets()) {
            Optional<SheetRow> header = header(sheet);
            if (header.isPresent()) {
                found = true;
                read(file, sheet, header.get(), reference, works, problems);
            }
        }
        return found ? Optional.of(new Reading(works, problems)) : Optional.empty();
    }

    private static Optional<SheetRow> header(Sheet sheet) {
        boolean titled = Texts.normalize(sheet.name()).contains("перепровер");
        for (SheetRow row : sheet.rows()) {
            if (row.index() > 20) {
                break;
            }
            boolean login = false;
            boolean code = false;
            for (Cell cell : row.cells()) {
                String h = Texts.normalize(cell.text());
                titled |= h.contains("перепровер");
                login |= h.startsWith("логин");
                code |= h.equals("код участника") || h.equals("код");
            }
            if (titled && login && code) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    private static void read(String file, Sheet sheet, SheetRow header, Reference reference, List<RecheckedWork> works,
                             List<Problem> problems) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<Integer, String> tasks = new LinkedHashMap<>();
        for (Cell cell : header.cells()) {
            String h = Texts.normalize(cell.text());
            Matcher m = TASK.matcher(h);
            if (cell.kind() == CellKind.TEXT && m.matches()) {
                TaskCodes.canonical(m.group(1)).ifPresent(code -> tasks.put(cell.column(), code));
            } else if (h.startsWith("логин")) {
                columns.putIfAbsent("login", cell.column());
            } else if (h.equals("предмет")) {
                columns.putIfAbsent("subject", cell.column());
            } else if (h.equals("класс") || h.equals("параллель")) {
                columns.putIfAbsent("grade", cell.column());
            } else if (h.equals("код участника") || h.equals("код")) {
                columns.putIfAbsent("code", cell.column());
            } else if (h.equals("год")) {
                columns.putIfAbsent("year", cell.column());
            }
        }
        for (String required : List.of("login", "subject", "grade", "code")) {
            if (!columns.containsKey(required)) {
                problems.add(Problem.error(file, sheet.name(), "", "в строке заголовков (строка " + (header.index() + 1)
                        + ") нет столбца «" + label(required) + "»", "", "столбец «" + label(required) + "»"));
            }
        }
        if (tasks.isEmpty()) {
            problems.add(Problem.error(file, sheet.name(), "", "нет столбцов заданий с баллами после перепроверки", "",
                    "столбцы вида «1 (1б)», «5.1 (1б)»"));
        }
        if (problems.stream().anyMatch(p -> p.isError() && p.sheet().equals(sheet.name()))) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (SheetRow row : sheet.rows()) {
            if (row.index() <= header.index()) {
                continue;
            }
            String code = CellValues.text(row.cell(columns.get("code")));
            if (code.isEmpty()) {
                continue;
            }
            Optional<RecheckedWork> work = work(file, sheet, row, columns, tasks, code, reference, problems);
            if (work.isPresent() && !seen.add(work.get().school() + "|" + work.get().work() + "|" + code)) {
                problems.add(Problem.error(file, sheet.name(), Cell.address(row.index(), columns.get("code")),
                        "работа этого участника уже есть в протоколе", code, "одна строка на работу"));
            } else {
                work.ifPresent(works::add);
            }
        }
    }

    private static Optional<RecheckedWork> work(String file, Sheet sheet, SheetRow row, Map<String, Integer> columns,
                                                Map<Integer, String> tasks, String code, Reference reference,
                                                List<Problem> problems) {
        int before = problems.size();
        String login = CellValues.text(row.cell(columns.get("login")));
        Optional<School> school = reference.school(login);
        if (school.isEmpty()) {
            problems.add(error(file, sheet, row, columns.get("login"), "школы с таким логином нет в справочнике", "логин ФИС ОКО школы"));
        }
        Optional<String> subject = reference.subject(CellValues.text(row.cell(columns.get("subject"))));
        Optional<Integer> grade = CellValues.integer(row.cell(columns.get("grade")));
        int year = columns.containsKey("year")
                ? CellValues.integer(row.cell(columns.get("year"))).orElse(reference.campaignYear()) : reference.campaignYear();
        Optional<WorkSpec> spec = subject.flatMap(s -> grade.flatMap(g -> reference.spec(new Work(year, s, g))));
        if (spec.isEmpty()) {
            problems.add(error(file, sheet, row, columns.get("subject"), "работы с таким предметом и классом за " + year
                    + " год нет в справочнике", "предмет и класс работы, как на листе «Шкалы»"));
        }
        int[] points = new int[tasks.size()];
        int t = 0;
        for (Map.Entry<Integer, String> task : tasks.entrySet()) {
            Cell cell = row.cell(task.getKey());
            int max = spec.flatMap(s -> s.task(task.getValue())).map(Task::maxPoints).orElse(Integer.MAX_VALUE);
            if (cell != null && Texts.latinLookalikesToCyrillic(Texts.normalize(cell.text())).equals("х")) {
                points[t++] = Points.NOT_ATTEMPTED;
                continue;
            }
            Optional<Integer> value = CellValues.integer(cell).filter(v -> v >= 0 && v <= max);
            if (value.isEmpty()) {
                problems.add(error(file, sheet, row, task.getKey(), "балл за задание " + task.getValue() + " после перепроверки"
                        + " не указан или не подходит", max == Integer.MAX_VALUE ? "целое число от 0" : "целое число от 0 до " + max));
            }
            points[t++] = value.orElse(0);
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new RecheckedWork(school.get().login(), spec.get().work(), code, List.copyOf(tasks.values()),
                Points.of(points), sheet.name(), row.index() + 1));
    }

    private static Problem error(String file, Sheet sheet, SheetRow row, int column, String message, String expected) {
        return Problem.error(file, sheet.name(), Cell.address(row.index(), column), message, CellValues.display(row.cell(column)),
                expected);
    }

    private static String label(String key) {
        return switch (key) {
            case "login" -> "Логин ОО";
            case "subject" -> "Предмет";
            case "grade" -> "Класс";
            default -> "Код участника";
        };
    }
}
