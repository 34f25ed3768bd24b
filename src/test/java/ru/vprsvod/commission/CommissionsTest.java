package ru.vprsvod.commission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.vprsvod.checks.SelectedWork;
import ru.vprsvod.reference.Expert;
import ru.vprsvod.reference.GradeSet;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.Rules;
import ru.vprsvod.reference.School;
import ru.vprsvod.reference.Work;

/** Properties of the assignment over many random districts and banks, each from its own seed. */
class CommissionsTest {

    private static final List<String> SUBJECTS = List.of("Математика", "Русский язык");

    private static School school(int i) {
        return new School("sch" + i, "", "МБОУ СОШ № " + i, "СОШ № " + i, "СОШ", "", "", "", GradeSet.range(1, 11));
    }

    private static List<SelectedWork> works(Random r, int schools) {
        List<SelectedWork> out = new ArrayList<>();
        for (int s = 1; s <= schools; s++) {
            for (String subject : SUBJECTS) {
                int n = r.nextInt(12);
                for (int i = 0; i < n; i++) {
                    out.add(new SelectedWork(school(s), new Work(2026, subject, 4 + r.nextInt(2)), String.valueOf(10000 + out.size()),
                            "4А", String.valueOf(1 + r.nextInt(2)), 10, 3, SelectedWork.Reason.SAMPLE, "случайный отбор"));
                }
            }
        }
        return out;
    }

    private static List<Expert> bank(Random r, int schools, int experts) {
        List<Expert> out = new ArrayList<>();
        for (int i = 0; i < experts; i++) {
            String subject = SUBJECTS.get(i % 2);
            out.add(new Expert("Эксперт " + i, "sch" + (1 + r.nextInt(schools)), List.of(subject), true, 5,
                    i < 2 ? subject : "", "строка " + (i + 2)));
        }
        return out;
    }

    @Test
    void noExpertChecksTheirOwnSchoolEveryWorkOnceSizesAndLoadAsSet() {
        for (long seed = 1; seed <= 300; seed++) {
            Random r = new Random(seed);
            int schools = 3 + r.nextInt(12);
            List<SelectedWork> works = works(r, schools);
            int perExpert = 5 + r.nextInt(20);
            Rules rules = Rules.defaults().with(RuleParameter.COMMISSION_WORKS_PER_EXPERT, String.valueOf(perExpert));
            Commissions c = Commissions.assign(works, ExpertBank.of(bank(r, schools, 40), rules), rules, seed);
            Set<String> seen = new HashSet<>();
            for (SubjectCommission s : c.subjects()) {
                long subjectWorks = works.stream().filter(w -> w.work().subject().equals(s.subject())).count();
                assertTrue(s.members().size() >= (subjectWorks + perExpert - 1) / perExpert, "seed " + seed);
                assertEquals(s.subject(), s.chair().orElseThrow().rmoHeadOf());
                assertEquals(s.chair().get(), s.members().get(0));
                for (Expert e : s.members()) {
                    List<SelectedWork> mine = s.worksOf(e);
                    assertTrue(mine.size() <= perExpert, "seed " + seed);
                    for (SelectedWork w : mine) {
                        assertFalse(w.school().login().equals(e.school()), "seed " + seed + ": " + e + " got " + w);
                        assertTrue(seen.add(w.code()), "twice: " + w.code());
                    }
                }
                // Balanced as far as the school rule allows: a member with two works more than another holds
                // only works of that other member's school.
                for (Expert a : s.members()) {
                    for (Expert b : s.members()) {
                        if (s.worksOf(a).size() - s.worksOf(b).size() >= 2) {
                            assertTrue(s.worksOf(a).stream().allMatch(w -> w.school().login().equals(b.school())),
                                    "seed " + seed + ": " + a.name() + " " + s.worksOf(a).size() + ", " + b.name() + " "
                                            + s.worksOf(b).size());
                        }
                    }
                }
                seen.addAll(s.unassigned().stream().map(SelectedWork::code).toList());
            }
            assertEquals(works.size(), seen.size(), "every work assigned or reported, seed " + seed);
            assertEquals(c.subjects(), Commissions.assign(works, ExpertBank.of(bank(rebuild(seed), schools, 40), rules), rules,
                    seed).subjects(),
                    "reproducible, seed " + seed);
        }
    }

