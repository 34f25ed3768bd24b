package ru.vprsvod.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.School;
import ru.vprsvod.reference.Work;
import ru.vprsvod.reference.WorkSpec;
import ru.vprsvod.russian.RussianFormat;
import ru.vprsvod.workbook.Cell;
import ru.vprsvod.workbook.CellValues;
import ru.vprsvod.workbook.ClassNames;
import ru.vprsvod.workbook.Problem;
import ru.vprsvod.workbook.Sheet;
import ru.vprsvod.workbook.SheetRow;
import ru.vprsvod.workbook.Texts;
import ru.vprsvod.workbook.Workbook;

/**
 * A school's «График проведения ВПР» workbook: a sheet whose name or title mentions «график», the school's login
 * in the cell right of a «Логин ОО» label above the table, and a table with the columns «Дата», «Предмет»,
 * «Параллель» (the grade of the work) and «Классы» (the classes writing it that day, «4А, 4Б»). One row is one
 * sitting. Class names: the grade of the work, then none, one or two Cyrillic letters («4», «4А», «4АБ» is not
 * read as two classes: write «4А, 4Б»); Latin look-alikes are taken as Cyrillic and letters as upper case.
 */
public final class ScheduleReader {


    /** What a schedule workbook gave: the school (its login), the sittings, and the problems found. */
    public record Reading(String school, List<Sitting> sittings, List<Problem> problems) {
        public Reading {
            sittings = List.copyOf(sittings);
            problems = List.copyOf(problems);
        }

        public boolean rejected() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    private ScheduleReader() {
    }

    /** Reads the schedule sheet of a workbook; empty when no sheet of it is a schedule. */
    public static Optional<Reading> find(String file, Workbook workbook, Reference reference) {
        return find(file, workbook, reference, null);
    }

    /**
     * As {@link #find(String, Workbook, Reference)} for a file whose sender is known: {@code sender} is the login of
     * the school folder of the inbox or of the signed-in school (or null). A schedule naming another school is then
     * rejected, as a results form is; a schedule with its login cell left empty is the sender's.
     */
    public static Optional<Reading> find(String file, Workbook workbook, Reference reference, String sender) {
        for (Sheet sheet : workbook.sheets()) {
            Optional<SheetRow> header = header(sheet);
            if (header.isPresent()) {
                return Optional.of(read(file, sheet, header.get(), reference, sender));
            }
        }
        return Optional.empty();
    }

