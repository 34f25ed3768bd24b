package ru.vprsvod.observers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import ru.vprsvod.reference.ObserverEntry;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.School;
import ru.vprsvod.russian.RussianFormat;
import ru.vprsvod.workbook.Cell;
import ru.vprsvod.workbook.CellValues;
import ru.vprsvod.workbook.Problem;
import ru.vprsvod.workbook.Sheet;
import ru.vprsvod.workbook.SheetRow;
import ru.vprsvod.workbook.Texts;
import ru.vprsvod.workbook.Workbook;

/**
 * A filled «Отчёт общественного наблюдателя» ({@link ObserverReportForm}): a sheet whose name or title mentions the
 * report, «Логин ОО», «Дата проведения» and «Наблюдатель» with their values right of them above a table «Вопрос |
 * Ответ | Комментарий», and a «Замечания» row. A report is recorded per school and date of the observers' order as
 * issued ({@link Visit}), so a school and date the order does not name rejects it; an observer the order did not send
 * there is a warning (the coordinator may have sent someone else by hand).
 */
public final class ObserverReportReader {

    public record Answer(String question, boolean yes, String comment) {
        public Answer {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(comment, "comment");
        }
    }

    /** What a report gave; {@code school} is the login, empty and {@code date} null when they could not be read. */
    public record Reading(String school, LocalDate date, String observer, List<Answer> answers, String remarks,
                          List<Problem> problems) {
        public Reading {
            answers = List.copyOf(answers);
            problems = List.copyOf(problems);
        }

        public boolean rejected() {
            return problems.stream().anyMatch(Problem::isError);
        }

        /** The questions answered «нет»: what the report says went wrong. */
        public List<Answer> violations() {
            return answers.stream().filter(a -> !a.yes()).toList();
        }
    }

    private ObserverReportReader() {
    }

    /** Whether a sheet of the workbook is an observer's report (cheap: looks at the first rows only). */
    public static boolean recognises(Workbook workbook) {
        return workbook.sheets().stream().anyMatch(sheet -> header(sheet).isPresent());
    }

    /**
     * Reads the report sheet of a workbook; empty when no sheet of it is an observer's report.
     *
     * @param order  the visits of the observers' order as issued for the campaign year (empty before it is made)
     * @param sender the login of the school the file came from when that is known for sure (a clerk's upload), or
     *               null: a school may pass on the report of its own visit, not of another school's
     */
    public static Optional<Reading> find(String file, Workbook workbook, Reference reference, List<Visit> order,
                                         String sender) {
        for (Sheet sheet : workbook.sheets()) {
            Optional<SheetRow> header = header(sheet);
            if (header.isPresent()) {
                return Optional.of(read(file, sheet, header.get(), reference, order, sender));
            }
        }
        return Optional.empty();
    }

