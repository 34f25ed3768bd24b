package ru.vprsvod.commission;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import ru.vprsvod.checks.SelectedWork;
import ru.vprsvod.reference.Expert;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.Rules;

/**
 * The subject commissions of a re-check and who checks which selected work: per subject a commission sized from the
 * number of works ({@link RuleParameter#COMMISSION_WORKS_PER_EXPERT}), chaired by the head of the subject's РМО,
 * and every work given to a member who does not work at the work's school and, where possible, does
 * not teach its class there either (a second post); the load as even as that allows. Reproducible: the same works, bank and seed give the same commissions.
 */
public final class Commissions {

    private final List<SubjectCommission> subjects;

    private Commissions(List<SubjectCommission> subjects) {
        this.subjects = List.copyOf(subjects);
    }

    /**
     * @param seed the re-check selection's seed, so the draw of members is as reproducible as the selection
     */
    public static Commissions assign(List<SelectedWork> works, ExpertBank bank, Rules rules, long seed) {
        int perExpert = Math.max(1, rules.count(RuleParameter.COMMISSION_WORKS_PER_EXPERT));
        Map<String, List<SelectedWork>> bySubject = new TreeMap<>();
        for (SelectedWork w : works) {
            bySubject.computeIfAbsent(w.work().subject(), k -> new ArrayList<>()).add(w);
        }
        List<SubjectCommission> out = new ArrayList<>();
        bySubject.forEach((subject, list) -> out.add(subject(subject, list, bank.eligible(subject), perExpert, seed)));
        return new Commissions(out);
    }

    private static SubjectCommission subject(String subject, List<SelectedWork> works, List<Expert> candidates,
                                             int perExpert, long seed) {
        List<String> problems = new ArrayList<>();
        List<Expert> pool = new ArrayList<>(candidates);
        pool.sort(Comparator.comparing(Expert::name).thenComparing(Expert::school));
        Collections.shuffle(pool, new Random(seed * 31 + subject.hashCode()));
        Optional<Expert> chair = pool.stream().filter(e -> e.headsRmoOf(subject)).findFirst();
        if (chair.isPresent()) {
            pool.remove(chair.get());
            pool.add(0, chair.get());
        } else {
            problems.add("Предмет «" + subject + "»: в банке экспертов нет руководителя РМО по предмету, отвечающего"
                    + " требованиям; председателя комиссии назначьте вручную.");
        }
        int needed = (works.size() + perExpert - 1) / perExpert;
        List<Expert> members = new ArrayList<>(pool.subList(0, Math.min(needed, pool.size())));
        List<Expert> reserve = new ArrayList<>(pool.subList(members.size(), pool.size()));

        // The schools with most works first: they have the fewest possible checkers once their own are excluded.
        Map<String, Long> perSchool = new HashMap<>();
        works.forEach(w -> perSchool.merge(w.school().login(), 1L, Long::sum));
        List<SelectedWork> ordered = new ArrayList<>(works);
        ordered.sort(Comparator.comparing((SelectedWork w) -> -perSchool.get(w.school().login()))
                .thenComparing(w -> w.school().login()).thenComparing(w -> w.work().grade()).thenComparing(SelectedWork::code));
        Map<Expert, List<SelectedWork>> assigned = new LinkedHashMap<>();
        members.forEach(m -> assigned.put(m, new ArrayList<>()));
        List<SelectedWork> unassigned = new ArrayList<>();
        for (SelectedWork w : ordered) {
            // Where possible not to a teacher of the work's class (a second post at that school), then anyone else.
            Optional<Expert> to = free(members, assigned, perExpert, w, true);
            if (to.isEmpty()) {
                to = reserve.stream().filter(m -> fits(m, w, true)).findFirst()
                        .or(() -> free(members, assigned, perExpert, w, false))
                        .or(() -> reserve.stream().filter(m -> fits(m, w, false)).findFirst());
                to.filter(reserve::contains).ifPresent(m -> {
                    reserve.remove(m);
                    members.add(m);
                    assigned.put(m, new ArrayList<>());
                });
            }
            if (to.isPresent()) {
                assigned.get(to.get()).add(w);
            } else {
                unassigned.add(w);
            }
        }
        rebalance(assigned);
        assigned.forEach((expert, list) -> list.stream().filter(w -> !fits(expert, w, true)).forEach(w -> problems.add(
                "Предмет «" + subject + "»: работа " + w.code() + " (" + w.className() + ", " + w.school().name() + ") передана"
                        + " эксперту " + expert.name() + ", который преподаёт в этом классе: других экспертов не из этой школы"
                        + " не нашлось; по возможности передайте её другому эксперту.")));
        if (!unassigned.isEmpty()) {
            List<String> schools = unassigned.stream().map(w -> w.school().name()).distinct().toList();
            problems.add("Предмет «" + subject + "»: в банке экспертов не хватает экспертов не из проверяемых школ — не"
                    + " распределено работ: " + unassigned.size() + " (" + String.join(", ", schools) + "); нужно не менее "
                    + ru.vprsvod.russian.RussianFormat.count(needed, "эксперта", "экспертов", "экспертов") + " по предмету, не более "
                    + ru.vprsvod.russian.RussianFormat.count(perExpert, "работы", "работ", "работ") + " каждому; в банке отвечают"
                    + " требованиям " + candidates.size() + ".");
        }
        assigned.values().forEach(list -> list.sort(Comparator.comparing((SelectedWork w) -> w.school().login())
                .thenComparing(w -> w.work().grade()).thenComparing(SelectedWork::className).thenComparing(SelectedWork::code)));
        return new SubjectCommission(subject, chair, members, assigned, unassigned, problems);
    }

