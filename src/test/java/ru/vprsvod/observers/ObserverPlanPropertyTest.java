package ru.vprsvod.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.reference.FederalList;
import ru.vprsvod.reference.ObserverEntry;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.ReferenceLoader;
import ru.vprsvod.reference.ReferenceReading;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.Rules;
import ru.vprsvod.reference.School;
import ru.vprsvod.reference.WorkSpec;
import ru.vprsvod.schedule.Sitting;
import ru.vprsvod.testing.ReferenceWorkbook;

/**
 * The assignment over many random banks and schedules of the example district, each checked against an independent
 * brute force: no conflict of interest, nobody in two schools on a date, as many slots filled as any plan could fill
 * (and as many of the risk group's when it goes first), every other slot named with «нет подходящего наблюдателя»,
 * the same plan for the same data in any order, and the load as even as the best plan's.
 */
class ObserverPlanPropertyTest {

    @TempDir
    static Path dir;
    static Reference example;

    @BeforeAll
    static void exampleReference() {
        example = ((ReferenceReading.Loaded) ReferenceLoader.load(ReferenceWorkbook.example().write(dir.resolve("справочник.xlsx"))))
                .reference();
    }

    /** The oracle's own reading of the Порядок, п. 3.3 (not the plan's {@code Conflicts}). */
    private static boolean conflict(ObserverEntry o, ObserverPlan.Slot slot) {
        String login = slot.school().login();
        if (o.worksAt().contains(login)) {
            return true;
        }
        for (ObserverEntry.Child c : o.children()) {
            if (!c.school().equals(login)) {
                continue;
            }
            int grade = Integer.parseInt(c.className().replaceAll("[^0-9]", ""));
            boolean anyClass = c.className().matches("\\d+");
            for (Sitting s : slot.sittings()) {
                if (s.work().grade() == grade && (s.classes().isEmpty() || anyClass || s.classes().contains(c.className()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private record Best(int filled, int risk, int spread) {
    }

    /** Every plan by brute force: the most slots, then the most of the risk group, then the least spread of load. */
    private static Best brute(List<ObserverPlan.Slot> slots, List<ObserverEntry> bank, boolean riskFirst) {
        Set<ObserverEntry> useful = new HashSet<>();
        for (ObserverPlan.Slot s : slots) {
            bank.stream().filter(o -> !conflict(o, s)).forEach(useful::add);
        }
        int[] best = {-1, -1, Integer.MAX_VALUE};
        search(0, slots, bank, new ObserverEntry[slots.size()], useful, riskFirst, best);
        return new Best(best[0], best[1], best[2]);
    }

    private static void search(int i, List<ObserverPlan.Slot> slots, List<ObserverEntry> bank, ObserverEntry[] chosen,
                               Set<ObserverEntry> useful, boolean riskFirst, int[] best) {
        if (i == slots.size()) {
            int filled = 0;
            int risk = 0;
            Map<ObserverEntry, Integer> load = new HashMap<>();
            useful.forEach(o -> load.put(o, 0));
            for (int k = 0; k < chosen.length; k++) {
                if (chosen[k] != null) {
                    filled++;
                    risk += slots.get(k).riskGroup() ? 1 : 0;
                    load.merge(chosen[k], 1, Integer::sum);
                }
            }
            int spread = load.isEmpty() ? 0 : Collections.max(load.values()) - Collections.min(load.values());
            int r = riskFirst ? risk : 0;
            if (filled > best[0] || filled == best[0] && (r > best[1] || r == best[1] && spread < best[2])) {
                best[0] = filled;
                best[1] = r;
                best[2] = spread;
            }
            return;
        }
        chosen[i] = null;
        search(i + 1, slots, bank, chosen, useful, riskFirst, best);
        for (ObserverEntry o : bank) {
            if (conflict(o, slots.get(i))) {
                continue;
            }
            boolean sameDay = false;
            for (int k = 0; k < i; k++) {
                sameDay |= chosen[k] == o && slots.get(k).date().equals(slots.get(i).date());
            }
            if (!sameDay) {
                chosen[i] = o;
                search(i + 1, slots, bank, chosen, useful, riskFirst, best);
                chosen[i] = null;
            }
        }
    }

    private static List<Sitting> schedule(Random random, List<School> schools) {
        List<Sitting> sittings = new ArrayList<>();
        LocalDate[] dates = {LocalDate.of(2026, 4, 14), LocalDate.of(2026, 4, 15), LocalDate.of(2026, 4, 21)};
        int days = 1 + random.nextInt(3);
        int count = 1 + random.nextInt(6);
        Set<String> taken = new HashSet<>();
        for (int n = 0; n < count * 3 && taken.size() < count; n++) {
            School school = schools.get(random.nextInt(schools.size()));
            LocalDate date = dates[random.nextInt(days)];
            if (!taken.add(school.login() + date)) {
                continue;
            }
            List<WorkSpec> works = example.specs(2026).stream().filter(w -> school.grades().contains(w.work().grade())).toList();
            for (WorkSpec w : works) {
                if (random.nextInt(3) == 0 && !sittings.isEmpty() && sittings.get(sittings.size() - 1).school().equals(school.login())) {
                    continue;
                }
                List<String> classes = new ArrayList<>();
                for (String letter : List.of("А", "Б")) {
                    if (random.nextBoolean()) {
                        classes.add(w.work().grade() + letter);
                    }
                }
                sittings.add(new Sitting(school.login(), date, w.work(), classes));
                break;
            }
        }
        return sittings;
    }

    private static List<ObserverEntry> bank(Random random, List<School> schools) {
        List<ObserverEntry> bank = new ArrayList<>();
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            List<String> works = new ArrayList<>();
            List<ObserverEntry.Child> children = new ArrayList<>();
            if (random.nextInt(3) == 0) {
                works.add(schools.get(random.nextInt(schools.size())).login());
            }
            for (int c = random.nextInt(3); c > 0; c--) {
                School school = schools.get(random.nextInt(schools.size()));
                int grade = 4 + random.nextInt(2);
                String[] letters = {"А", "Б", ""};
                children.add(new ObserverEntry.Child(school.login(), grade + letters[random.nextInt(3)]));
            }
            bank.add(new ObserverEntry("Наблюдатель " + (char) ('А' + i), "", "", works, children, "строка " + (i + 2)));
        }
        return bank;
    }

    @Test
    void everyRandomPlanIsConflictFreeMaximalBalancedReproducibleAndSaysWhatItCouldNotFill() {
        Random random = new Random(20260414);
        // Few schools, so that observers' relations often touch the schools of the schedule.
        List<School> schools = example.schools().subList(0, 5);
        int withUnfilled = 0;
        int withConflicts = 0;
        for (int run = 0; run < 400; run++) {
            List<Sitting> sittings = schedule(random, schools);
            List<ObserverEntry> bank = bank(random, schools);
            Set<String> group = new HashSet<>();
            if (random.nextBoolean()) {
                schools.stream().filter(s -> random.nextInt(3) == 0).forEach(s -> group.add(s.login()));
            }
            boolean riskFirst = random.nextBoolean();
            Rules rules = Rules.defaults().with(RuleParameter.OBSERVERS_RISK_FIRST, riskFirst ? "1" : "0");
            Reference reference = new Reference(example.schools(), example.specs(), example.requisites(), rules,
                    FederalList.empty()).withObservers(bank);
            ObserverPlan plan = ObserverPlan.of(reference, sittings, group);
            String context = "run " + run + ": " + sittings + " / " + bank + " / " + group + " / " + plan.assignments();

            Set<String> busy = new HashSet<>();
            for (ObserverPlan.Assignment a : plan.assignments()) {
                assertTrue(!conflict(a.observer(), a.slot()), "a conflict of interest: " + a + "\n" + context);
                assertTrue(busy.add(a.observer().name() + a.slot().date()), "twice on a date: " + a + "\n" + context);
                withConflicts += bank.stream().anyMatch(o -> conflict(o, a.slot())) ? 1 : 0;
            }
            assertEquals(plan.slots().size(), plan.assignments().size() + plan.unfilled().size(), context);
            for (ObserverPlan.Unfilled u : plan.unfilled()) {
                assertTrue(u.message().startsWith(u.slot().school().name() + ", ") && u.message().contains(": нет подходящего"
                        + " наблюдателя — "), u.message());
                if (bank.stream().allMatch(o -> conflict(o, u.slot())) && !bank.isEmpty()) {
                    assertTrue(u.message().contains("у каждого наблюдателя банка есть конфликт интересов"), u.message());
                }
            }
            withUnfilled += plan.unfilled().isEmpty() ? 0 : 1;

            Best best = brute(plan.slots(), bank, riskFirst && !group.isEmpty());
            assertEquals(best.filled(), plan.assignments().size(), "every slot filled that can be: " + context);
            if (riskFirst && !group.isEmpty()) {
                assertEquals(best.risk(), plan.assignments().stream().filter(a -> a.slot().riskGroup()).count(),
                        "the risk group first: " + context);
            } else {
                assertEquals(best.spread(), spread(plan, bank), "the load as even as it can be: " + context);
            }

            List<Sitting> shuffledSittings = new ArrayList<>(sittings);
            List<ObserverEntry> shuffledBank = new ArrayList<>(bank);
            Collections.shuffle(shuffledSittings, random);
            Collections.shuffle(shuffledBank, random);
            ObserverPlan again = ObserverPlan.of(new Reference(example.schools(), example.specs(), example.requisites(), rules,
                    FederalList.empty()).withObservers(shuffledBank), shuffledSittings, group);
            assertEquals(plan, again, "the same data in another order give the same plan: " + context);
        }
        assertTrue(withUnfilled > 20 && withConflicts > 20, "the cases test something: " + withUnfilled + ", " + withConflicts);
    }

    /** Load spread over the observers who could observe somewhere. */
    private static int spread(ObserverPlan plan, List<ObserverEntry> bank) {
        Map<ObserverEntry, Integer> load = new HashMap<>();
        for (ObserverEntry o : bank) {
            if (plan.slots().stream().anyMatch(s -> !conflict(o, s))) {
                load.put(o, plan.visitsOf(o).size());
            }
        }
        return load.isEmpty() ? 0 : Collections.max(load.values()) - Collections.min(load.values());
    }

    @Test
    void withoutConflictsTheLoadDiffersByAtMostOneOnALargeDistrict() {
        Random random = new Random(7);
        List<School> schools = example.schools();
        List<Sitting> sittings = new ArrayList<>();
        for (int day = 0; day < 12; day++) {
            for (School s : schools) {
                if (random.nextInt(2) == 0) {
                    sittings.add(new Sitting(s.login(), LocalDate.of(2026, 4, 6).plusDays(day), example.specs(2026).get(0).work(),
                            List.of("4А")));
                }
            }
        }
        List<ObserverEntry> bank = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            bank.add(new ObserverEntry("Наблюдатель " + i, "", "", List.of(), List.of(), "строка " + (i + 2)));
        }
        Reference reference = new Reference(schools, example.specs(), example.requisites(), Rules.defaults(), FederalList.empty())
                .withObservers(bank);
        ObserverPlan plan = ObserverPlan.of(reference, sittings, Set.of());
        assertEquals(List.of(), plan.unfilled());
        assertTrue(spread(plan, bank) <= 1, "loads: " + bank.stream().map(o -> plan.visitsOf(o).size()).toList());
        ObserverPlan otherSeed = ObserverPlan.of(new Reference(schools, example.specs(), example.requisites(),
                Rules.defaults().with(RuleParameter.OBSERVERS_SEED, "12345"), FederalList.empty()).withObservers(bank), sittings, Set.of());
        assertEquals(12345L, otherSeed.seed());
        assertTrue(!otherSeed.assignments().equals(plan.assignments()), "another seed, another draw");
        assertTrue(spread(otherSeed, bank) <= 1);
    }
}
