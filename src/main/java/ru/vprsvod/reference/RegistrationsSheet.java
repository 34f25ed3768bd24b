package ru.vprsvod.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import ru.vprsvod.workbook.CellValues;
import ru.vprsvod.workbook.Problem;
import ru.vprsvod.workbook.Sheet;
import ru.vprsvod.workbook.SheetRow;
import ru.vprsvod.workbook.SheetTable;
import ru.vprsvod.workbook.TableLayout;
import ru.vprsvod.workbook.TableLayout.Column;

/**
 * The optional «Документы» sheet: the date, number and signer of each document, entered when it is registered
 * (Документ | Год | Дата | Номер | Должность подписывающего | Подписывает | Контроль возложить на). A mistake here
 * must not stop the intake of results, so every problem is a warning and the row (or the value) is left out.
 */
final class RegistrationsSheet {

    private static final TableLayout LAYOUT = new TableLayout(List.of(
            Column.named("document", true, "Документ", "Вид документа", "Наименование документа"),
            Column.named("year", false, "Год", "Год ВПР"),
            Column.named("date", false, "Дата", "Дата документа", "Дата регистрации"),
            Column.named("number", false, "Номер", "Номер документа", "№", "Регистрационный номер"),
            Column.named("position", false, "Должность подписывающего", "Должность", "Должность подписанта"),
            Column.named("signer", false, "Подписывает", "Подписант", "ФИО подписывающего", "Подпись"),
            Column.named("control", false, "Контроль возложить на", "Контроль", "Контроль за исполнением")));

    private RegistrationsSheet() {
    }

    static Registrations read(String file, Sheet sheet, int campaignYear, List<Problem> problems) {
        Optional<SheetTable> located = LAYOUT.locate(file, sheet, p -> problems.add(asWarning(p)));
        if (located.isEmpty()) {
            return Registrations.empty();
        }
        SheetTable table = located.get();
        List<Registration> entries = new ArrayList<>();
        for (SheetRow row : table.records()) {
            String name = table.text(row, "document");
            if (name.isEmpty()) {
                continue;
            }
            Optional<DocumentKind> kind = DocumentKind.named(name);
            if (kind.isEmpty()) {
                problems.add(table.warning(row, "document", "неизвестный документ «" + name + "»: строка не учитывается",
                        String.join(", ", Arrays.stream(DocumentKind.values()).map(k -> "«" + k.label() + "»").toList())));
                continue;
            }
            int year = campaignYear;
            if (table.has("year") && !table.text(row, "year").isEmpty()) {
                Optional<Integer> y = CellValues.integer(table.cell(row, "year")).filter(v -> v >= 2015 && v <= 2100);
                if (y.isEmpty()) {
                    problems.add(table.warning(row, "year", "год указан неверно: строка не учитывается", "год, например 2026"));
                    continue;
                }
                year = y.get();
            }
            LocalDate date = null;
            if (table.has("date") && !table.text(row, "date").isEmpty()) {
                Optional<LocalDate> d = CellValues.date(table.cell(row, "date"));
                if (d.isEmpty()) {
                    problems.add(table.warning(row, "date", "дата указана неверно: в документе останется пустое место для даты",
                            "дата вида 19.03.2026"));
                } else {
                    date = d.get();
                }
            }
            entries.add(new Registration(kind.get(), year, date, text(table, row, "number"), text(table, row, "position"),
                    text(table, row, "signer"), text(table, row, "control"), sheet.name() + "!" + table.address(row, "document")));
        }
        return new Registrations(entries);
    }

    private static String text(SheetTable table, SheetRow row, String key) {
        return table.has(key) ? table.text(row, key) : "";
    }

    private static Problem asWarning(Problem p) {
        return Problem.warning(p.file(), p.sheet(), p.cell(), p.message() + " — лист «Документы» не учитывается", p.found(),
                p.expected());
    }
}
