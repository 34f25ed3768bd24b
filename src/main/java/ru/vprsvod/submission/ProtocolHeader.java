package ru.vprsvod.submission;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.vprsvod.reference.TaskCodes;
import ru.vprsvod.workbook.Cell;
import ru.vprsvod.workbook.CellKind;
import ru.vprsvod.workbook.Sheet;
import ru.vprsvod.workbook.SheetRow;
import ru.vprsvod.workbook.Texts;

/**
 * The header row of a FIS OKO «Протокол» sheet and what each of its columns holds. Header wording varies by
 * year and region («Код» / «Код участника», «Класс» / «Класс №» / «Наименование класса», line breaks, case),
 * so every column is recognised by a tolerant rule.
 */
final class ProtocolHeader {

    /** Rows searched for the header: a title or a metadata block may stand above it. */
    private static final int SEARCH_ROWS = 40;

    enum Role { CODE, CLASS, SEX, JOURNAL_MARK, TOTAL, VPR_MARK }

    /** A task column: its canonical code and the maximum written in the header («5.1 (2б)»), or null. */
    record TaskColumn(int column, String code, Integer maxFromHeader, String header) {
    }

    /** A column whose header is not recognised: reported, not read. */
    record Unknown(int column, String header) {
    }

    /** «5.1 (1б)», «1(1)», «11.3 k1 (2 б.)», «Задание 3 (2 балла)», or a bare «5.1». */
    private static final Pattern TASK = Pattern.compile(
            "(?:задание|зад\\.?|№)?\\s*(\\d{1,2}(?:\\.\\d{1,2}){0,2}(?:\\s*[kк]\\s*\\d{1,2})?)"
                    + "\\s*(?:\\(\\s*(\\d{1,2})\\s*(?:б|балл|балла|баллов)?\\.?\\s*\\))?");

    final int row;
    final Map<Role, Integer> columns;
    final List<Integer> variantColumns;
    final List<TaskColumn> tasks;
    final List<Unknown> unknown;
    final List<String> duplicateRoles;

    private ProtocolHeader(int row, Map<Role, Integer> columns, List<Integer> variantColumns,
                           List<TaskColumn> tasks, List<Unknown> unknown, List<String> duplicateRoles) {
        this.row = row;
        this.columns = columns;
        this.variantColumns = variantColumns;
        this.tasks = tasks;
        this.unknown = unknown;
        this.duplicateRoles = duplicateRoles;
    }

    /**
     * The header row of a sheet, if the sheet looks like a results protocol at all: a row naming a participant
     * code and a task, or at least two tasks, or a code with other protocol columns. Other sheets (a «Классы»
     * list, instructions) are not protocols and are skipped.
     */
    static Optional<ProtocolHeader> find(Sheet sheet) {
        for (SheetRow row : sheet.rows()) {
            if (row.index() >= SEARCH_ROWS) {
                break;
            }
            ProtocolHeader header = classify(row);
            boolean code = header.columns.containsKey(Role.CODE);
            int known = header.columns.size() + header.variantColumns.size();
            if ((code && !header.tasks.isEmpty()) || header.tasks.size() >= 2 || (code && known >= 3)) {
                return Optional.of(header);
            }
        }
        return Optional.empty();
    }

    private static ProtocolHeader classify(SheetRow row) {
        Map<Role, Integer> columns = new EnumMap<>(Role.class);
        List<Integer> variants = new ArrayList<>();
        List<TaskColumn> tasks = new ArrayList<>();
        List<Unknown> unknown = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        for (Cell cell : row.cells()) {
            String raw = cell.kind() == CellKind.NUMBER ? cell.text() : cell.text();
            String h = Texts.normalize(raw);
            if (h.isEmpty()) {
                continue;
            }
            Optional<Role> role = role(h);
            if (role.isPresent()) {
                if (columns.putIfAbsent(role.get(), cell.column()) != null) {
                    duplicates.add(raw.strip());
                }
            } else if (h.startsWith("вариант")) {
                variants.add(cell.column());
            } else {
                Matcher m = TASK.matcher(h);
                Optional<String> code = m.matches() ? TaskCodes.canonical(m.group(1)) : Optional.empty();
                if (code.isPresent()) {
                    tasks.add(new TaskColumn(cell.column(), code.get(),
                            m.group(2) == null ? null : Integer.valueOf(m.group(2)), raw.strip()));
                } else {
                    unknown.add(new Unknown(cell.column(), raw.strip()));
                }
            }
        }
        return new ProtocolHeader(row.index(), columns, variants, tasks, unknown, duplicates);
    }

    private static Optional<Role> role(String h) {
        if (h.equals("код") || h.startsWith("код участник") || h.startsWith("код обучающ") || h.startsWith("код ученик")
                || h.equals("код работы")) {
            return Optional.of(Role.CODE);
        }
        if (h.startsWith("класс") || h.startsWith("наименование класса") || h.startsWith("порядковый номер класса")
                || h.equals("литера класса")) {
            return Optional.of(Role.CLASS);
        }
        if (h.equals("пол")) {
            return Optional.of(Role.SEX);
        }
        if (h.startsWith("отметка") && (h.contains("предыдущ") || h.contains("журнал") || h.contains("четверт")
                || h.contains("триместр") || h.contains("полугоди"))) {
            return Optional.of(Role.JOURNAL_MARK);
        }
        if (h.equals("отметка") || h.startsWith("отметка за впр") || h.startsWith("отметка по впр") || h.equals("отметка впр")
                || h.equals("оценка") || h.equals("оценка за впр")) {
            return Optional.of(Role.VPR_MARK);
        }
        if (h.startsWith("итого") || h.startsWith("первичный балл") || h.startsWith("сумма баллов")
                || h.startsWith("итоговый балл") || h.startsWith("всего баллов") || h.equals("сумма")) {
            return Optional.of(Role.TOTAL);
        }
        return Optional.empty();
    }

    Integer column(Role role) {
        return columns.get(role);
    }

    /** Every column read for a participant, apart from computed ones (total, mark) that forms pre-fill with formulas. */
    List<Integer> enteredColumns() {
        List<Integer> cols = new ArrayList<>(variantColumns);
        tasks.forEach(t -> cols.add(t.column()));
        for (Role r : new Role[] {Role.CODE, Role.CLASS, Role.SEX, Role.JOURNAL_MARK}) {
            if (columns.containsKey(r)) {
                cols.add(columns.get(r));
            }
        }
        return cols;
    }
}
