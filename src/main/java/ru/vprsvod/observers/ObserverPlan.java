package ru.vprsvod.observers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import ru.vprsvod.calendar.DeadlineCalendar;
import ru.vprsvod.reference.DocumentKind;
import ru.vprsvod.reference.ObserverEntry;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.Seed;
import ru.vprsvod.reference.School;
import ru.vprsvod.russian.RussianFormat;
import ru.vprsvod.schedule.Sitting;

/**
 * Who observes where: for each school and date of the schedule (a slot — every work the school writes that day, in
 * its classes), one public observer of the «Наблюдатели» sheet with no conflict of interest there ({@link Conflicts}),
 * never in two schools on one date. Every slot that can be filled is filled (a maximum matching per date, found as a
 * minimum-cost maximum flow over the whole schedule); among such plans the schools of the risk group are served first
 * when «Правила» say so, then the load is as even as the conflicts allow (the k-th visit of an observer costs k, so the
 * cheapest plan is the most balanced one). Reproducible: the bank is drawn in an order shuffled by a seed computed from
 * the data or written on «Правила» — the same data give the same plan. A slot nobody can take is named with the reason.
 *
 * @param slots       every slot of the schedule in scope, by date then school's login
 * @param assignments by date then school
 * @param unfilled    the slots without an observer and why, in the order of the slots
 * @param notes       what else the coordinator must know (out of scope, unknown schools), in Russian
 * @param seed        the seed of the draw
 * @param seedOrigin  where the seed comes from, in Russian
 */