    private static Optional<SheetRow> header(Sheet sheet) {
        boolean titled = Texts.normalize(sheet.name()).contains("отчет");
        for (SheetRow row : sheet.rows()) {
            if (row.index() > 20) {
                break;
            }
            boolean question = false;
            boolean answer = false;
            for (Cell cell : row.cells()) {
                String h = Texts.normalize(cell.text());
                titled |= h.contains("отчет общественного наблюдателя");
                question |= h.equals("вопрос");
                answer |= h.equals("ответ");
            }
            if (titled && question && answer) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    private static Reading read(String file, Sheet sheet, SheetRow header, Reference reference, List<Visit> order,
                                String sender) {
        List<Problem> problems = new ArrayList<>();
        Optional<Cell[]> login = labelled(sheet, header, "логин");
        Optional<School> school = Optional.empty();
        Optional<School> fromSender = Optional.ofNullable(sender).flatMap(reference::school);
        if (login.isEmpty()) {
            problems.add(Problem.error(file, sheet.name(), "", "над таблицей нет ячейки «Логин ОО» с логином школы", "",
                    "«Логин ОО» и рядом логин ФИС ОКО, как в бланке отчёта"));
        } else {
            school = reference.school(CellValues.text(login.get()[1]));
            if (school.isEmpty()) {
                problems.add(error(file, sheet, login.get()[1], "школы с таким логином нет в справочнике", "логин ФИС ОКО школы"));
            } else if (fromSender.isPresent() && !fromSender.get().equals(school.get())) {
                problems.add(error(file, sheet, login.get()[1], "файл прислан от имени школы " + fromSender.get().name()
                        + " (" + fromSender.get().login() + "), а отчёт — о другой школе: отчёт о наблюдении в другой"
                        + " школе присылает наблюдатель или эта школа", fromSender.get().login()));
                school = Optional.empty();
            }
        }
        Optional<Cell[]> dateCells = labelled(sheet, header, "дата");
        LocalDate date = null;
        if (dateCells.isEmpty()) {
            problems.add(Problem.error(file, sheet.name(), "", "над таблицей нет ячейки «Дата проведения»", "",
                    "«Дата проведения» и рядом дата, как в бланке отчёта"));
        } else {
            date = CellValues.date(dateCells.get()[1]).orElse(null);
            if (date == null) {
                problems.add(error(file, sheet, dateCells.get()[1], "дата проведения не указана или записана не как дата",
                        "дата вида 14.04." + reference.campaignYear()));
            }
        }
        Optional<Visit> visit = Optional.empty();
        if (school.isPresent() && date != null) {
            String login0 = school.get().login();
            LocalDate day = date;
            visit = order.stream().filter(v -> v.school().equals(login0) && v.date().equals(day)).findFirst();
            if (visit.isEmpty()) {
                String dates = order.stream().filter(v -> v.school().equals(login0))
                        .map(v -> RussianFormat.date(v.date())).collect(Collectors.joining(", "));
                problems.add(error(file, sheet, dateCells.get()[1], order.isEmpty()
                        ? "приказ об общественных наблюдателях ещё не сформирован (нет графиков школ или листа «Наблюдатели»"
                        + " справочника): отчёт не к чему отнести" : "в приказе об общественных наблюдателях у школы "
                        + school.get().name() + " нет этого дня: отчёт не к чему отнести", dates.isEmpty()
                        ? "день проведения ВПР в школе по приказу о наблюдателях (в приказе дней этой школы нет)"
                        : "день проведения ВПР в школе по приказу о наблюдателях: " + dates));
            }
        }
        String observer = observer(file, sheet, header, reference, visit, problems);
        List<Answer> answers = new ArrayList<>();
        String remarks = "";
        for (SheetRow row : sheet.rows()) {
            if (row.index() <= header.index()) {
                continue;
            }
            String question = CellValues.text(row.cell(0)).strip();
            if (question.isEmpty()) {
                continue;
            }
            if (Texts.normalize(question).startsWith("замечания")) {
                remarks = (CellValues.text(row.cell(1)) + " " + CellValues.text(row.cell(2))).strip();
                break;
            }
            String answer = Texts.normalize(CellValues.text(row.cell(1)));
            String comment = CellValues.text(row.cell(2)).strip();
            if (answer.isEmpty()) {
                problems.add(error(file, sheet, row, 1, "нет ответа на вопрос «" + question + "»", "«да» или «нет»"));
            } else if (!answer.equals("да") && !answer.equals("нет")) {
                problems.add(error(file, sheet, row, 1, "ответ не «да» и не «нет»", "«да» или «нет»"));
            } else {
                boolean yes = answer.equals("да");
                if (!yes && comment.isEmpty()) {
                    problems.add(Problem.warning(file, sheet.name(), Cell.address(row.index(), 2), "ответ «нет» без"
                            + " комментария", "", "что именно произошло: в какой аудитории, что нарушено"));
                }
                answers.add(new Answer(question, yes, comment));
            }
        }
        if (answers.isEmpty() && problems.stream().noneMatch(p -> p.message().startsWith("нет ответа")
                || p.message().startsWith("ответ не"))) {
            problems.add(Problem.error(file, sheet.name(), Cell.address(header.index() + 1, 0), "под заголовком нет ни одного"
                    + " вопроса с ответом", "", "вопросы бланка отчёта с ответами «да» или «нет»"));
        }
        return new Reading(school.map(School::login).orElse(""), date, observer, answers, remarks, problems);
    }

    private static String observer(String file, Sheet sheet, SheetRow header, Reference reference, Optional<Visit> visit,
                                   List<Problem> problems) {
        Optional<Cell[]> cells = labelled(sheet, header, "наблюдатель");
        String name = cells.map(c -> CellValues.text(c[1]).replaceAll("\\s+", " ").strip()).orElse("");
        if (name.isEmpty()) {
            problems.add(cells.map(c -> error(file, sheet, c[1], "не указан наблюдатель", "ФИО наблюдателя"))
                    .orElse(Problem.error(file, sheet.name(), "", "над таблицей нет ячейки «Наблюдатель»", "",
                            "«Наблюдатель» и рядом ФИО, как в бланке отчёта")));
            return "";
        }
        Optional<ObserverEntry> known = reference.observers().stream()
                .filter(o -> Texts.normalize(o.name()).equals(Texts.normalize(name))).findFirst();
        if (known.isEmpty()) {
            problems.add(Problem.warning(file, sheet.name(), cells.get()[1].address(),
                    "наблюдателя нет на листе «Наблюдатели» справочника", name, "ФИО наблюдателя, как в приказе"));
        } else if (visit.isPresent() && !Texts.normalize(visit.get().observer()).equals(Texts.normalize(known.get().name()))) {
            problems.add(Problem.warning(file, sheet.name(), cells.get()[1].address(),
                    "наблюдатель не назначен в эту школу на этот день" + (visit.get().observed() ? " (по приказу — "
                            + RussianFormat.shortName(visit.get().observer()) + ")" : " (по приказу наблюдатель не"
                            + " назначен)"), name, "ФИО наблюдателя, назначенного приказом"));
        }
        return known.map(ObserverEntry::name).orElse(name);
    }

    /** The label cell whose normalized text starts with {@code label} above the header, and the cell right of it. */
    private static Optional<Cell[]> labelled(Sheet sheet, SheetRow header, String label) {
        for (SheetRow row : sheet.rows()) {
            if (row.index() >= header.index()) {
                break;
            }
            for (Cell cell : row.cells()) {
                if (Texts.normalize(cell.text()).startsWith(label)) {
                    Cell value = row.cell(cell.column() + 1);
                    return Optional.of(new Cell[] {cell, value == null ? Cell.text(row.index(), cell.column() + 1, "") : value});
                }
            }
        }
        return Optional.empty();
    }

    private static Problem error(String file, Sheet sheet, Cell cell, String message, String expected) {
        return Problem.error(file, sheet.name(), Cell.address(cell.row(), cell.column()), message, CellValues.display(cell),
                expected);
    }

    private static Problem error(String file, Sheet sheet, SheetRow row, int column, String message, String expected) {
        return Problem.error(file, sheet.name(), Cell.address(row.index(), column), message,
                CellValues.display(row.cell(column)), expected);
    }
}
