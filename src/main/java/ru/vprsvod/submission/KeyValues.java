package ru.vprsvod.submission;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.vprsvod.workbook.Cell;
import ru.vprsvod.workbook.CellKind;
import ru.vprsvod.workbook.CellValues;
import ru.vprsvod.workbook.Sheet;
import ru.vprsvod.workbook.SheetRow;
import ru.vprsvod.workbook.Texts;

/**
 * Finds «Предмет: Математика»-style statements in a block of rows: a label cell followed by its value in the
 * next filled cell of the row, or «Label: value» in one cell; also FIS OKO's title «ВПР 2026 Математика 5 класс».
 */
final class KeyValues {

    enum Key { SCHOOL, SUBJECT, GRADE, YEAR }

    private static final Map<Key, List<String>> LABELS = Map.of(
            Key.SCHOOL, List.of("логин", "логин оо", "логин фис око", "логин в фис око", "школа", "оо",
                    "образовательная организация", "код оо", "код школы", "организация", "общеобразовательная организация"),
            Key.SUBJECT, List.of("предмет", "учебный предмет"),
            Key.GRADE, List.of("класс", "параллель"),
            Key.YEAR, List.of("год", "год проведения", "год проведения впр", "учебный год"));

    private static final Pattern TITLE = Pattern.compile("впр\\s*(20\\d\\d)\\s+(.+?)\\s+(\\d{1,2})\\s*класс.*");

    private KeyValues() {
    }

    /** Statements in the rows before {@code endRow} (exclusive) of a sheet. */
    static Map<Key, Claim> scan(Sheet sheet, int endRow, Claim.Source source) {
        Map<Key, Claim> claims = new EnumMap<>(Key.class);
        for (SheetRow row : sheet.rows()) {
            if (row.index() >= endRow) {
                break;
            }
            List<Cell> cells = row.cells();
            for (int i = 0; i < cells.size(); i++) {
                Cell cell = cells.get(i);
                if (cell.kind() != CellKind.TEXT) {
                    continue;
                }
                String text = Texts.normalize(cell.text());
                Matcher title = TITLE.matcher(text);
                if (title.matches()) {
                    String original = cell.text().strip().replaceAll("\\s+", " ");
                    Matcher again = Pattern.compile("(?i)ВПР\\s*(20\\d\\d)\\s+(.+?)\\s+(\\d{1,2})\\s*класс.*").matcher(original);
                    String subject = again.matches() ? again.group(2) : title.group(2);
                    claims.putIfAbsent(Key.YEAR, new Claim(title.group(1), source, sheet.name(), cell.address()));
                    claims.putIfAbsent(Key.SUBJECT, new Claim(subject, source, sheet.name(), cell.address()));
                    claims.putIfAbsent(Key.GRADE, new Claim(title.group(3), source, sheet.name(), cell.address()));
                    continue;
                }
                int colon = text.indexOf(':');
                String label = colon >= 0 ? text.substring(0, colon).strip() : text;
                Key key = key(label);
                if (key == null || claims.containsKey(key)) {
                    continue;
                }
                if (colon >= 0 && colon < text.length() - 1) {
                    String value = cell.text().strip();
                    value = value.substring(value.indexOf(':') + 1).strip();
                    claims.put(key, new Claim(value, source, sheet.name(), cell.address()));
                } else if (i + 1 < cells.size()) {
                    Cell value = cells.get(i + 1);
                    claims.put(key, new Claim(CellValues.text(value), source, sheet.name(), value.address()));
                }
            }
        }
        return claims;
    }

    private static Key key(String label) {
        String l = label.endsWith(":") ? label.substring(0, label.length() - 1).strip() : label;
        for (Map.Entry<Key, List<String>> e : LABELS.entrySet()) {
            if (e.getValue().contains(l)) {
                return e.getKey();
            }
        }
        return null;
    }
}
