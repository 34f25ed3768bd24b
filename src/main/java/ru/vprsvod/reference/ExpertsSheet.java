package ru.vprsvod.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.vprsvod.workbook.CellValues;
import ru.vprsvod.workbook.ClassNames;
import ru.vprsvod.workbook.Problem;
import ru.vprsvod.workbook.Sheet;
import ru.vprsvod.workbook.SheetRow;
import ru.vprsvod.workbook.SheetTable;
import ru.vprsvod.workbook.TableLayout;
import ru.vprsvod.workbook.TableLayout.Column;
import ru.vprsvod.workbook.Texts;

/**
 * The optional «Эксперты» sheet: the bank of teachers for the subject commissions of the municipal re-check (ФИО |
 * Школа | Предметы | Высшее образование | Стаж (лет) | Руководитель РМО по предмету | Преподаёт также в (ОО: классы)).
 * Like «Сроки», a mistake here must not stop the intake of results: every problem is a warning and the row (or the
 * one value) is left out. The last column names the classes an expert teaches at other schools (a second post,
 * «edu990003: 7А, 7Б; Лицей № 2: 5В»), so that their works go to someone else where possible.
 */
final class ExpertsSheet {

    private static final TableLayout LAYOUT = new TableLayout(List.of(
            Column.named("name", true, "ФИО", "Фамилия, имя, отчество", "Эксперт", "ФИО эксперта"),
            Column.named("school", true, "Школа", "ОО", "Образовательная организация", "Логин ОО", "Место работы"),
            Column.named("subjects", true, "Предметы", "Предмет", "Учебные предметы"),
            Column.named("higher", true, "Высшее образование", "Высшее образование (да/нет)", "Высшее"),
            Column.named("years", true, "Стаж (лет)", "Стаж", "Стаж, лет", "Педагогический стаж", "Стаж работы (лет)",
                    "Опыт работы (лет)"),
            Column.named("rmo", false, "Руководитель РМО по предмету", "Руководитель РМО", "РМО", "Председатель РМО"),
            Column.named("elsewhere", false, "Преподаёт также в (ОО: классы)", "Преподаёт также в", "Совместительство",
                    "Другие ОО и классы")));

    private ExpertsSheet() {
    }

