package ru.vprsvod.reference;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * The optional «Сроки» sheet: deadlines the coordinator adds to the calendar (Срок | Что | Кто | Основание). Like
 * «Документы», a mistake here must not stop the intake of results: every problem is a warning, the row left out.
 */
final class DeadlinesSheet {

    private static final TableLayout LAYOUT = new TableLayout(List.of(
            Column.named("date", true, "Срок", "Дата", "Срок исполнения"),
            Column.named("title", true, "Что", "Мероприятие", "Что сделать"),
            Column.named("who", false, "Кто", "Ответственный", "Исполнитель"),
            Column.named("source", false, "Основание", "Источник")));

    private DeadlinesSheet() {
    }

    static List<ExtraDeadline> read(String file, Sheet sheet, List<Problem> problems) {
        Optional<SheetTable> located = LAYOUT.locate(file, sheet, p -> problems.add(Problem.warning(p.file(), p.sheet(),
                p.cell(), p.message() + " — лист «Сроки» не учитывается", p.found(), p.expected())));
        if (located.isEmpty()) {
            return List.of();
        }
        SheetTable table = located.get();
        List<ExtraDeadline> deadlines = new ArrayList<>();
        for (SheetRow row : table.records()) {
            String date = table.text(row, "date");
            String title = table.text(row, "title");
            if (date.isEmpty() && title.isEmpty()) {
                continue;
            }
            Optional<LocalDate> day = CellValues.date(table.cell(row, "date"));
            if (day.isEmpty()) {
                problems.add(table.warning(row, "date", "срок указан неверно: строка не учитывается", "дата вида 20.06.2026"));
                continue;
            }
            if (title.isEmpty()) {
                problems.add(table.warning(row, "title", "не указано, что сделать к сроку: строка не учитывается",
                        "мероприятие, например «Совещание с руководителями школ»"));
                continue;
            }
            deadlines.add(new ExtraDeadline(day.get(), title, table.has("who") ? table.text(row, "who") : "",
                    table.has("source") ? table.text(row, "source") : "", sheet.name() + "!" + table.address(row, "date")));
        }
        return List.copyOf(deadlines);
    }
}
