package ru.vprsvod.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.vprsvod.workbook.ClassNames;
import ru.vprsvod.workbook.Problem;
import ru.vprsvod.workbook.Sheet;
import ru.vprsvod.workbook.SheetRow;
import ru.vprsvod.workbook.SheetTable;
import ru.vprsvod.workbook.TableLayout;
import ru.vprsvod.workbook.TableLayout.Column;
import ru.vprsvod.workbook.Texts;

/**
 * The optional «Наблюдатели» sheet: the bank of public observers (ФИО | Организация, должность | Телефон | Работает в
 * ОО (логин) | Ребёнок обучается: ОО (логин) и класс). The last two columns list the relations that keep an observer
 * away from a school (Порядок, разд. 3), several separated by «;»: «edu990001; edu990004» and «edu990001 5А; 02 7Б».
 * Like «Эксперты», a mistake here must not stop the intake of results: every problem is a warning. An observer whose
 * relation cannot be read is left out as a whole — sending them anywhere could be the conflict the row meant to name.
 */
final class ObserversSheet {

    private static final String LIST = "[;\\n]";

    private static final TableLayout LAYOUT = new TableLayout(List.of(
            Column.named("name", true, "ФИО", "Фамилия, имя, отчество", "Наблюдатель", "ФИО наблюдателя"),
            Column.named("organisation", false, "Организация, должность", "Организация/должность", "Организация / должность",
                    "Место работы, должность", "Место работы", "Организация", "Должность"),
            Column.named("phone", false, "Телефон", "Контактный телефон", "Телефон, e-mail"),
            Column.named("works", false, "Работает в ОО (логин)", "Работает в ОО", "Работает в школе", "Работает в ОО (логины)"),
            Column.named("children", false, "Ребёнок обучается: ОО (логин) и класс", "Ребёнок обучается", "Дети обучаются",
                    "Дети: ОО и класс", "Ребёнок обучается: ОО и класс")));

    private ObserversSheet() {
    }

    static List<ObserverEntry> read(String file, Sheet sheet, Reference reference, List<Problem> problems) {
        Optional<SheetTable> located = LAYOUT.locate(file, sheet, p -> problems.add(Problem.warning(p.file(), p.sheet(),
                p.cell(), p.message() + " — лист «Наблюдатели» не учитывается", p.found(), p.expected())));
        if (located.isEmpty()) {
            return List.of();
        }
        SheetTable table = located.get();
        List<ObserverEntry> observers = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (SheetRow row : table.records()) {
            String name = table.text(row, "name").replaceAll("\\s+", " ").strip();
            String skipped = ": наблюдатель не учитывается";
            if (name.isEmpty()) {
                problems.add(table.warning(row, "name", "не указаны фамилия, имя, отчество наблюдателя" + skipped,
                        "ФИО, например «Иванова Мария Петровна»"));
                continue;
            }
            Integer first = seen.putIfAbsent(Texts.normalize(name), row.index() + 1);
            if (first != null) {
                problems.add(table.warning(row, "name", "наблюдатель уже указан в строке " + first + skipped,
                        "одна строка на наблюдателя; несколько школ или детей — через «;» в одной строке"));
                continue;
            }
            Optional<List<String>> works = works(table, row, reference, problems);
            Optional<List<ObserverEntry.Child>> children = children(table, row, reference, problems);
            if (works.isEmpty() || children.isEmpty()) {
                continue;
            }
            observers.add(new ObserverEntry(name, oneLine(table.has("organisation") ? table.text(row, "organisation") : ""),
                    oneLine(table.has("phone") ? table.text(row, "phone") : ""), works.get(), children.get(),
                    "лист «" + sheet.name() + "», строка " + (row.index() + 1)));
        }
        return List.copyOf(observers);
    }

    private static Optional<List<String>> works(SheetTable table, SheetRow row, Reference reference, List<Problem> problems) {
        List<String> logins = new ArrayList<>();
        if (!table.has("works")) {
            return Optional.of(logins);
        }
        for (String written : table.text(row, "works").split(LIST)) {
            if (written.isBlank() || isNone(written)) {
                continue;
            }
            Optional<School> school = reference.school(written.strip());
            if (school.isEmpty()) {
                problems.add(table.warning(row, "works", "школы «" + written.strip() + "» нет на листе «Школы»: наблюдатель"
                        + " не учитывается, пока не ясно, где он работает", "логин ФИС ОКО, код или краткое наименование"
                        + " школы с листа «Школы»; несколько — через «;»"));
                return Optional.empty();
            }
            if (!logins.contains(school.get().login())) {
                logins.add(school.get().login());
            }
        }
        return Optional.of(logins);
    }

    private static Optional<List<ObserverEntry.Child>> children(SheetTable table, SheetRow row, Reference reference,
                                                                List<Problem> problems) {
        List<ObserverEntry.Child> children = new ArrayList<>();
        if (!table.has("children")) {
            return Optional.of(children);
        }
        String expected = "школа и класс через пробел: «edu990001 5А»; несколько — через «;»";
        String skipped = ": наблюдатель не учитывается, пока не ясно, где учится его ребёнок";
        for (String written : table.text(row, "children").split(LIST)) {
            if (written.isBlank() || isNone(written)) {
                continue;
            }
            String entry = written.strip();
            List<String> tokens = Arrays.stream(entry.split("[\\s,]+")).filter(t -> !t.isEmpty()).toList();
            // The longest beginning that names a school; what follows is the class («МБОУ «СОШ № 1 г. Энска» 5 А»).
            Optional<School> school = Optional.empty();
            String classText = "";
            for (int k = tokens.size() - 1; k >= 1 && school.isEmpty(); k--) {
                school = reference.school(String.join(" ", tokens.subList(0, k)));
                classText = String.join("", tokens.subList(k, tokens.size()));
            }
            if (school.isEmpty()) {
                String named = tokens.size() > 1 ? String.join(" ", tokens.subList(0, tokens.size() - 1)) : entry;
                problems.add(table.warning(row, "children", (tokens.size() == 1 && reference.school(entry).isPresent()
                        ? "у «" + entry + "» не указан класс ребёнка" : "школы «" + named + "» нет на листе «Школы»")
                        + skipped, expected));
                return Optional.empty();
            }
            Optional<String> className = ClassNames.read(classText);
            if (className.isEmpty()) {
                problems.add(table.warning(row, "children", "класс «" + classText + "» в записи «" + entry
                        + "» не прочитан" + skipped, expected));
                return Optional.empty();
            }
            int grade = ClassNames.grade(className.get());
            if (!school.get().grades().contains(grade)) {
                problems.add(table.warning(row, "children", "в школе " + school.get().name() + " нет " + grade
                        + " класса (по справочнику школа учит классы " + school.get().grades() + ")" + skipped, expected));
                return Optional.empty();
            }
            ObserverEntry.Child child = new ObserverEntry.Child(school.get().login(), className.get());
            if (!children.contains(child)) {
                children.add(child);
            }
        }
        return Optional.of(children);
    }

    private static boolean isNone(String text) {
        String t = Texts.normalize(text);
        return t.equals("нет") || t.equals("-") || t.equals("—");
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
