package ru.vprsvod.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.vprsvod.checks.Flag;
import ru.vprsvod.checks.Rule;
import ru.vprsvod.checks.SchoolFindings;
import ru.vprsvod.checks.WorkFindings;
import ru.vprsvod.checks.YearFindings;
import ru.vprsvod.reference.Setting;

/**
 * The objectivity findings as document data. Templates name the kinds of signs by Russian words rather than by the
 * rule letters A–F, which look the same in Latin and Cyrillic and would make a typo invisible:
 * {@code признаки.пики.перечень}, {@code {{#если признаки.отметки_журнала.есть}}}.
 */
final class ObjectivityData {

    /** A rule's key in templates and how a document names the schools with its sign (seed 002, section 2). */
    record Kind(Rule rule, String key, String schoolsWith) {
    }

    /**
     * In the order documents list them (seed 002, section 2: inflated results first). A sign is a reason for analysis,
     * not a fact about a named school: «с признаками завышения результатов», never «с завышенными результатами».
     */
    static final List<Kind> KINDS = List.of(
            new Kind(Rule.B, "завышение", "Образовательные организации с признаками завышения результатов ВПР"),
            new Kind(Rule.A, "отметки_журнала", "Образовательные организации с признаками несоответствия результатов ВПР"
                    + " отметкам по журналу"),
            new Kind(Rule.E, "резкое_изменение", "Образовательные организации с признаком резкого изменения результатов по"
                    + " сравнению с прошлым годом"),
            new Kind(Rule.C, "пики", "Образовательные организации с признаком скопления участников на границах отметок"),
            new Kind(Rule.D, "решаемость", "Образовательные организации с признаком нетипичной решаемости заданий"),
            new Kind(Rule.F, "список_прошлого_года", "Образовательные организации, входившие в перечень ОО с признаками"
                    + " необъективности прошлого года"));

    private ObjectivityData() {
    }

    static Kind kind(Rule rule) {
        return KINDS.stream().filter(k -> k.rule() == rule).findFirst().orElseThrow();
    }

    /**
     * Per kind of sign, for the district: {@code число}, {@code школы} (each with the works where the sign was
     * found), {@code перечень} — «МБОУ «СОШ № 3», МБОУ «СОШ № 5»», empty when none.
     */
    static Map<String, Object> byKind(YearFindings year) {
        Map<String, Object> kinds = new LinkedHashMap<>();
        for (Map<String, Object> kind : kindList(year)) {
            kinds.put((String) kind.get("ключ"), kind);
        }
        return kinds;
    }

    /** The same as a list, in the order of {@link #KINDS}, for a numbered section of a plan. */
    static List<Map<String, Object>> kindList(YearFindings year) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Kind kind : KINDS) {
            List<SchoolFindings> flagged = year == null ? List.of() : year.flaggedBy(kind.rule());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ключ", kind.key());
            m.put("буква", kind.rule().name());
            m.put("название", kind.rule().title());
            m.put("оо", kind.schoolsWith());
            m.put("число", flagged.size());
            List<Map<String, Object>> schools = new ArrayList<>();
            for (SchoolFindings s : flagged) {
                Map<String, Object> school = DocumentData.school(s.school());
                school.put("работы", works(s, kind.rule()));
                schools.add(school);
            }
            m.put("школы", schools);
            m.put("перечень", String.join(", ", flagged.stream().map(s -> s.school().name()).toList()));
            list.add(m);
        }
        return list;
    }

    /** «Математика, 4 класс; Русский язык, 4 класс» — the works where the rule fired; «школа в целом» for F. */
    static String works(SchoolFindings s, Rule rule) {
        List<String> works = new ArrayList<>();
        if (s.schoolFlags().stream().anyMatch(f -> f.rule() == rule)) {
            works.add("школа в целом");
        }
        for (WorkFindings w : s.works()) {
            if (w.flagged(rule)) {
                works.add(w.work().title());
            }
        }
        return String.join("; ", works);
    }

    /**
     * One school's signs: {@code признаки.<вид>} with {@code есть}, {@code работы} and {@code пояснения} (the
     * flags' texts), and {@code флаги} — every flag with its explanation, details and thresholds.
     */
    static Map<String, Object> school(SchoolFindings s) {
        Map<String, Object> school = DocumentData.school(s.school());
        school.put("индекс", s.index());
        school.put("в_группе_риска", s.riskGroup());
        school.put("причины", String.join("; ", s.riskReasons()));
        school.put("список_причин", new ArrayList<>(s.riskReasons()));
        school.put("буквы", String.join(", ", s.markers().keySet().stream().map(Rule::name).toList()));
        Map<String, Object> kinds = new LinkedHashMap<>();
        for (Kind kind : KINDS) {
            Map<String, Object> k = new LinkedHashMap<>();
            k.put("есть", s.flagged(kind.rule()));
            k.put("название", kind.rule().title());
            k.put("работы", works(s, kind.rule()));
            List<String> texts = new ArrayList<>();
            s.allFlags().stream().filter(f -> f.rule() == kind.rule()).forEach(f -> texts.add(f.text()));
            k.put("пояснения", texts);
            kinds.put(kind.key(), k);
        }
        school.put("признаки", kinds);
        List<Map<String, Object>> flags = new ArrayList<>();
        s.schoolFlags().forEach(f -> flags.add(flag(f, "школа в целом")));
        for (WorkFindings w : s.works()) {
            w.flags().forEach(f -> flags.add(flag(f, w.work().title())));
        }
        school.put("флаги", flags);
        return school;
    }

    static Map<String, Object> flag(Flag f, String work) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("буква", f.rule().name());
        m.put("название", f.rule().title());
        m.put("работа", work);
        m.put("текст", f.text());
        m.put("подробности", new ArrayList<>(f.details()));
        m.put("пороги", String.join("; ", f.thresholds().stream().map(ObjectivityData::threshold).toList()));
        return m;
    }

    /**
     * «доля не подтвердивших отметку по журналу, больше 50 % (муниципальный Порядок проведения ВПР, п. 6.3)»; a switch or a list after a colon:
     * «учитывать федеральный перечень прошлого года: да (муниципальный Порядок проведения ВПР, п. 6.3)».
     */
    static String threshold(Setting s) {
        boolean word = switch (s.parameter().unit()) {
            case SWITCH, TEXT -> true;
            default -> false;
        };
        return s.parameter().label() + (word ? ": " : " ") + value(s) + " " + s.origin();
    }

    /** A setting's value with its unit: «50 %», «20 п. п.», «лицей; гимназия», «да». */
    static String value(Setting s) {
        String v = s.value().isBlank() ? "—" : s.value().strip().replace('.', ',');
        return switch (s.parameter().unit()) {
            case PERCENT -> v + " %";
            case POINTS -> v + " п. п.";
            case SWITCH -> s.on() ? "да" : "нет";
            default -> v;
        };
    }
}
