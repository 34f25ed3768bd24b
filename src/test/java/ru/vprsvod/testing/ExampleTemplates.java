package ru.vprsvod.testing;

import static ru.vprsvod.testing.DocxWriter.Opt.BOLD;
import static ru.vprsvod.testing.DocxWriter.Opt.CENTER;
import static ru.vprsvod.testing.DocxWriter.Opt.INDENT;
import static ru.vprsvod.testing.DocxWriter.Opt.JUSTIFY;
import static ru.vprsvod.testing.DocxWriter.Opt.KEEP_NEXT;
import static ru.vprsvod.testing.DocxWriter.Opt.SMALL;
import static ru.vprsvod.testing.DocxWriter.Opt.SPACE_AFTER;
import static ru.vprsvod.testing.DocxWriter.Opt.SPACE_BEFORE;

import java.nio.file.Path;
import ru.vprsvod.testing.DocxWriter.Row;

/**
 * Writes the .docx templates shipped in templates/. Coordinators edit the shipped files in Word; this class is
 * how developers regenerate the defaults (see the README, «Developers»).
 */
public final class ExampleTemplates {

    private ExampleTemplates() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "templates");
        analyticalReport(dir.resolve("Аналитическая справка.docx"));
    }

    public static void analyticalReport(Path file) {
        new DocxWriter()
                .paragraph("{{ орган.наименование | заглавные }}", CENTER, BOLD)
                .paragraph("{{ орган.адрес | пусто }}", CENTER, SMALL)
                .paragraph("{{ орган.контакты | пусто }}", CENTER, SMALL, SPACE_AFTER)
                .paragraph("АНАЛИТИЧЕСКАЯ СПРАВКА", CENTER, BOLD, SPACE_BEFORE)
                .paragraph("по результатам всероссийских проверочных работ в {{ год }} году", CENTER, BOLD)
                .paragraph("{{ дата | дата }}, {{ орган.место }}", CENTER, SPACE_AFTER)
                .paragraph("Всероссийские проверочные работы (ВПР) в {{ год }} году проведены в общеобразовательных"
                        + " организациях муниципального образования «{{ орган.муниципальное_образование }}». Результаты представили"
                        + " {{ итоги.школ_с_результатами | склонение:\"школа\",\"школы\",\"школ\" }} из {{ итоги.школ }};"
                        + " принято {{ итоги.работ_принято | склонение:\"протокол\",\"протокола\",\"протоколов\" }}"
                        + " (школа × предмет × класс), работу писали"
                        + " {{ итоги.участников | склонение:\"участник\",\"участника\",\"участников\" }}.", JUSTIFY, INDENT)
                .paragraph("Отметки вычислены по первичному баллу и шкале перевода года; доли — от числа писавших"
                        + " работу (отсутствовавшие не учитываются). Качество — доля отметок «4» и «5», успеваемость —"
                        + " доля отметок «3», «4» и «5».", JUSTIFY, INDENT, SPACE_AFTER)
                .paragraph("{{#каждый работа из работы}}")
                .paragraph("{{ №работа }}. {{ работа.название }}", BOLD, SPACE_BEFORE, KEEP_NEXT)
                .paragraph("Максимальный первичный балл — {{ работа.максимум }}; шкала перевода: {{ работа.шкала }}.",
                        JUSTIFY, INDENT, SPACE_AFTER, KEEP_NEXT)
                .table(new int[] {7, 45, 13, 13, 13, 13, 13, 15, 18, 15},
                        Row.header("№", "Образовательная организация", "Писали, чел.", "«2», %", "«3», %", "«4», %",
                                "«5», %", "Качество, %", "Успеваемость, %", "Средний балл"),
                        Row.of("{{#каждый ш из работа.школы}}{{ №ш }}", "{{ ш.название }}", "{{ ш.писали }}",
                                pct("ш.доля2"), pct("ш.доля3"), pct("ш.доля4"), pct("ш.доля5"), pct("ш.качество"),
                                pct("ш.успеваемость"), "{{ ш.средний_балл | число:1 | по_умолчанию:\"—\" }}{{/каждый}}"),
                        Row.bold("", "Итого по району", "{{ работа.район.писали }}", pct("работа.район.доля2"),
                                pct("работа.район.доля3"), pct("работа.район.доля4"), pct("работа.район.доля5"),
                                pct("работа.район.качество"), pct("работа.район.успеваемость"),
                                "{{ работа.район.средний_балл | число:1 | по_умолчанию:\"—\" }}"))
                .paragraph("Сравнение отметок за ВПР с отметками по журналу:", JUSTIFY, INDENT, SPACE_BEFORE, KEEP_NEXT)
                .table(new int[] {7, 58, 20, 20, 20, 20, 20},
                        Row.header("№", "Образовательная организация", "Сравнили, чел.", "Понизили, %", "Подтвердили, %",
                                "Повысили, %", "Разница ≥ 2 отметок, чел."),
                        Row.of("{{#каждый ш из работа.школы}}{{ №ш }}", "{{ ш.название }}", "{{ ш.сравнили }}",
                                pct("ш.понизили"), pct("ш.подтвердили"), pct("ш.повысили"),
                                "{{ ш.разница_2_и_более }}{{/каждый}}"),
                        Row.bold("", "Итого по району", "{{ работа.район.сравнили }}", pct("работа.район.понизили"),
                                pct("работа.район.подтвердили"), pct("работа.район.повысили"),
                                "{{ работа.район.разница_2_и_более }}"))
                .paragraph("{{/каждый}}")
                .paragraph("{{#если не_сдали}}")
                .paragraph("Не представили результаты:", JUSTIFY, INDENT, SPACE_BEFORE)
                .paragraph("{{#каждый н из не_сдали}}")
                .paragraph("{{ н.школа }}: {{ н.работы }}.", JUSTIFY, INDENT)
                .paragraph("{{/каждый}}")
                .paragraph("{{/если}}")
                .paragraph("", SPACE_AFTER)
                .paragraph("{{ орган.координатор.должность | с_заглавной | по_умолчанию:\"Муниципальный координатор ВПР\" }}"
                        + "\t{{ орган.координатор.фио | пусто }}", SPACE_BEFORE)
                .paragraph("", SPACE_AFTER)
                .paragraph("Исп.: {{ орган.исполнитель.фио | пусто }}, {{ орган.исполнитель.телефон | пусто }}", SMALL)
                .save(file);
    }

    /** A percentage in a column whose header already says «%»: «39,1», or «—» for an empty group. */
    private static String pct(String path) {
        return "{{ " + path + " | число:1 | по_умолчанию:\"—\" }}";
    }
}
