package ru.vprsvod.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.vprsvod.reference.Scale;
import ru.vprsvod.reference.Task;
import ru.vprsvod.submission.ProtocolHeader.Role;
import ru.vprsvod.workbook.Cell;
import ru.vprsvod.workbook.CellKind;
import ru.vprsvod.workbook.CellValues;
import ru.vprsvod.workbook.Problem;
import ru.vprsvod.workbook.Sheet;
import ru.vprsvod.workbook.SheetRow;
import ru.vprsvod.workbook.Texts;

/**
 * Reads and checks the participant rows of one protocol sheet: every cell that is wrong is reported with its
 * address, the value found and what is expected, and the whole sheet is read even after the first error.
 */
final class ProtocolRows {

    /** What participant codes are made of: letters, digits and a few separators («50001», «4А-01», «ВПР/12»). */
    private static final Pattern PLAIN_CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._/-]{0,39}");
    /** What class names are made of («4А», «4 коррекционный», «4-Б (ОВЗ)»): anything else is a pasting accident. */
    private static final Pattern PLAIN_CLASS = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._/()№-]{0,39}");
    private static final Pattern CLASS_NAME = Pattern.compile("(\\d{1,2})\\s*[-\\s]?\\s*(.*)");
    private static final List<String> SUMMARY_LABELS = List.of("итого", "всего", "среднее", "средний балл", "итог");

    private final String file;
    private final Sheet sheet;
    private final ProtocolHeader header;
    private final TaskLayout layout;
    private final Scale scale;
    private final int grade;
    private final ProblemLog log;
    /** Errors so far: a row with any error yields no participant (the file is rejected anyway). */
    private int errorCount;
    private int rowsSeen;

    ProtocolRows(String file, Sheet sheet, ProtocolHeader header, TaskLayout layout, Scale scale, int grade, ProblemLog log) {
        this.file = file;
        this.sheet = sheet;
        this.header = header;
        this.layout = layout;
        this.scale = scale;
        this.grade = grade;
        this.log = log;
    }

    /** Participant rows met, valid or not: a sheet whose rows are all wrong is not an «empty» sheet. */
    int rowsSeen() {
        return rowsSeen;
    }

    /** The participants of the sheet; codes already seen on other sheets of the same work are reported as duplicates. */
    List<Participant> read(Map<String, String> codesSeen) {
        List<Participant> participants = new ArrayList<>();
        List<Integer> entered = header.enteredColumns();
        int blankClasses = 0;
        String firstBlankClass = null;
        for (SheetRow row : sheet.rows()) {
            if (row.index() <= header.row || entered.stream().allMatch(c -> isBlank(row.cell(c)))) {
                continue;
            }
            String code = code(row);
            if (SUMMARY_LABELS.contains(Texts.normalize(code)) || (code.isEmpty() && isSummaryRow(row))) {
                continue;
            }
            rowsSeen++;
            if (code.isEmpty()) {
                log.add(error(row, Role.CODE, "в строке есть данные, но нет кода участника", "код участника, например 50001"));
                continue;
            }
            String first = codesSeen.putIfAbsent(code, where(row, header.column(Role.CODE)));
            if (first != null) {
                log.add(error(row, Role.CODE, "код участника повторяется (впервые: " + first + ")",
                        "у каждого участника свой код"));
                continue;
            }
            if (!PLAIN_CODE.matcher(code).matches()) {
                // Kept (the row's points count), but a code with markup or a formula in it is a pasting accident.
                log.add(warning(row, Role.CODE, "код участника не похож на код: в нём есть знаки, которых в кодах не бывает",
                        "код из цифр и букв, например 50001"));
            }
            Optional<Participant> participant = participant(row, code);
            participant.ifPresent(participants::add);
            if (participant.isPresent() && participant.get().className().isEmpty() && header.column(Role.CLASS) != null) {
                blankClasses++;
                if (firstBlankClass == null) {
                    firstBlankClass = Cell.address(row.index(), header.column(Role.CLASS));
                }
            }
        }
        if (blankClasses > 0) {
            log.add(Problem.warning(file, sheet.name(), firstBlankClass, "не указан класс у " + blankClasses
                    + " участник(ов) (первый — в этой ячейке); сравнение по классам для них невозможно", "",
                    "класс, например «" + grade + "А»"));
        }
        return participants;
    }

    private Optional<Participant> participant(SheetRow row, String code) {
        String variant = variant(row);
        boolean absent = isAbsentMark(variant);
        int errorsBefore = errorCount;
        int[] points = new int[layout.tasks().size()];
        boolean noPoints = true;
        for (int i = 0; i < points.length; i++) {
            noPoints &= isBlank(row.cell(layout.columns().get(i)));
        }
        if (absent) {
            for (int i = 0; i < points.length; i++) {
                Cell cell = row.cell(layout.columns().get(i));
                if (!isBlank(cell) && !isNotAttempted(cell) && CellValues.integer(cell).orElse(-1) != 0) {
                    addError(Problem.error(file, sheet.name(), cell.address(), "участник отмечен как отсутствовавший («"
                            + variant + "»), но у него указан балл за задание " + layout.tasks().get(i).code(),
                            CellValues.display(cell), "пустая ячейка; если участник писал работу, уберите отметку об отсутствии"));
                }
            }
        } else if (noPoints) {
            addError(Problem.error(file, sheet.name(), Cell.address(row.index(), layout.columns().get(0)),
                    "у участника " + code + " не заполнены баллы", "",
                    "баллы за задания; если участник отсутствовал, напишите «отсутствовал» в столбце «Вариант»"));
        } else {
            for (int i = 0; i < points.length; i++) {
                points[i] = taskPoints(row, i);
            }
        }
        boolean pointsOk = errorCount == errorsBefore;
        Integer journal = journalMark(row);
        int score = absent ? 0 : Points.of(points).sum();
        if (!absent) {
            if (pointsOk) {
                // With a wrong task cell the sum is unknown: a total mismatch would only repeat that error.
                checkTotal(row, score);
            }
            checkMark(row, score);
        } else {
            checkAbsentTotal(row);
        }
        String className = className(row);
        String sex = sex(row);
        if (errorCount > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new Participant(row.index() + 1, code, className, sex, variant, absent, journal,
                absent ? Points.none() : Points.of(points), score));
    }

    private void addError(Problem problem) {
        errorCount++;
        log.add(problem);
    }

    /** Points of one task: 0..max, or NOT_ATTEMPTED for «X»; on a bad value reports it and returns 0. */
    private int taskPoints(SheetRow row, int index) {
        Task task = layout.tasks().get(index);
        int column = layout.columns().get(index);
        Cell cell = row.cell(column);
        String expected = "целое число от 0 до " + task.maxPoints() + " или X";
        if (isBlank(cell)) {
            addError(Problem.error(file, sheet.name(), Cell.address(row.index(), column),
                    "не указан балл за задание " + task.code(), "", expected));
            return 0;
        }
        if (isNotAttempted(cell)) {
            return Points.NOT_ATTEMPTED;
        }
        if (cell.kind() == CellKind.FORMULA_WITHOUT_VALUE) {
            addError(Problem.error(file, sheet.name(), cell.address(), "балл за задание " + task.code()
                    + " задан формулой без сохранённого значения", cell.text(), expected));
            return 0;
        }
        Optional<java.math.BigDecimal> number = CellValues.decimal(cell);
        if (number.isEmpty()) {
            addError(Problem.error(file, sheet.name(), cell.address(), "балл за задание " + task.code() + " — не число",
                    CellValues.display(cell), expected));
            return 0;
        }
        Optional<Integer> whole = CellValues.integer(cell);
        if (whole.isEmpty()) {
            addError(Problem.error(file, sheet.name(), cell.address(), "балл за задание " + task.code()
                    + " должен быть целым числом", CellValues.display(cell), expected));
            return 0;
        }
        int points = whole.get();
        if (points < 0) {
            addError(Problem.error(file, sheet.name(), cell.address(), "балл за задание " + task.code()
                    + " отрицательный", CellValues.display(cell), expected));
            return 0;
        }
        if (points > task.maxPoints()) {
            addError(Problem.error(file, sheet.name(), cell.address(), "балл за задание " + task.code()
                    + " больше максимального (" + task.maxPoints() + ")", CellValues.display(cell), expected));
            return 0;
        }
        return points;
    }

    private Integer journalMark(SheetRow row) {
        Integer column = header.column(Role.JOURNAL_MARK);
        Cell cell = column == null ? null : row.cell(column);
        if (isBlank(cell)) {
            return null;
        }
        Optional<Integer> mark = CellValues.integer(cell).filter(m -> m >= 2 && m <= 5);
        if (mark.isEmpty()) {
            addError(error(row, Role.JOURNAL_MARK, "отметка по журналу должна быть от 2 до 5",
                    "целое число от 2 до 5 или пустая ячейка, если отметки нет"));
            return null;
        }
        return mark.get();
    }

    private void checkTotal(SheetRow row, int score) {
        Integer column = header.column(Role.TOTAL);
        Cell cell = column == null ? null : row.cell(column);
        if (isBlank(cell)) {
            return;
        }
        if (cell.kind() == CellKind.FORMULA_WITHOUT_VALUE) {
            log.add(warning(row, Role.TOTAL, "итоговый балл задан формулой без сохранённого значения; балл подсчитан"
                    + " по заданиям: " + score, String.valueOf(score)));
            return;
        }
        Optional<Integer> total = CellValues.integer(cell);
        if (total.isEmpty() || total.get() != score) {
            addError(error(row, Role.TOTAL, "итого баллов не равно сумме баллов за задания (" + score + ")",
                    String.valueOf(score)));
        }
    }

    private void checkAbsentTotal(SheetRow row) {
        Integer column = header.column(Role.TOTAL);
        Cell cell = column == null ? null : row.cell(column);
        if (!isBlank(cell) && cell.kind() != CellKind.FORMULA_WITHOUT_VALUE && CellValues.integer(cell).orElse(-1) != 0) {
            addError(error(row, Role.TOTAL, "участник отмечен как отсутствовавший, но у него указан итоговый балл",
                    "пустая ячейка или 0"));
        }
    }

    private void checkMark(SheetRow row, int score) {
        Integer column = header.column(Role.VPR_MARK);
        Cell cell = column == null ? null : row.cell(column);
        if (isBlank(cell) || cell.kind() == CellKind.FORMULA_WITHOUT_VALUE) {
            return;
        }
        int computed = scale.mark(score);
        Optional<Integer> mark = CellValues.integer(cell);
        if (mark.isEmpty() || mark.get() != computed) {
            log.add(warning(row, Role.VPR_MARK, "отметка в файле не совпадает с отметкой по шкале для первичного балла "
                    + score + "; в расчётах используется отметка по шкале", String.valueOf(computed)));
        }
    }

    private String className(SheetRow row) {
        Integer column = header.column(Role.CLASS);
        Cell cell = column == null ? null : row.cell(column);
        String raw = CellValues.text(cell);
        if (raw.isEmpty()) {
            return "";
        }
        String normalized = Texts.latinLookalikesToCyrillic(raw.replaceAll("[\"«»]", "").strip()).toUpperCase(java.util.Locale.ROOT);
        Matcher m = CLASS_NAME.matcher(normalized);
        if (!PLAIN_CLASS.matcher(normalized).matches()) {
            log.add(Problem.warning(file, sheet.name(), cell.address(), "класс указан непонятно: в нём есть знаки, которых"
                    + " в названиях классов не бывает", CellValues.display(cell), "класс, например «" + grade + "А»"));
        }
        if (m.matches()) {
            normalized = Integer.parseInt(m.group(1)) + m.group(2).replaceAll("\\s+", "");
            if (Integer.parseInt(m.group(1)) != grade) {
                log.add(Problem.warning(file, sheet.name(), cell.address(), "класс не относится к параллели " + grade,
                        CellValues.display(cell), "класс " + grade + "-й параллели, например «" + grade + "А»"));
            }
        }
        return normalized;
    }

    private String sex(SheetRow row) {
        Integer column = header.column(Role.SEX);
        Cell cell = column == null ? null : row.cell(column);
        String s = Texts.normalize(CellValues.text(cell));
        if (s.isEmpty()) {
            return "";
        }
        if (s.startsWith("м")) {
            return "м";
        }
        if (s.startsWith("ж")) {
            return "ж";
        }
        log.add(warning(row, Role.SEX, "пол указан непонятно; не учитывается", "«м» или «ж»"));
        return "";
    }

    private String code(SheetRow row) {
        Cell cell = row.cell(header.column(Role.CODE));
        return CellValues.text(cell);
    }

    private String variant(SheetRow row) {
        for (int column : header.variantColumns) {
            String v = CellValues.text(row.cell(column));
            if (isAbsentMark(v)) {
                return v;
            }
        }
        return header.variantColumns.isEmpty() ? "" : CellValues.text(row.cell(header.variantColumns.get(0)));
    }

    /** «отсутствовал», «не присутствовал», «отс.», «н», «н/я», «неявка». */
    static boolean isAbsentMark(String text) {
        String t = Texts.normalize(text).replace(".", "");
        return t.startsWith("отсутств") || t.startsWith("не присутств") || t.equals("отс") || t.equals("н")
                || t.equals("н/я") || t.equals("нб") || t.startsWith("неявк") || t.startsWith("не явил");
    }

    /** «X» or «Х» (Latin or Cyrillic, any case): the task was not attempted. */
    static boolean isNotAttempted(Cell cell) {
        if (cell == null || cell.kind() != CellKind.TEXT) {
            return false;
        }
        String t = cell.text().strip();
        return t.equals("X") || t.equals("x") || t.equals("Х") || t.equals("х");
    }

    private boolean isSummaryRow(SheetRow row) {
        return row.cells().stream().anyMatch(c -> c.kind() == CellKind.TEXT && SUMMARY_LABELS.contains(Texts.normalize(c.text())));
    }

    private static boolean isBlank(Cell cell) {
        return cell == null || (cell.kind() == CellKind.TEXT && cell.text().isBlank());
    }

    private String where(SheetRow row, int column) {
        return "лист «" + sheet.name() + "», ячейка " + Cell.address(row.index(), column);
    }

    private Problem error(SheetRow row, Role role, String message, String expected) {
        int column = header.column(role);
        return Problem.error(file, sheet.name(), Cell.address(row.index(), column), message,
                CellValues.display(row.cell(column)), expected);
    }

    private Problem warning(SheetRow row, Role role, String message, String expected) {
        int column = header.column(role);
        return Problem.warning(file, sheet.name(), Cell.address(row.index(), column), message,
                CellValues.display(row.cell(column)), expected);
    }
}
