package ru.vprsvod.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import ru.vprsvod.workbook.Problem;
import ru.vprsvod.workbook.Sheet;
import ru.vprsvod.workbook.SheetRow;
import ru.vprsvod.workbook.SheetTable;
import ru.vprsvod.workbook.TableLayout;
import ru.vprsvod.workbook.TableLayout.Column;
import ru.vprsvod.workbook.Texts;

/** The «Школы» sheet: one school per row. */
final class SchoolsSheet {

    private static final Pattern LOGIN = Pattern.compile("(edu|sch)\\d{4,8}", Pattern.CASE_INSENSITIVE);

    private static final TableLayout LAYOUT = new TableLayout(List.of(
            Column.named("login", true, "Логин ФИС ОКО", "Логин", "Логин ОО", "Логин в ФИС ОКО"),
            Column.named("code", false, "Код", "Код ОО", "Код школы"),
            Column.named("short", true, "Краткое наименование", "Наименование", "Школа", "Краткое название"),
            Column.named("full", false, "Полное наименование", "Полное название"),
            Column.named("type", false, "Тип", "Тип ОО", "Вид"),
            Column.named("head", false, "Руководитель", "Руководитель (И.О. Фамилия)", "ФИО руководителя", "Директор"),
            Column.named("position", false, "Должность руководителя", "Должность"),
            Column.named("address", false, "Адрес"),
            Column.named("grades", false, "Классы", "Параллели", "Классы обучения")));

    private SchoolsSheet() {
    }

    static List<School> read(String file, Sheet sheet, List<Problem> problems) {
        Optional<SheetTable> located = LAYOUT.locate(file, sheet, problems::add);
        if (located.isEmpty()) {
            return List.of();
        }
        SheetTable table = located.get();
        List<School> schools = new ArrayList<>();
        Map<String, String> loginSeenAt = new HashMap<>();
        Map<String, String> codeSeenAt = new HashMap<>();
        for (SheetRow row : table.records()) {
            String login = table.text(row, "login");
            if (login.isEmpty()) {
                problems.add(table.error(row, "login", "не указан логин ФИС ОКО школы", "логин вида edu053001"));
                continue;
            }
            if (!LOGIN.matcher(login).matches()) {
                problems.add(table.warning(row, "login", "логин не похож на логин ФИС ОКО", "логин вида edu053001 или sch053001"));
            }
            String first = loginSeenAt.putIfAbsent(Texts.normalize(login), table.address(row, "login"));
            if (first != null) {
                problems.add(table.error(row, "login", "логин школы повторяется (впервые указан в ячейке " + first + ")",
                        "у каждой школы свой логин"));
                continue;
            }
            String code = table.text(row, "code");
            if (!code.isEmpty()) {
                String firstCode = codeSeenAt.putIfAbsent(Texts.normalize(code), table.address(row, "code"));
                if (firstCode != null) {
                    problems.add(table.error(row, "code", "код школы повторяется (впервые указан в ячейке " + firstCode + ")",
                            "у каждой школы свой код"));
                }
            }
            String shortName = table.text(row, "short");
            String fullName = table.text(row, "full");
            if (shortName.isEmpty() && fullName.isEmpty()) {
                problems.add(table.error(row, "short", "не указано наименование школы", "краткое наименование, например МБОУ СОШ № 1"));
            }
            String type = table.text(row, "type");
            GradeSet grades = GradeSet.forSchoolType(type + " " + shortName);
            if (table.has("grades") && !table.text(row, "grades").isEmpty()) {
                Optional<GradeSet> parsed = GradeSet.parse(table.text(row, "grades"));
                if (parsed.isEmpty()) {
                    problems.add(table.error(row, "grades", "не удаётся разобрать список классов", "например «1-11», «1-4» или «4-8, 10»"));
                } else {
                    grades = parsed.get();
                }
            }
            String position = table.text(row, "position");
            schools.add(new School(login, code, shortName.isEmpty() ? fullName : shortName,
                    fullName.isEmpty() ? shortName : fullName, type, table.text(row, "head"),
                    position.isEmpty() ? "Директор" : position, table.text(row, "address"), grades));
        }
        if (schools.isEmpty() && problems.stream().noneMatch(p -> p.sheet().equals(sheet.name()))) {
            problems.add(Problem.error(file, sheet.name(), "", "в списке школ нет ни одной школы", "", "хотя бы одна строка со школой"));
        }
        return schools;
    }
}
