package ru.vprsvod.commission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.School;
import ru.vprsvod.reference.Seed;
import ru.vprsvod.reference.WorkSpec;

/**
 * The campaign's cross-checking, per subject: the schools whose grades write a work of the subject, paired by
 * {@link CrossCheck} so that no school checks itself and (where «Правила» say so) the schools of last year's risk
 * group are checked by schools outside it. Per subject, not per work: the checkers are the subject's teachers, who
 * check the partner school's works of every grade at once, and a ring of its own per subject keeps two schools from
 * being partners in everything. Reproducible like the re-check sample: a seed from «Правила», or one derived from
 * the year and the schools.
 */
public final class CrossCheckPlan {

    /** One subject's pairs, the grades of its works, and what could not be arranged. */
    public record Subject(String subject, List<Integer> grades, CrossCheck pairs) {
        public Subject {
            grades = List.copyOf(grades);
        }
    }

    private final int year;
    private final List<Subject> subjects;
    private final List<String> problems;
    private final Set<String> riskGroup;
    private final boolean riskOutside;
    private final long seed;
    private final String seedOrigin;

    private CrossCheckPlan(int year, List<Subject> subjects, List<String> problems, Set<String> riskGroup, boolean riskOutside,
                           long seed, String seedOrigin) {
        this.year = year;
        this.subjects = List.copyOf(subjects);
        this.problems = List.copyOf(problems);
        this.riskGroup = Set.copyOf(riskGroup);
        this.riskOutside = riskOutside;
        this.seed = seed;
        this.seedOrigin = seedOrigin;
    }

    /**
     * @param riskGroup the logins of the risk group known before the campaign's works are checked: last year's
     */
    public static CrossCheckPlan of(Reference reference, Set<String> riskGroup) {
        int year = reference.campaignYear();
        Map<String, TreeSet<Integer>> gradesBySubject = new LinkedHashMap<>();
        for (WorkSpec spec : reference.specs(year)) {
            gradesBySubject.computeIfAbsent(spec.work().subject(), k -> new TreeSet<>()).add(spec.work().grade());
        }
        Set<String> group = riskGroup.stream().map(String::toLowerCase).collect(Collectors.toSet());
        boolean outside = reference.rules().get(RuleParameter.CROSS_RISK_OUTSIDE).on();
        StringBuilder text = new StringBuilder(String.valueOf(year));
        reference.schools().stream().map(School::login).sorted().forEach(l -> text.append('\n').append(l));
        Seed drawn = Seed.of(reference.rules().get(RuleParameter.CROSS_SEED), text.toString(), "вычислено из года и состава"
                + " школ (те же школы — то же распределение); чтобы закрепить распределение, впишите его в параметр «"
                + RuleParameter.CROSS_SEED.label() + "» листа «Правила»");
        long seed = drawn.value();
        String origin = drawn.origin();
        List<Subject> subjects = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (gradesBySubject.isEmpty()) {
            problems.add("в справочнике нет работ " + year + " года (лист «Задания»): распределять нечего");
        }
        gradesBySubject.forEach((subject, grades) -> {
            List<School> schools = reference.schools().stream().filter(s -> grades.stream().anyMatch(s.grades()::contains)).toList();
            if (schools.size() < 2) {
                problems.add("по предмету «" + subject + "» работы " + year + " года пишет "
                        + (schools.isEmpty() ? "ни одна школа" : "только одна школа (" + schools.get(0).name() + ")")
                        + ": перекрёстной проверки по нему не будет — нужны не менее двух школ");
                return;
            }
            Set<String> inSubject = schools.stream().map(s -> s.login().toLowerCase()).filter(group::contains).collect(Collectors.toSet());
            Set<String> logins = new java.util.HashSet<>();
            schools.forEach(s -> {
                if (inSubject.contains(s.login().toLowerCase())) {
                    logins.add(s.login());
                }
            });
            // Each subject its own ring: the seed mixed with the subject's name (String.hashCode is fixed by the JLS).
            CrossCheck pairs = CrossCheck.plan(schools, logins, outside, seed * 31 + subject.hashCode());
            pairs.problems().forEach(p -> problems.add("«" + subject + "»: " + lowerFirst(p.replaceAll("\\.$", ""))));
            subjects.add(new Subject(subject, new ArrayList<>(grades), pairs));
        });
        return new CrossCheckPlan(year, subjects, problems, group, outside, seed, origin);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    public int year() {
        return year;
    }

    /** The subjects with at least two schools, in the order of the reference's works. */
    public List<Subject> subjects() {
        return subjects;
    }

    /** What could not be arranged, as sentences without the final stop, for the order's notes. */
    public List<String> problems() {
        return problems;
    }

    public boolean inRiskGroup(School school) {
        return riskGroup.contains(school.login().toLowerCase());
    }

    /** Whether the risk group is checked from outside it (the «Правила» switch). */
    public boolean riskOutside() {
        return riskOutside;
    }

    public long seed() {
        return seed;
    }

    public String seedOrigin() {
        return seedOrigin;
    }
}