    private static Optional<SheetRow> header(Sheet sheet) {
        boolean titled = Texts.normalize(sheet.name()).contains("график");
        for (SheetRow row : sheet.rows()) {
            if (row.index() > 20) {
                break;
            }
            boolean date = false;
            boolean classes = false;
            for (Cell cell : row.cells()) {
                String h = Texts.normalize(cell.text());
                titled |= h.contains("график проведения");
                date |= h.equals("дата") || h.startsWith("дата проведения");
                classes |= h.equals("классы");
            }
            if (titled && date && classes) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    private static Reading read(String file, Sheet sheet, SheetRow header, Reference reference, String sender) {
        List<Problem> problems = new ArrayList<>();
        Optional<School> school = school(file, sheet, header, reference, sender, problems);
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (Cell cell : header.cells()) {
            String h = Texts.normalize(cell.text());
            if (h.equals("дата") || h.startsWith("дата проведения")) {
                columns.putIfAbsent("date", cell.column());
            } else if (h.equals("предмет")) {
                columns.putIfAbsent("subject", cell.column());
            } else if (h.equals("параллель") || h.equals("класс")) {
                columns.putIfAbsent("grade", cell.column());
            } else if (h.equals("классы")) {
                columns.putIfAbsent("classes", cell.column());
            }
        }
        for (String required : List.of("date", "subject", "grade")) {
            if (!columns.containsKey(required)) {
                problems.add(Problem.error(file, sheet.name(), "", "в строке заголовков (строка " + (header.index() + 1)
                        + ") нет столбца «" + label(required) + "»", "", "столбец «" + label(required) + "»"));
            }
        }
        if (school.isEmpty() || problems.stream().anyMatch(Problem::isError)) {
            // Refused: the receipt is the sender's when the file named no school of its own.
            String who = school.or(() -> Optional.ofNullable(sender).flatMap(reference::school)).map(School::login).orElse("");
            return new Reading(who, List.of(), problems);
        }
        int year = reference.campaignYear();
        Optional<LocalDate> end = reference.requisites().optionalPeriodEnd();
        List<Sitting> sittings = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (SheetRow row : sheet.rows()) {
            if (row.index() <= header.index() || row.cells().isEmpty()) {
                continue;
            }
            sitting(file, sheet, row, columns, school.get(), reference, year, end, problems, seen).ifPresent(sittings::add);
        }
        if (sittings.isEmpty() && problems.stream().noneMatch(Problem::isError)) {
            problems.add(Problem.error(file, sheet.name(), "", "в графике нет ни одной работы с датой", "",
                    "по строке на каждую работу: дата, предмет, параллель и классы"));
        }
        if (!problems.stream().anyMatch(Problem::isError)) {
            for (WorkSpec spec : reference.specs(year)) {
                boolean expected = school.get().grades().contains(spec.work().grade());
                if (expected && sittings.stream().noneMatch(s -> s.work().equals(spec.work()))) {
                    problems.add(Problem.warning(file, sheet.name(), "", "в графике нет работы «" + spec.work().title()
                            + "», хотя в школе есть " + spec.work().grade() + " класс", "",
                            "строка с датой этой работы, если школа её пишет"));
                }
            }
        }
        return new Reading(school.get().login(), sittings.stream().sorted().toList(), problems);
    }

    private static Optional<School> school(String file, Sheet sheet, SheetRow header, Reference reference, String sender,
                                           List<Problem> problems) {
        Optional<School> fromSender = Optional.ofNullable(sender).flatMap(reference::school);
        for (SheetRow row : sheet.rows()) {
            if (row.index() >= header.index()) {
                break;
            }
            for (Cell cell : row.cells()) {
                if (Texts.normalize(cell.text()).startsWith("логин")) {
                    Cell value = row.cell(cell.column() + 1);
                    String address = Cell.address(row.index(), cell.column() + 1);
                    if (CellValues.text(value).isBlank() && fromSender.isPresent()) {
                        return fromSender;
                    }
                    Optional<School> school = reference.school(CellValues.text(value));
                    if (school.isEmpty()) {
                        problems.add(Problem.error(file, sheet.name(), address,
                                "школы с таким логином нет в справочнике", CellValues.display(value), "логин ФИС ОКО школы"));
                    } else if (fromSender.isPresent() && !fromSender.get().equals(school.get())) {
                        problems.add(Problem.error(file, sheet.name(), address, "файл прислан от имени школы "
                                + fromSender.get().name() + " (" + fromSender.get().login() + "), а в графике указана"
                                + " другая школа", CellValues.display(value), fromSender.get().login()));
                        return Optional.empty();
                    }
                    return school;
                }
            }
        }
        if (fromSender.isPresent()) {
            return fromSender;
        }
        problems.add(Problem.error(file, sheet.name(), "", "над таблицей нет ячейки «Логин ОО» с логином школы", "",
                "«Логин ОО» и рядом логин ФИС ОКО, как в бланке графика"));
        return Optional.empty();
    }

    private static Optional<Sitting> sitting(String file, Sheet sheet, SheetRow row, Map<String, Integer> columns,
                                             School school, Reference reference, int year, Optional<LocalDate> end,
                                             List<Problem> problems, Map<String, Integer> seen) {
        int before = problems.size();
        int dateColumn = columns.get("date");
        Optional<LocalDate> date = CellValues.date(row.cell(dateColumn));
        String period = end.map(e -> "дата с 01.01." + year + " по " + RussianFormat.date(e) + " (период проведения ВПР)")
                .orElse("дата " + year + " года");
        if (date.isEmpty()) {
            problems.add(error(file, sheet, row, dateColumn, "дата проведения не указана или записана не как дата",
                    "дата вида 15.04." + year));
        } else if (date.get().getYear() != year || end.isPresent() && date.get().isAfter(end.get())) {
            // Found as the date, not as the serial number Excel keeps in a date cell («46167»).
            problems.add(Problem.error(file, sheet.name(), Cell.address(row.index(), dateColumn), "дата вне периода"
                    + " проведения ВПР", RussianFormat.date(date.get()), period));
        }
        int subjectColumn = columns.get("subject");
        int gradeColumn = columns.get("grade");
        Optional<String> subject = reference.subject(CellValues.text(row.cell(subjectColumn)));
        Optional<Integer> grade = CellValues.integer(row.cell(gradeColumn));
        Optional<WorkSpec> spec = subject.flatMap(s -> grade.flatMap(g -> reference.spec(new Work(year, s, g))));
        if (spec.isEmpty()) {
            problems.add(error(file, sheet, row, subjectColumn, "работы с таким предметом и параллелью за " + year
                    + " год нет в справочнике", "предмет и параллель работы, как на листе «Шкалы»"));
        } else if (!school.grades().contains(grade.get())) {
            problems.add(error(file, sheet, row, gradeColumn, "в школе нет " + grade.get() + " класса (по справочнику"
                    + " школа учит классы " + school.grades() + ")", "параллель, которая есть в школе"));
        }
        List<String> classes = new ArrayList<>();
        if (columns.containsKey("classes") && spec.isPresent()) {
            int column = columns.get("classes");
            for (String part : CellValues.text(row.cell(column)).split("[,;]")) {
                if (part.isBlank()) {
                    continue;
                }
                Optional<String> read = ClassNames.read(part);
                if (read.isEmpty() || ClassNames.grade(read.get()) != grade.get()) {
                    problems.add(error(file, sheet, row, column, "класс «" + Texts.latinLookalikesToCyrillic(part.strip()
                            .toUpperCase(java.util.Locale.ROOT)) + "» не " + grade.get() + "-й параллели",
                            "классы через запятую: " + grade.get() + "А, " + grade.get() + "Б"));
                } else {
                    classes.add(read.get());
                }
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        List<String> keys = classes.isEmpty() ? List.of("") : classes;
        for (String c : keys) {
            Integer earlier = seen.putIfAbsent(spec.get().work() + "|" + c, row.index() + 1);
            if (earlier != null) {
                problems.add(error(file, sheet, row, subjectColumn, "работа «" + spec.get().work().title() + "»"
                        + (c.isEmpty() ? "" : " в классе " + c) + " уже есть в графике (строка " + earlier + ")",
                        "одна дата на работу в каждом классе"));
                return Optional.empty();
            }
        }
        return Optional.of(new Sitting(school.login(), date.get(), spec.get().work(), classes));
    }


    private static Problem error(String file, Sheet sheet, SheetRow row, int column, String message, String expected) {
        return Problem.error(file, sheet.name(), Cell.address(row.index(), column), message,
                CellValues.display(row.cell(column)), expected);
    }

    private static String label(String key) {
        return switch (key) {
            case "date" -> "Дата";
            case "subject" -> "Предмет";
            default -> "Параллель";
        };
    }
}
