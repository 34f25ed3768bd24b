package ru.vprsvod.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.vprsvod.workbook.Cell;
import ru.vprsvod.workbook.CellKind;
import ru.vprsvod.workbook.CellValues;
import ru.vprsvod.workbook.Problem;
import ru.vprsvod.workbook.Sheet;
import ru.vprsvod.workbook.SheetRow;
import ru.vprsvod.workbook.SheetTable;
import ru.vprsvod.workbook.TableLayout;
import ru.vprsvod.workbook.TableLayout.Column;
import ru.vprsvod.workbook.Texts;

/**
 * A federal list sheet: «Год | Логин | Муниципалитет | ОО | 4 РУ | 4 МА | … | Количество маркеров», each marker
 * cell 1 or empty (the layout of the lists regions receive, cf. domain research §1.1, 1.3).
 */
final class FederalListSheet {

    /** «4 РУ», «5 МА», «4 кл. Русский язык», «4 класс математика». */
    private static final Pattern MARKER = Pattern.compile("(\\d{1,2})\\s*(?:кл\\.?|класс)?\\s+([а-яa-z][а-яa-z .]*)");

    private static final TableLayout LAYOUT = new TableLayout(List.of(
            Column.named("year", true, "Год"),
            Column.named("login", true, "Логин", "Логин ОО", "Логин ФИС ОКО"),
            Column.named("name", false, "ОО", "Наименование ОО", "Школа", "Название ОО"),
            Column.named("count", false, "Количество маркеров", "Кол-во маркеров", "Число маркеров")));

    private FederalListSheet() {
    }

    /** A sheet is a federal list when one of its top rows names a login and markers. */
    static boolean recognises(Sheet sheet) {
        for (SheetRow row : sheet.rows()) {
            if (row.index() > 30) {
                break;
            }
            boolean login = false;
            boolean markers = false;
            for (Cell cell : row.cells()) {
                String h = Texts.normalize(cell.text());
                login |= h.equals("логин") || h.equals("логин оо");
                markers |= h.contains("маркер") || (cell.kind() == CellKind.TEXT && MARKER.matcher(h).matches() && h.length() <= 8);
            }
            if (login && markers) {
                return true;
            }
        }
        return false;
    }

    static List<FederalList.Listed> read(String file, Sheet sheet, Subjects subjects, String origin, List<Problem> problems) {
        Optional<SheetTable> located = LAYOUT.locate(file, sheet, problems::add);
        if (located.isEmpty()) {
            return List.of();
        }
        SheetTable table = located.get();
        Map<Integer, String> markerColumns = markerColumns(sheet, table, subjects);
        List<FederalList.Listed> entries = new ArrayList<>();
        for (SheetRow row : table.records()) {
            String login = table.text(row, "login");
            Optional<Integer> year = CellValues.integer(table.cell(row, "year")).filter(y -> y >= 2015 && y <= 2100);
            if (login.isEmpty()) {
                problems.add(table.error(row, "login", "не указан логин школы", "логин вида edu053001"));
                continue;
            }
            if (year.isEmpty()) {
                problems.add(table.error(row, "year", "год указан неверно", "год, например 2025"));
                continue;
            }
            List<String> markers = new ArrayList<>();
            markerColumns.forEach((column, name) -> {
                Cell cell = row.cell(column);
                if (isSet(cell)) {
                    markers.add(name);
                }
            });
            int count = markers.size();
            if (table.has("count") && !table.text(row, "count").isEmpty()) {
                Optional<Integer> given = CellValues.integer(table.cell(row, "count")).filter(c -> c >= 0);
                if (given.isEmpty()) {
                    problems.add(table.error(row, "count", "количество маркеров указано неверно", "целое число"));
                    continue;
                }
                count = given.get();
            } else if (markerColumns.isEmpty()) {
                count = 1;
            }
            if (count > 0) {
                entries.add(new FederalList.Listed(year.get(), login, table.text(row, "name"), markers, count,
                        origin + ", лист «" + sheet.name() + "», строка " + (row.index() + 1)));
            }
        }
        return entries;
    }

    /** Column index → the work it marks, written out («Русский язык, 4 класс») when the subject is known. */
    private static Map<Integer, String> markerColumns(Sheet sheet, SheetTable table, Subjects subjects) {
        Map<Integer, String> columns = new LinkedHashMap<>();
        SheetRow header = sheet.rows().stream().filter(r -> r.index() == headerRow(sheet, table)).findFirst().orElse(null);
        if (header == null) {
            return columns;
        }
        for (Cell cell : header.cells()) {
            Matcher m = MARKER.matcher(Texts.normalize(cell.text()));
            if (cell.kind() == CellKind.TEXT && m.matches()) {
                String subject = subjects.resolve(m.group(2)).orElse(cell.text().strip());
                columns.put(cell.column(), subjects.resolve(m.group(2)).isPresent()
                        ? subject + ", " + Integer.parseInt(m.group(1)) + " класс" : cell.text().strip());
            }
        }
        return columns;
    }

    /** The row {@link #LAYOUT} took as the header: the first of the top rows naming both the year and the login. */
    private static int headerRow(Sheet sheet, SheetTable table) {
        for (SheetRow row : sheet.rows()) {
            boolean year = false;
            boolean login = false;
            for (Cell cell : row.cells()) {
                String h = Texts.normalize(cell.text());
                year |= h.equals("год");
                login |= h.startsWith("логин");
            }
            if (year && login) {
                return row.index();
            }
        }
        return -1;
    }

    private static boolean isSet(Cell cell) {
        if (cell == null) {
            return false;
        }
        if (cell.kind() == CellKind.NUMBER) {
            return cell.number() != 0;
        }
        String t = Texts.normalize(cell.text());
        return t.equals("1") || t.equals("да") || t.equals("+") || t.equals("х") || t.equals("x") || t.equals("v");
    }

    static void warnAboutOtherSchools(String file, List<FederalList.Listed> entries, Reference reference, List<Problem> problems) {
        long others = entries.stream().filter(e -> reference.school(e.login()).isEmpty()).count();
        if (others > 0) {
            problems.add(Problem.warning(file, "", "", others + " из " + entries.size() + " строк списка относятся к школам,"
                    + " которых нет в справочнике (вероятно, других муниципалитетов): для проверок они не нужны", "", ""));
        }
    }
}
