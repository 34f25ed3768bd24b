package ru.vprsvod.reference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
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

/**
 * The optional «Правила» sheet: one threshold or weight per row — «Правило», «Параметр», optionally «Предмет» and
 * «Класс» (the value then holds for that work only), «Значение», «Источник». Rows the program does not know are
 * reported as warnings and ignored, so the coordinator may keep notes in the sheet; a value that cannot be used
 * is an error, like a broken scale.
 */
final class RulesSheet {

    private static final TableLayout LAYOUT = new TableLayout(List.of(
            Column.named("rule", true, "Правило", "Признак"),
            Column.named("parameter", true, "Параметр", "Показатель"),
            Column.named("subject", false, "Предмет"),
            Column.named("grade", false, "Класс", "Параллель"),
            Column.named("value", true, "Значение", "Порог"),
            Column.named("source", false, "Источник", "Основание")));

    private RulesSheet() {
    }

    static Rules read(String file, Sheet sheet, Subjects subjects, List<Problem> problems) {
        Optional<SheetTable> located = LAYOUT.locate(file, sheet, problems::add);
        if (located.isEmpty()) {
            return Rules.defaults();
        }
        SheetTable table = located.get();
        List<Setting> settings = new ArrayList<>();
        Map<String, String> seenAt = new HashMap<>();
        for (SheetRow row : table.records()) {
            String label = table.text(row, "parameter");
            if (label.isEmpty()) {
                continue;
            }
            Optional<RuleParameter> parameter = RuleParameter.find(table.text(row, "rule"), label);
            Optional<Retired> retired = parameter.isPresent() ? Optional.empty() : Retired.find(table.text(row, "rule"), label);
            if (retired.isPresent()) {
                // A reference made for an earlier version: its value at the old default says nothing the coordinator
                // chose, so only a changed value is worth a word.
                if (!retired.get().sameAsOldDefault(table.text(row, "value"))) {
                    problems.add(table.warning(row, "parameter", "параметр больше не используется: " + retired.get().why()
                            + "; значение не учитывается", "строку можно удалить"));
                }
                continue;
            }
            if (parameter.isEmpty()) {
                problems.add(table.warning(row, "parameter", "параметр не известен программе и не учитывается",
                        "один из параметров, перечисленных в README (например «доля не подтвердивших отметку по журналу, больше»)"));
                continue;
            }
            RuleParameter p = parameter.get();
            if (table.text(row, "value").isBlank()) {
                continue; // a row without a value lists the parameter and leaves its default in force
            }
            Optional<String> subject = subject(table, row, p, subjects, problems);
            Optional<Integer> grade = grade(table, row, p, problems);
            Optional<String> value = value(table, row, p, problems);
            if (subject.isEmpty() || grade.isEmpty() || value.isEmpty()) {
                continue;
            }
            String scope = p.name() + "|" + Texts.normalize(subject.get()) + "|" + grade.get();
            String first = seenAt.putIfAbsent(scope, table.address(row, "value"));
            if (first != null) {
                problems.add(table.error(row, "parameter", "параметр «" + p.label() + "» для тех же работ уже задан в ячейке "
                        + first, "одно значение параметра на работу"));
                continue;
            }
            String source = table.text(row, "source");
            settings.add(new Setting(p, value.get(), source.isEmpty() ? "справочник управления образования" : source,
                    false, subject.get(), grade.get(), sheet.name() + "!" + table.address(row, "value")));
        }
        return new Rules(settings);
    }

    /** Parameters of earlier versions, recognised so that an old reference is told what became of them. */
    private enum Retired {
        E_QUALITY_PP("изменение качества относительно района, не менее п. п.", "30"),
        E_TWO_PP("изменение доли «2» относительно района, не менее п. п.", "20"),
        E_ERRORS("изменение больше стандартной ошибки разности, не менее раз", "4.5");

        private final String label;
        private final String oldDefault;

        Retired(String label, String oldDefault) {
            this.label = label;
            this.oldDefault = oldDefault;
        }

        static Optional<Retired> find(String ruleText, String labelText) {
            String rule = RuleParameter.ruleKey(ruleText);
            for (Retired r : values()) {
                if (Texts.normalize(r.label).equals(Texts.normalize(labelText)) && (rule.isEmpty() || rule.equals("e"))) {
                    return Optional.of(r);
                }
            }
            return Optional.empty();
        }

        String why() {
            return "признак E сравнивает теперь средний балл школы относительно района (в стандартных отклонениях) с обычным"
                    + " разбросом изменений школ района, пороги в процентных пунктах не применяются";
        }

