package ru.vprsvod.report;

import ru.vprsvod.russian.RussianFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import ru.vprsvod.reference.Registration;
import ru.vprsvod.reference.Requisites;
import ru.vprsvod.reference.School;
import ru.vprsvod.statistics.JournalComparison;
import ru.vprsvod.statistics.Percent;
import ru.vprsvod.statistics.WorkStats;

/**
 * The pieces of data every document template can use, as plain maps with Russian keys (the template engine
 * reads maps, lists, strings, numbers and dates only). Percentages are percent numbers rounded as everywhere
 * else (64.3), or null for an empty group, so a template writes them with {@code | процент | по_умолчанию:"—"}.
 */
public final class DocumentData {

    /** The requisite a coordinator may add for «приказом …» and «к приказу …»; guessed from the name otherwise. */
    static final String GENITIVE_LABEL = "Наименование органа в родительном падеже";

    private DocumentData() {
    }

    /** {@code орган}: the department's requisites from the reference. */
    public static Map<String, Object> body(Requisites r) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("наименование", r.bodyName());
        body.put("краткое_наименование", r.bodyShortName().isEmpty() ? r.bodyName() : r.bodyShortName());
        body.put("в_родительном", r.line(GENITIVE_LABEL).orElse(genitive(r.bodyName())));
        body.put("муниципальное_образование", r.district());
        body.put("территория", territory(r));
        body.put("место", r.place());
        body.put("адрес", r.address());
        body.put("контакты", r.contacts());
        body.put("руководитель", person(r.headPosition(), r.headName()));
        body.put("координатор", person(r.coordinatorPosition(), r.coordinatorName()));
        Map<String, Object> executor = new LinkedHashMap<>();
        executor.put("фио", r.executorName());
        executor.put("телефон", r.executorPhone());
        body.put("исполнитель", executor);
        return body;
    }

    /**
     * {@code орган.территория}: the district in the genitive, as titles need it («в общеобразовательных организациях
     * …»): «муниципального образования «Энский район»» from the optional «Муниципальное образование» requisite; without
     * it, what the body's name says after «Администрации» («Управление образования Администрации Энского
     * муниципального района» → «Энского муниципального района»), which is already in the genitive; failing that,
     * «района». Never empty, so no title ever prints «муниципального образования «»».
     */
    static String territory(Requisites r) {
        if (!r.district().isBlank()) {
            return "муниципального образования «" + r.district().strip() + "»";
        }
        java.util.regex.Matcher after = ADMINISTRATION.matcher(r.bodyName());
        String rest = null;
        while (after.find()) {
            rest = r.bodyName().substring(after.end()).strip();
        }
        return rest == null || rest.isEmpty() ? "района" : rest;
    }

    private static final java.util.regex.Pattern ADMINISTRATION =
            java.util.regex.Pattern.compile("(?iu)(?<![\\p{L}])администрации\\s+");

    /**
     * {@code документ}: the date and number the coordinator entered (null and empty until then, so the template
     * prints its blanks), who signs (the head from «Реквизиты» unless the «Документы» sheet names someone else),
     * and on whom control is laid (empty: the signer keeps it).
     */
    public static Map<String, Object> registration(Registration registration, Requisites r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("дата", registration.date());
        doc.put("номер", registration.number());
        boolean ownSigner = !registration.signerName().isEmpty();
        doc.put("подписывает", person(
                registration.signerPosition().isEmpty() && !ownSigner ? r.headPosition() : registration.signerPosition(),
                ownSigner ? registration.signerName() : r.headName()));
        doc.put("контроль", registration.control());
        return doc;
    }

    /** A person as documents print them: the position, the name as written, and «И.О. Фамилия» for signatures. */
    static Map<String, Object> person(String position, String name) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("должность", position);
        person.put("фио", name);
        person.put("подпись", RussianFormat.shortName(name));
        return person;
    }

    /** A school of the reference: names, login, head («И.О. Фамилия»), address. */
    static Map<String, Object> school(School s) {
        Map<String, Object> school = new LinkedHashMap<>();
        school.put("название", s.name());
        school.put("полное_название", s.fullName().isEmpty() ? s.name() : s.fullName());
        school.put("логин", s.login());
        school.put("тип", s.type());
        school.put("руководитель", RussianFormat.shortName(s.headName()));
        school.put("должность_руководителя", s.headPosition().isEmpty() ? "Директор" : s.headPosition());
        school.put("адрес", s.address());
        return school;
    }

    /** The FIS OKO figures of one group (a school or the district) under the names templates use. */
    public static Map<String, Object> figures(WorkStats s) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("по_списку", s.listed());
        f.put("писали", s.present());
        f.put("отсутствовали", s.absent());
        for (int mark = 2; mark <= 5; mark++) {
            f.put("отметка" + mark, s.markCount(mark));
            f.put("доля" + mark, percent(s.markPercent(mark)));
        }
        f.put("качество", percent(s.quality()));
        f.put("успеваемость", percent(s.success()));
        f.put("средний_балл", percent(s.meanScore()));
        JournalComparison j = s.journal();
        f.put("сравнили", j.compared());
        f.put("понизили", percent(j.loweredPercent()));
        f.put("подтвердили", percent(j.confirmedPercent()));
        f.put("повысили", percent(j.raisedPercent()));
        f.put("не_подтвердили", percent(j.notConfirmedPercent()));
        f.put("разница_2_и_более", j.differByTwoOrMore());
        return f;
    }

    /** A value rounded half-up to one decimal, or null when undefined (an empty group). */
    static Double percent(double value) {
        return Double.isNaN(value) ? null : Percent.round1(value);
    }

    /** Leading words of a body's name in the genitive, as far as they are the usual ones; the rest is already. */
    private static final Map<String, String> GENITIVE = Map.ofEntries(
            Map.entry("управление", "управления"), Map.entry("отдел", "отдела"), Map.entry("комитет", "комитета"),
            Map.entry("департамент", "департамента"), Map.entry("администрация", "администрации"),
            Map.entry("министерство", "министерства"), Map.entry("муниципальное", "муниципального"),
            Map.entry("казённое", "казённого"), Map.entry("казенное", "казенного"), Map.entry("бюджетное", "бюджетного"),
            Map.entry("автономное", "автономного"), Map.entry("учреждение", "учреждения"));

    /**
     * «Управление образования Администрации …» → «Управления образования Администрации …»: only the leading
     * words of the usual kinds of bodies change, so an unusual name comes out unchanged rather than wrong.
     */
    static String genitive(String name) {
        String[] words = name.strip().split(" ", -1);
        StringBuilder out = new StringBuilder();
        boolean declining = true;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            String changed = declining ? GENITIVE.get(word.toLowerCase(Locale.ROOT)) : null;
            if (changed == null) {
                declining = false;
            } else {
                word = Character.isUpperCase(word.charAt(0)) ? Character.toUpperCase(changed.charAt(0)) + changed.substring(1) : changed;
            }
            out.append(i == 0 ? "" : " ").append(word);
        }
        return out.toString();
    }
}
