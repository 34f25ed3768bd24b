package ru.vprsvod.report;

import java.util.LinkedHashMap;
import java.util.Map;
import ru.vprsvod.reference.Requisites;
import ru.vprsvod.statistics.JournalComparison;
import ru.vprsvod.statistics.Percent;
import ru.vprsvod.statistics.WorkStats;

/**
 * The pieces of data every document template can use, as plain maps with Russian keys (the template engine
 * reads maps, lists, strings, numbers and dates only). Percentages are percent numbers rounded as everywhere
 * else (64.3), or null for an empty group, so a template writes them with {@code | процент | по_умолчанию:"—"}.
 */
public final class DocumentData {

    private DocumentData() {
    }

    /** {@code орган}: the department's requisites from the reference. */
    public static Map<String, Object> body(Requisites r) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("наименование", r.bodyName());
        body.put("краткое_наименование", r.bodyShortName().isEmpty() ? r.bodyName() : r.bodyShortName());
        body.put("муниципальное_образование", r.district());
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

    private static Map<String, Object> person(String position, String name) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("должность", position);
        person.put("фио", name);
        return person;
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
}