        boolean sameAsOldDefault(String value) {
            String v = value.replace(',', '.').replace("%", "").strip();
            try {
                return new BigDecimal(v).compareTo(new BigDecimal(oldDefault)) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }

    private static Optional<String> subject(SheetTable table, SheetRow row, RuleParameter p, Subjects subjects,
                                            List<Problem> problems) {
        String written = table.text(row, "subject");
        if (written.isEmpty()) {
            return Optional.of("");
        }
        if (!p.perWork()) {
            problems.add(table.error(row, "subject", "параметр «" + p.label() + "» задаётся для всех работ сразу",
                    "пустая ячейка"));
            return Optional.empty();
        }
        Optional<String> known = subjects.resolve(written);
        if (known.isEmpty()) {
            problems.add(table.warning(row, "subject", "такого предмета нет на листе «Шкалы»: значение не будет применено",
                    "предмет, как он записан на листе «Шкалы»"));
        }
        return Optional.of(known.orElse(written));
    }

    private static Optional<Integer> grade(SheetTable table, SheetRow row, RuleParameter p, List<Problem> problems) {
        if (table.text(row, "grade").isEmpty()) {
            return Optional.of(0);
        }
        if (!p.perWork()) {
            problems.add(table.error(row, "grade", "параметр «" + p.label() + "» задаётся для всех работ сразу",
                    "пустая ячейка"));
            return Optional.empty();
        }
        Optional<Integer> grade = CellValues.integer(table.cell(row, "grade")).filter(g -> g >= 1 && g <= 11);
        if (grade.isEmpty()) {
            problems.add(table.error(row, "grade", "класс указан неверно", "целое число от 1 до 11 или пустая ячейка"));
        }
        return grade;
    }

    /** The value in the form {@link Setting#number()} reads back, or empty with the problem reported. */
    private static Optional<String> value(SheetTable table, SheetRow row, RuleParameter p, List<Problem> problems) {
        String text = table.text(row, "value");
        if (p.unit() == RuleParameter.Unit.TEXT && List.of("нет", "—", "-").contains(Texts.normalize(text))) {
            return Optional.of(""); // an empty list said explicitly (an empty cell keeps the default)
        }
        if (p.unit() == RuleParameter.Unit.TEXT) {
            if (p == RuleParameter.RISK_RULES || p == RuleParameter.RECHECK_RECOMMEND) {
                for (String item : text.split("[;,]")) {
                    String key = RuleParameter.ruleKey(item);
                    if (!item.isBlank() && !List.of("a", "b", "c", "d", "e", "f").contains(key)) {
                        problems.add(table.error(row, "value", "«" + item.strip() + "» — не буква признака",
                                "буквы признаков A–F через точку с запятой, например «A; E; F»"));
                        return Optional.empty();
                    }
                }
                List<String> letters = new ArrayList<>();
                for (String item : text.split("[;,]")) {
                    if (!item.isBlank()) {
                        letters.add(RuleParameter.ruleKey(item).toUpperCase(java.util.Locale.ROOT));
                    }
                }
                return Optional.of(String.join("; ", letters));
            }
            return Optional.of(text);
        }
        if (p.unit() == RuleParameter.Unit.SWITCH) {
            String t = Texts.normalize(text);
            if (List.of("1", "да", "д", "yes", "true", "истина").contains(t)) {
                return Optional.of("1");
            }
            if (List.of("0", "нет", "н", "no", "false", "ложь").contains(t)) {
                return Optional.of("0");
            }
            problems.add(table.error(row, "value", "нужно «да» или «нет»", "1 (да) или 0 (нет)"));
            return Optional.empty();
        }
        Optional<BigDecimal> number = number(table, row);
        String expected = switch (p.unit()) {
            case PERCENT -> "число от 0 до 100 (проценты), например 50";
            case POINTS -> "число процентных пунктов от 0 до 100, например 20";
            case COUNT -> "целое число не меньше 0";
            default -> "число не меньше 0, например 2 или 2,5";
        };
        boolean fits = number.isPresent() && number.get().signum() >= 0 && switch (p.unit()) {
            case PERCENT, POINTS -> number.get().compareTo(BigDecimal.valueOf(100)) <= 0;
            case COUNT -> number.get().stripTrailingZeros().scale() <= 0 && number.get().compareTo(BigDecimal.valueOf(1_000_000)) <= 0;
            default -> true;
        };
        if (!fits) {
            problems.add(table.error(row, "value", "значение параметра «" + p.label() + "» не подходит", expected));
            return Optional.empty();
        }
        if (p.unit() == RuleParameter.Unit.PERCENT && number.get().signum() > 0 && number.get().compareTo(BigDecimal.ONE) < 0
                && !text.contains("%")) {
            problems.add(table.warning(row, "value", "значение понято как " + number.get().toPlainString().replace('.', ',')
                    + " %; если в ячейке формат «Процентный» и имелось в виду " + number.get().movePointRight(2)
                    .stripTrailingZeros().toPlainString().replace('.', ',') + " %, введите это число в ячейку с обычным форматом",
                    "число процентов, например 50"));
        }
        return Optional.of(number.get().stripTrailingZeros().toPlainString());
    }

    /** «50», «50 %», «2,5» or a number cell. */
    private static Optional<BigDecimal> number(SheetTable table, SheetRow row) {
        Optional<BigDecimal> plain = CellValues.decimal(table.cell(row, "value"));
        if (plain.isPresent()) {
            return plain;
        }
        String t = table.text(row, "value").replace("%", "").replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
        return t.matches("\\d+(\\.\\d+)?") ? Optional.of(new BigDecimal(t)) : Optional.empty();
    }
}