    static List<Expert> read(String file, Sheet sheet, Reference reference, List<Problem> problems) {
        Optional<SheetTable> located = LAYOUT.locate(file, sheet, p -> problems.add(Problem.warning(p.file(), p.sheet(),
                p.cell(), p.message() + " — лист «Эксперты» не учитывается", p.found(), p.expected())));
        if (located.isEmpty()) {
            return List.of();
        }
        SheetTable table = located.get();
        List<Expert> experts = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (SheetRow row : table.records()) {
            String name = table.text(row, "name").replaceAll("\\s+", " ").strip();
            if (name.isEmpty() && table.text(row, "school").isEmpty() && table.text(row, "subjects").isEmpty()) {
                continue;
            }
            String skipped = ": эксперт не учитывается";
            if (name.isEmpty()) {
                problems.add(table.warning(row, "name", "не указаны фамилия, имя, отчество эксперта" + skipped,
                        "ФИО, например «Иванова Мария Петровна»"));
                continue;
            }
            Optional<School> school = reference.school(table.text(row, "school"));
            if (school.isEmpty()) {
                problems.add(table.warning(row, "school", (table.text(row, "school").isEmpty() ? "не указана школа эксперта"
                        : "школы нет на листе «Школы»") + skipped, "логин ФИС ОКО, код или краткое наименование школы с листа «Школы»"));
                continue;
            }
            Optional<Boolean> higher = yesNo(table.text(row, "higher"));
            if (higher.isEmpty()) {
                problems.add(table.warning(row, "higher", "не понятно, есть ли у эксперта высшее образование" + skipped,
                        "«да» или «нет»"));
                continue;
            }
            Optional<Integer> years = CellValues.integer(table.cell(row, "years")).filter(y -> y >= 0 && y <= 70);
            if (years.isEmpty()) {
                problems.add(table.warning(row, "years", "стаж педагогической работы указан неверно" + skipped,
                        "целое число лет от 0 до 70"));
                continue;
            }
            Integer first = seen.putIfAbsent(Texts.normalize(name), row.index() + 1);
            if (first != null) {
                problems.add(table.warning(row, "name", "эксперт уже указан в строке " + first + skipped,
                        "одна строка на эксперта, предметы через запятую"));
                continue;
            }
            Set<String> subjects = new LinkedHashSet<>();
            for (String written : table.text(row, "subjects").split("[,;\\n]")) {
                if (written.isBlank()) {
                    continue;
                }
                Optional<String> subject = reference.subject(written.strip());
                if (subject.isPresent()) {
                    subjects.add(subject.get());
                } else {
                    problems.add(table.warning(row, "subjects", "предмета «" + written.strip() + "» нет на листе «Шкалы»:"
                            + " предмет не учитывается", "предметы через запятую, как на листе «Шкалы»"));
                }
            }
            String rmo = "";
            String rmoText = table.has("rmo") ? table.text(row, "rmo") : "";
            if (!rmoText.isBlank() && !Texts.normalize(rmoText).equals("нет") && !rmoText.strip().equals("-")
                    && !rmoText.strip().equals("—")) {
                Optional<String> subject = reference.subject(rmoText.strip());
                if (subject.isEmpty()) {
                    problems.add(table.warning(row, "rmo", "предмета нет на листе «Шкалы»: эксперт не будет председателем"
                            + " комиссии", "предмет, РМО которого возглавляет эксперт, или пусто"));
                } else {
                    rmo = subject.get();
                    subjects.add(rmo); // the head of a subject's РМО teaches it, whether or not «Предметы» says so
                }
            }
            if (subjects.isEmpty()) {
                if (table.text(row, "subjects").isBlank()) {
                    problems.add(table.warning(row, "subjects", "не указан ни один предмет" + skipped,
                            "предметы через запятую, как на листе «Шкалы»"));
                }
                continue;
            }
            List<Expert.TaughtClass> elsewhere = table.has("elsewhere") ? elsewhere(table, row, reference, problems)
                    : List.of();
            experts.add(new Expert(name, school.get().login(), List.copyOf(subjects), higher.get(), years.get(), rmo, elsewhere,
                    "лист «" + sheet.name() + "», строка " + (row.index() + 1)));
        }
        return List.copyOf(experts);
    }

    /** «edu990003: 7А, 7Б; Лицей № 2: 5В»: each part a school, a colon and its classes; a bad part is a warning. */
    private static List<Expert.TaughtClass> elsewhere(SheetTable table, SheetRow row, Reference reference,
                                                      List<Problem> problems) {
        String expected = "школа, двоеточие и классы, школы через точку с запятой: «edu990003: 7А, 7Б; Лицей № 2: 5В»";
        List<Expert.TaughtClass> out = new ArrayList<>();
        for (String part : table.text(row, "elsewhere").split(";")) {
            if (part.isBlank() || Texts.normalize(part).equals("нет") || part.strip().equals("-") || part.strip().equals("—")) {
                continue;
            }
            int colon = part.indexOf(':');
            Optional<School> school = colon < 0 ? Optional.empty() : reference.school(part.substring(0, colon).strip());
            if (colon < 0 || school.isEmpty()) {
                problems.add(table.warning(row, "elsewhere", (colon < 0 ? "не понятно, в какой школе эксперт преподаёт «"
                        + part.strip() + "»" : "школы «" + part.substring(0, colon).strip() + "» нет на листе «Школы»")
                        + ": эти классы не учитываются", expected));
                continue;
            }
            for (String written : part.substring(colon + 1).split(",")) {
                if (written.isBlank()) {
                    continue;
                }
                Optional<String> className = ClassNames.read(written);
                if (className.isEmpty()) {
                    problems.add(table.warning(row, "elsewhere", "класс «" + written.strip() + "» указан непонятно: не"
                            + " учитывается", "класс, например «7А»"));
                } else {
                    out.add(new Expert.TaughtClass(school.get().login(), className.get()));
                }
            }
        }
        return out;
    }

    private static Optional<Boolean> yesNo(String text) {
        String t = Texts.normalize(text);
        return switch (t) {
            case "да", "есть", "+", "1", "высшее" -> Optional.of(true);
            case "нет", "-", "—", "0" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
