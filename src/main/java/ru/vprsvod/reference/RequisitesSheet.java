package ru.vprsvod.reference;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.vprsvod.workbook.CellValues;
import ru.vprsvod.workbook.Problem;
import ru.vprsvod.workbook.Sheet;
import ru.vprsvod.workbook.SheetRow;
import ru.vprsvod.workbook.SheetTable;
import ru.vprsvod.workbook.TableLayout;
import ru.vprsvod.workbook.TableLayout.Column;
import ru.vprsvod.workbook.Texts;

/** The «Реквизиты» sheet: two columns, «Реквизит» and «Значение». */
final class RequisitesSheet {

    private static final TableLayout LAYOUT = new TableLayout(List.of(
            Column.named("label", true, "Реквизит", "Параметр", "Наименование реквизита"),
            Column.named("value", true, "Значение")));

    /**
     * The labels the product itself understands; required ones must be filled. An optional one the shipped templates
     * print has a warning for when it is blank: the document still comes out, but the coordinator should know what
     * stands in its place.
     */
    enum Field {
        BODY("Наименование органа", true, null),
        BODY_SHORT("Краткое наименование органа", false, null),
        DISTRICT("Муниципальное образование", false, "в заголовках документов («… в общеобразовательных организациях"
                + " муниципального образования «…»») район будет назван по наименованию органа — словами после"
                + " «Администрации»"),
        PLACE("Место издания", true, null),
        ADDRESS("Адрес", false, null),
        CONTACTS("Телефон, e-mail", false, null),
        HEAD_POSITION("Должность руководителя", true, null),
        HEAD_NAME("Руководитель", true, null),
        COORDINATOR_POSITION("Должность муниципального координатора", false, null),
        COORDINATOR_NAME("Муниципальный координатор ВПР", false, "в распоряжении о проведении ВПР вместо муниципального"
                + " координатора останется место, чтобы вписать его от руки"),
        EXECUTOR_NAME("Исполнитель", false, "в документах не будет отметки об исполнителе"),
        EXECUTOR_PHONE("Телефон исполнителя", false, null),
        CAMPAIGN_YEAR("Год проведения ВПР", true, null),
        PERIOD_END("Дата окончания периода проведения ВПР", false, "сроки перепроверки и хранения работ не будут"
                + " вычислены, в документах о них останутся общие слова");

        final String label;
        final boolean required;
        /** What the documents do without it; null when they do not print it. */
        final String whenEmpty;

        Field(String label, boolean required, String whenEmpty) {
            this.label = label;
            this.required = required;
            this.whenEmpty = whenEmpty;
        }
    }


    private RequisitesSheet() {
    }

    static Optional<Requisites> read(String file, Sheet sheet, List<Problem> problems) {
        Optional<SheetTable> located = LAYOUT.locate(file, sheet, problems::add);
        if (located.isEmpty()) {
            return Optional.empty();
        }
        SheetTable table = located.get();
        Map<String, String> all = new LinkedHashMap<>();
        Map<Field, SheetRow> rows = new LinkedHashMap<>();
        for (SheetRow row : table.records()) {
            String label = table.text(row, "label");
            if (label.isEmpty()) {
                continue;
            }
            all.put(label, table.text(row, "value"));
            for (Field f : Field.values()) {
                if (Texts.normalize(f.label).equals(Texts.normalize(label))) {
                    rows.putIfAbsent(f, row);
                }
            }
        }
        boolean complete = true;
        for (Field f : Field.values()) {
            if (f.required && (!rows.containsKey(f) || table.text(rows.get(f), "value").isEmpty())) {
                problems.add(Problem.error(file, sheet.name(), rows.containsKey(f) ? table.address(rows.get(f), "value") : "",
                        "не заполнен реквизит «" + f.label + "»", "", "строка «" + f.label + "» со значением"));
                complete = false;
            }
        }
        if (!complete) {
            return Optional.empty();
        }
        for (Field f : Field.values()) {
            if (f.whenEmpty != null && (!rows.containsKey(f) || table.text(rows.get(f), "value").isBlank())) {
                problems.add(Problem.warning(file, sheet.name(), rows.containsKey(f) ? table.address(rows.get(f), "value") : "",
                        "не заполнен реквизит «" + f.label + "»: " + f.whenEmpty, "", "строка «" + f.label + "» со значением"));
            }
        }
        Optional<Integer> year = CellValues.integer(table.cell(rows.get(Field.CAMPAIGN_YEAR), "value"))
                .filter(y -> y >= 2015 && y <= 2100);
        if (year.isEmpty()) {
            problems.add(table.error(rows.get(Field.CAMPAIGN_YEAR), "value", "год проведения ВПР указан неверно", "год, например 2026"));
            return Optional.empty();
        }
        LocalDate periodEnd = null;
        if (rows.containsKey(Field.PERIOD_END) && !table.text(rows.get(Field.PERIOD_END), "value").isEmpty()) {
            Optional<LocalDate> date = CellValues.date(table.cell(rows.get(Field.PERIOD_END), "value"));
            if (date.isEmpty()) {
                problems.add(table.error(rows.get(Field.PERIOD_END), "value", "дата указана неверно", "дата вида 20.05.2026"));
                return Optional.empty();
            }
            periodEnd = date.get();
        }
        return Optional.of(new Requisites(
                value(table, rows, Field.BODY), value(table, rows, Field.BODY_SHORT), value(table, rows, Field.DISTRICT),
                value(table, rows, Field.PLACE), value(table, rows, Field.ADDRESS), value(table, rows, Field.CONTACTS),
                value(table, rows, Field.HEAD_POSITION), value(table, rows, Field.HEAD_NAME),
                value(table, rows, Field.COORDINATOR_POSITION), value(table, rows, Field.COORDINATOR_NAME),
                value(table, rows, Field.EXECUTOR_NAME), value(table, rows, Field.EXECUTOR_PHONE),
                year.get(), periodEnd, all));
    }

    private static String value(SheetTable table, Map<Field, SheetRow> rows, Field f) {
        return rows.containsKey(f) ? table.text(rows.get(f), "value") : "";
    }

}