public record ObserverPlan(List<Slot> slots, List<Assignment> assignments, List<Unfilled> unfilled, List<String> notes,
                           long seed, String seedOrigin) {

    /** A school on a date: what it writes (the sittings), and whether it is in the risk group. */
    public record Slot(School school, LocalDate date, List<Sitting> sittings, boolean riskGroup) {
        public Slot {
            Objects.requireNonNull(school, "school");
            Objects.requireNonNull(date, "date");
            sittings = List.copyOf(sittings);
        }

        /** «Математика, 4 класс (4А, 4Б); Русский язык, 5 класс» — the works of the day with their classes. */
        public String works() {
            return sittings.stream().map(s -> s.work().title() + (s.classes().isEmpty() ? "" : " ("
                    + String.join(", ", s.classes()) + ")")).collect(Collectors.joining("; "));
        }

        /** «4А, 4Б, 5В», or empty when the schedule does not name the classes. */
        public String classes() {
            return sittings.stream().flatMap(s -> s.classes().stream()).distinct().collect(Collectors.joining(", "));
        }
    }

    public record Assignment(Slot slot, ObserverEntry observer) {
    }

    /** A slot left without an observer; {@code message} is «…: нет подходящего наблюдателя — …». */
    public record Unfilled(Slot slot, String message) {
    }

    public ObserverPlan {
        slots = List.copyOf(slots);
        assignments = List.copyOf(assignments);
        unfilled = List.copyOf(unfilled);
        notes = List.copyOf(notes);
        Objects.requireNonNull(seedOrigin, "seedOrigin");
    }

    /**
     * @param sittings  the schedule (any order; sittings of schools the reference does not know are named in a note)
     * @param riskGroup the logins of the risk group known before the works are written (last year's, as for the
     *                  cross-checking)
     */
    public static ObserverPlan of(Reference reference, List<Sitting> sittings, Set<String> riskGroup) {
        return of(reference, sittings, riskGroup, List.of());
    }

    /**
     * As {@link #of(Reference, List, Set)}, mindful of the order already issued: once the observers' order is
     * registered (its number entered on the «Документы» sheet, so it was signed and the observers have their
     * памятки), a changed schedule or bank does not reshuffle it — every visit of {@code issued} that still exists
     * keeps its observer where that observer may still go, and only what changed is planned anew (the changes are
     * listed in the notes). Before registration the plan is drawn afresh, so a coordinator may redraw a draft by the
     * seed.
     *
     * @param issued the visits of the order as last made ({@link #visits}), empty when none was
     */
    public static ObserverPlan of(Reference reference, List<Sitting> sittings, Set<String> riskGroup, List<Visit> issued) {
        Set<String> group = riskGroup.stream().map(l -> l.toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet());
        boolean riskOnly = reference.rules().get(RuleParameter.OBSERVERS_RISK_ONLY).on();
        boolean riskFirst = reference.rules().get(RuleParameter.OBSERVERS_RISK_FIRST).on();
        boolean wholeSchool = reference.rules().get(RuleParameter.OBSERVERS_WHOLE_SCHOOL).on();
        List<String> notes = new ArrayList<>();

        Map<String, List<Sitting>> byKey = new TreeMap<>();
        Set<String> unknown = new TreeSet<>();
        for (Sitting s : sittings) {
            Optional<School> school = reference.school(s.school());
            if (school.isEmpty()) {
                unknown.add(s.school());
                continue;
            }
            byKey.computeIfAbsent(s.date() + "|" + school.get().login(), k -> new ArrayList<>()).add(s);
        }
        if (!unknown.isEmpty()) {
            notes.add("в графике есть школы, которых нет на листе «Школы» справочника (" + String.join(", ", unknown)
                    + "): наблюдатели к ним не назначены");
        }
        List<Slot> slots = new ArrayList<>();
        int outside = 0;
        for (List<Sitting> day : byKey.values()) {
            School school = reference.school(day.get(0).school()).orElseThrow();
            boolean inGroup = group.contains(school.login().toLowerCase(java.util.Locale.ROOT));
            if (riskOnly && !inGroup) {
                outside++;
                continue;
            }
            slots.add(new Slot(school, day.get(0).date(), day.stream().sorted().toList(), inGroup));
        }
        if (riskOnly) {
            notes.add(group.isEmpty() ? "наблюдатели назначаются только в школы группы риска (лист «Правила»), а группа риска"
                    + " прошлого года не известна: наблюдатели не назначены ни в одну школу"
                    : "наблюдатели назначаются только в школы группы риска (лист «Правила»): "
                    + RussianFormat.count(outside, "день проведения ВПР", "дня проведения ВПР", "дней проведения ВПР")
                    + " в школах вне группы риска — без наблюдателя по этому правилу");
        }

        StringBuilder text = new StringBuilder(String.valueOf(reference.campaignYear()));
        slots.forEach(s -> text.append('\n').append(s.date()).append(' ').append(s.school().login()).append(' ').append(s.works()));
        reference.observers().stream().map(ObserverEntry::name).sorted().forEach(n -> text.append('\n').append(n));
        Seed drawn = Seed.of(reference.rules().get(RuleParameter.OBSERVERS_SEED), text.toString(), "вычислено из года,"
                + " графика и банка наблюдателей (те же данные — то же распределение); чтобы закрепить распределение,"
                + " впишите его в параметр «" + RuleParameter.OBSERVERS_SEED.label() + "» листа «Правила»");
        long seed = drawn.value();
        String origin = drawn.origin();
        List<ObserverEntry> bank = new ArrayList<>(reference.observers());
        bank.sort(Comparator.comparing(ObserverEntry::name).thenComparing(ObserverEntry::where));
        Collections.shuffle(bank, new Random(seed));

        Conflicts conflicts = new Conflicts(wholeSchool);
        String number = reference.registrations().of(DocumentKind.OBSERVERS_ORDER, reference.campaignYear()).number();
        Map<String, String> kept = new LinkedHashMap<>();
        if (!number.isBlank()) {
            issued.stream().filter(Visit::observed).forEach(v -> kept.put(v.date() + "|" + v.school(), v.observer()));
        }
        Map<Slot, ObserverEntry> chosen = match(slots, bank, conflicts, riskFirst, kept);
        List<Assignment> assignments = new ArrayList<>();
        List<Unfilled> unfilled = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Slot slot : slots) {
            ObserverEntry observer = chosen.get(slot);
            if (observer != null) {
                assignments.add(new Assignment(slot, observer));
            } else {
                unfilled.add(new Unfilled(slot, reason(slot, slots, bank, chosen, conflicts)));
            }
            String before = kept.get(slot.date() + "|" + slot.school().login());
            if (before != null && (observer == null || !before.equals(observer.name()))) {
                changed.add(slot.school().name() + ", " + RussianFormat.date(slot.date()) + ": было — "
                        + RussianFormat.shortName(before) + ", стало — "
                        + (observer == null ? "никто" : RussianFormat.shortName(observer.name())));
            }
        }
        Set<String> now = slots.stream().map(slot -> slot.date() + "|" + slot.school().login()).collect(Collectors.toSet());
        kept.forEach((key, before) -> {
            if (!now.contains(key)) {
                String[] dateSchool = key.split("\\|", 2);
                String school = reference.school(dateSchool[1]).map(School::name).orElse(dateSchool[1]);
                changed.add(school + ", " + RussianFormat.date(LocalDate.parse(dateSchool[0])) + ": этого дня больше нет в"
                        + " графике школы, " + RussianFormat.shortName(before) + " туда не направляется");
            }
        });
        if (!changed.isEmpty()) {
            notes.add("приказ о наблюдателях зарегистрирован (№ " + number + "), и его назначения сохранены, где наблюдатель"
                    + " по-прежнему может быть в школе в этот день; изменились (сообщите наблюдателям и выдайте новые"
                    + " памятки): " + String.join("; ", changed));
        }
        return new ObserverPlan(slots, assignments, unfilled, notes, seed, origin);
    }

    /**
     * source → slot (1; costlier outside the risk group when it goes first) → observer on that date (1) → observer →
     * sink (one edge per possible visit, the k-th costing k).
     */
    private static Map<Slot, ObserverEntry> match(List<Slot> slots, List<ObserverEntry> bank, Conflicts conflicts,
                                                  boolean riskFirst, Map<String, String> kept) {
        MinCostFlow flow = new MinCostFlow();
        int source = flow.node();
        int sink = flow.node();
        long visits = slots.size();
        // Any plan's load cost is below visits², so keeping one more visit of the signed order outweighs any balance,
        // and one more slot of the risk group outweighs keeping every visit and any balance.
        long change = kept.isEmpty() ? 0 : visits * visits + 1;
        long priority = riskFirst ? visits * change + visits * visits + 1 : 0;
        Map<ObserverEntry, Integer> observerNodes = new LinkedHashMap<>();
        Map<String, Integer> observerDates = new LinkedHashMap<>();
        Map<Integer, Object[]> slotEdges = new LinkedHashMap<>();
        Map<ObserverEntry, Set<LocalDate>> dates = new LinkedHashMap<>();
        for (Slot slot : slots) {
            int slotNode = flow.node();
            flow.edge(source, slotNode, 1, slot.riskGroup() ? 0 : priority);
            for (int i = 0; i < bank.size(); i++) {
                ObserverEntry o = bank.get(i);
                if (conflicts.of(o, slot).isPresent()) {
                    continue;
                }
                int observer = observerNodes.computeIfAbsent(o, k -> flow.node());
                int day = observerDates.computeIfAbsent(i + "|" + slot.date(), k -> {
                    int node = flow.node();
                    flow.edge(node, observer, 1, 0);
                    return node;
                });
                dates.computeIfAbsent(o, k -> new TreeSet<>()).add(slot.date());
                String before = kept.get(slot.date() + "|" + slot.school().login());
                long cost = before == null || before.equals(o.name()) ? 0 : change;
                slotEdges.put(flow.edge(slotNode, day, 1, cost), new Object[] {slot, o});
            }
        }
        observerNodes.forEach((o, node) -> {
            for (int k = 0; k < dates.get(o).size(); k++) {
                flow.edge(node, sink, 1, k);
            }
        });
        flow.run(source, sink);
        Map<Slot, ObserverEntry> chosen = new LinkedHashMap<>();
        slotEdges.forEach((edge, pair) -> {
            if (flow.flow(edge) > 0) {
                chosen.put((Slot) pair[0], (ObserverEntry) pair[1]);
            }
        });
        return chosen;
    }

    private static String reason(Slot slot, List<Slot> slots, List<ObserverEntry> bank, Map<Slot, ObserverEntry> chosen,
                                 Conflicts conflicts) {
        String where = slot.school().name() + ", " + RussianFormat.date(slot.date()) + ": нет подходящего наблюдателя — ";
        if (bank.isEmpty()) {
            return where + "в банке наблюдателей (лист «Наблюдатели» справочника) нет ни одного наблюдателя.";
        }
        List<ObserverEntry> sorted = bank.stream().sorted(Comparator.comparing(ObserverEntry::name)).toList();
        List<ObserverEntry> free = sorted.stream().filter(o -> conflicts.of(o, slot).isEmpty()).toList();
        if (free.isEmpty()) {
            List<String> why = sorted.stream().map(o -> RussianFormat.shortName(o.name()) + " — " + conflicts.of(o, slot).get())
                    .toList();
            return where + "у каждого наблюдателя банка есть конфликт интересов в этой школе: " + String.join("; ", why)
                    + ". Добавьте наблюдателей на листе «Наблюдатели».";
        }
        long open = slots.stream().filter(s -> s.date().equals(slot.date()) && !chosen.containsKey(s)).count();
        List<String> busy = new ArrayList<>();
        for (ObserverEntry o : free) {
            String at = chosen.entrySet().stream().filter(e -> e.getValue().equals(o) && e.getKey().date().equals(slot.date()))
                    .map(e -> e.getKey().school().name()).findFirst().orElse("другую школу");
            busy.add(RussianFormat.shortName(o.name()) + " — в " + at);
        }
        return where + "все наблюдатели без конфликта интересов в этой школе в этот день уже назначены в другие школы ("
                + String.join("; ", busy) + "); на " + RussianFormat.date(slot.date()) + " не хватает "
                + RussianFormat.count(open, "наблюдателя", "наблюдателей", "наблюдателей") + ". Добавьте наблюдателей на"
                + " листе «Наблюдатели».";
    }

    /**
     * The plan as the order issues it: every slot with its observer, or none, and the day the report is due
     * ({@link DeadlineCalendar#observersReportDue}, as the памятка prints it).
     */
    public List<Visit> visits(Reference reference) {
        Map<Slot, String> observers = new LinkedHashMap<>();
        assignments.forEach(a -> observers.put(a.slot(), a.observer().name()));
        return slots.stream().map(s -> new Visit(s.school().login(), s.date(), s.works(), observers.getOrDefault(s, ""),
                DeadlineCalendar.observersReportDue(s.sittings().get(0), reference))).toList();
    }

    /** The assignments of one observer, by date. */
    public List<Assignment> visitsOf(ObserverEntry observer) {
        return assignments.stream().filter(a -> a.observer().equals(observer)).toList();
    }

    /** The observers with at least one assignment, by name. */
    public List<ObserverEntry> observersAssigned() {
        return assignments.stream().map(Assignment::observer).distinct().sorted(Comparator.comparing(ObserverEntry::name)).toList();
    }

    /** Every message for the coordinator: the unfilled slots, then the notes. */
    public List<String> problems() {
        List<String> all = new ArrayList<>();
        unfilled.forEach(u -> all.add(u.message()));
        notes.forEach(n -> all.add(Character.toUpperCase(n.charAt(0)) + n.substring(1) + "."));
        return all;
    }
}