    /** The generator's state after {@link #works} for this seed, so the bank is rebuilt exactly. */
    private static Random rebuild(long seed) {
        Random r = new Random(seed);
        int schools = 3 + r.nextInt(12);
        works(r, schools);
        r.nextInt(20);
        return r;
    }

    @Test
    void withExpertsOfManySchoolsTheLoadDiffersByAtMostOne() {
        for (long seed = 1; seed <= 100; seed++) {
            Random r = new Random(seed);
            List<SelectedWork> works = works(r, 10);
            List<Expert> bank = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                bank.add(new Expert("Эксперт " + i, "sch" + (11 + i), List.of(SUBJECTS.get(i % 2)), true, 5, "", "строка " + i));
            }
            Rules rules = Rules.defaults().with(RuleParameter.COMMISSION_WORKS_PER_EXPERT, "12");
            for (SubjectCommission s : Commissions.assign(works, ExpertBank.of(bank, rules), rules, seed).subjects()) {
                int max = s.members().stream().mapToInt(e -> s.worksOf(e).size()).max().orElse(0);
                int min = s.members().stream().mapToInt(e -> s.worksOf(e).size()).min().orElse(0);
                assertTrue(max - min <= 1, "seed " + seed + ": " + min + ".." + max);
                assertTrue(s.unassigned().isEmpty());
            }
        }
    }

    @Test
    void aBankWithOnlyTheSchoolsOwnExpertsIsReportedNotGuessed() {
        List<SelectedWork> works = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            works.add(new SelectedWork(school(1), new Work(2026, "Математика", 4), "1000" + i, "4А", "1", 10, 3,
                    SelectedWork.Reason.SAMPLE, "случайный отбор"));
        }
        List<Expert> bank = List.of(new Expert("Иванова Мария Петровна", "sch1", List.of("Математика"), true, 10, "", "строка 2"));
        Commissions c = Commissions.assign(works, ExpertBank.of(bank, Rules.defaults()), Rules.defaults(), 7);
        assertEquals(List.of("Предмет «Математика»: в банке экспертов нет руководителя РМО по предмету, отвечающего"
                + " требованиям; председателя комиссии назначьте вручную.",
                "Предмет «Математика»: в банке экспертов не хватает экспертов не из проверяемых школ — не распределено"
                + " работ: 3 (МБОУ СОШ № 1); нужно не менее 1 эксперта по предмету, не более 25 работ каждому; в банке"
                + " отвечают требованиям 1."), c.problems());
    }

    private static SelectedWork work(int school, String className, String code) {
        return new SelectedWork(school(school), new Work(2026, "Математика", 4), code, className, "1", 10, 3,
                SelectedWork.Reason.SAMPLE, "случайный отбор");
    }

    @Test
    void aWorkGoesToSomeoneWhoDoesNotTeachItsClassWherePossible() {
        // Both experts work at sch2 and sch3; Петрова also teaches 4А at sch1 (a second post).
        Expert petrova = new Expert("Петрова Анна Ивановна", "sch2", List.of("Математика"), true, 10, "Математика",
                List.of(new Expert.TaughtClass("sch1", "4А")), "строка 2");
        Expert sidorova = new Expert("Сидорова Елена Петровна", "sch3", List.of("Математика"), true, 10, "", "строка 3");
        Rules rules = Rules.defaults().with(RuleParameter.COMMISSION_WORKS_PER_EXPERT, "1");
        List<SelectedWork> works = List.of(work(1, "4А", "10001"), work(1, "4Б", "10002"));
        for (long seed = 1; seed <= 20; seed++) {
            SubjectCommission s = Commissions.assign(works, ExpertBank.of(List.of(petrova, sidorova), rules), rules, seed)
                    .subjects().get(0);
            assertEquals(List.of("10001"), s.worksOf(sidorova).stream().map(SelectedWork::code).toList(), "seed " + seed);
            assertEquals(List.of("10002"), s.worksOf(petrova).stream().map(SelectedWork::code).toList(), "seed " + seed);
            assertEquals(List.of(), s.problems());
        }
    }

    @Test
    void whenOnlyATeacherOfTheClassCanTakeAWorkItIsGivenAndSaid() {
        Expert petrova = new Expert("Петрова Анна Ивановна", "sch2", List.of("Математика"), true, 10, "Математика",
                List.of(new Expert.TaughtClass("sch1", "4А")), "строка 2");
        Commissions c = Commissions.assign(List.of(work(1, "4А", "10001")), ExpertBank.of(List.of(petrova), Rules.defaults()),
                Rules.defaults(), 3);
        assertEquals(List.of("10001"), c.subjects().get(0).worksOf(petrova).stream().map(SelectedWork::code).toList());
        assertEquals(List.of("Предмет «Математика»: работа 10001 (4А, МБОУ СОШ № 1) передана эксперту Петрова Анна Ивановна,"
                + " который преподаёт в этом классе: других экспертов не из этой школы не нашлось; по возможности передайте её"
                + " другому эксперту."), c.problems());
    }

    @Test
    void withExpertsTeachingClassesElsewhereEveryWorkOfTheirClassIsEitherAvoidedOrSaid() {
        List<String> classes = List.of("4А", "4Б", "5А", "5Б");
        for (long seed = 1; seed <= 200; seed++) {
            Random r = new Random(seed);
            int schools = 3 + r.nextInt(8);
            List<SelectedWork> works = new ArrayList<>();
            for (SelectedWork w : works(r, schools)) {
                works.add(new SelectedWork(w.school(), w.work(), w.code(), classes.get(r.nextInt(4)), w.variant(), 10, 3,
                        SelectedWork.Reason.SAMPLE, "случайный отбор"));
            }
            List<Expert> bank = new ArrayList<>();
            for (Expert e : bank(r, schools, 6 + r.nextInt(30))) {
                List<Expert.TaughtClass> elsewhere = new ArrayList<>();
                for (int k = r.nextInt(3); k > 0; k--) {
                    elsewhere.add(new Expert.TaughtClass("sch" + (1 + r.nextInt(schools)), classes.get(r.nextInt(4))));
                }
                bank.add(new Expert(e.name(), e.school(), e.subjects(), true, 5, e.rmoHeadOf(), elsewhere, e.where()));
            }
            Rules rules = Rules.defaults().with(RuleParameter.COMMISSION_WORKS_PER_EXPERT, String.valueOf(3 + r.nextInt(20)));
            Commissions c = Commissions.assign(works, ExpertBank.of(bank, rules), rules, seed);
            for (SubjectCommission s : c.subjects()) {
                long said = s.problems().stream().filter(p -> p.contains("который преподаёт в этом классе")).count();
                long given = s.members().stream().mapToLong(e -> s.worksOf(e).stream()
                        .filter(w -> e.teachesClass(w.school().login(), w.className())).count()).sum();
                assertEquals(given, said, "seed " + seed + ": every work given to a teacher of its class is said");
                for (Expert e : s.members()) {
                    for (SelectedWork w : s.worksOf(e)) {
                        assertFalse(w.school().login().equals(e.school()), "seed " + seed + ": own school");
                        if (e.teachesClass(w.school().login(), w.className())) {
                            // Said only when no member nor reserve could take it otherwise at that moment: at least
                            // nobody in the whole bank for the subject is free of both rules with room to spare now.
                            assertTrue(bank.stream().filter(b -> b.teaches(s.subject())).noneMatch(b -> !b.teachesClass(
                                    w.school().login(), w.className()) && !s.members().contains(b)),
                                    "seed " + seed + ": an expert outside the commission could have taken " + w.code());
                        }
                    }
                }
            }
        }
    }
}