    /** The least loaded member with room who may check the work. */
    private static Optional<Expert> free(List<Expert> members, Map<Expert, List<SelectedWork>> assigned, int perExpert,
                                         SelectedWork w, boolean notTheirClass) {
        return members.stream().filter(m -> fits(m, w, notTheirClass) && assigned.get(m).size() < perExpert)
                .min(Comparator.comparingInt(m -> assigned.get(m).size()));
    }

    /**
     * Never a work of the expert's own school; with {@code notTheirClass}, not of a class they
     * teach at another school either.
     */
    private static boolean fits(Expert expert, SelectedWork w, boolean notTheirClass) {
        String school = w.school().login();
        return !expert.school().equalsIgnoreCase(school) && !(notTheirClass && expert.teachesClass(school, w.className()));
    }

    /**
     * Moves a work from a member to one with at least two fewer while some such move is allowed by the school rule,
     * the busiest giver and the idlest taker first (a member added late for one school's works starts with few).
     */
    private static void rebalance(Map<Expert, List<SelectedWork>> assigned) {
        List<Expert> members = new ArrayList<>(assigned.keySet());
        for (int guard = 0; guard < 100_000; guard++) {
            members.sort(Comparator.comparingInt((Expert m) -> -assigned.get(m).size()));
            if (!moveOne(members, assigned)) {
                return;
            }
        }
    }

    private static boolean moveOne(List<Expert> byLoad, Map<Expert, List<SelectedWork>> assigned) {
        for (Expert giver : byLoad) {
            for (int i = byLoad.size() - 1; i >= 0; i--) {
                Expert taker = byLoad.get(i);
                List<SelectedWork> from = assigned.get(giver);
                if (from.size() - assigned.get(taker).size() < 2) {
                    break;
                }
                for (int k = from.size() - 1; k >= 0; k--) {
                    if (fits(taker, from.get(k), true)) {
                        assigned.get(taker).add(from.remove(k));
                        return true;
                    }
                }
                // Every work of the giver is from the taker's school: pass one through a third member.
                for (Expert middle : byLoad) {
                    if (middle == giver || middle == taker) {
                        continue;
                    }
                    List<SelectedWork> via = assigned.get(middle);
                    Optional<SelectedWork> first = from.stream().filter(w -> fits(middle, w, true)).findFirst();
                    Optional<SelectedWork> second = via.stream().filter(w -> fits(taker, w, true)).findFirst();
                    if (first.isPresent() && second.isPresent()) {
                        from.remove(first.get());
                        via.remove(second.get());
                        via.add(first.get());
                        assigned.get(taker).add(second.get());
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The commissions, by subject in alphabetical order. */
    public List<SubjectCommission> subjects() {
        return subjects;
    }

    /** Every message for the coordinator, subject by subject. */
    public List<String> problems() {
        return subjects.stream().flatMap(s -> s.problems().stream()).toList();
    }
}
