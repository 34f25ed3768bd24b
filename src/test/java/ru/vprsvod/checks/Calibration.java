package ru.vprsvod.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.Rules;
import ru.vprsvod.testing.DistrictGenerator;
import ru.vprsvod.testing.DistrictGenerator.GeneratedSchool;
import ru.vprsvod.testing.DistrictGenerator.Plant;
import ru.vprsvod.testing.DistrictGenerator.Planting;
import ru.vprsvod.testing.DistrictGenerator.Settings;
import ru.vprsvod.testing.DistrictGenerator.Variation;

/**
 * The calibration of rules A–E over many generated districts ({@link Settings#calibration}: 25 clean schools, four
 * works in both years, schools that vary from year to year as real ones do): per rule, the chance flags on clean
 * schools per district-year, and the power to flag planted cases of stated sizes. Not a test — {@link #main} is run
 * by hand and its table goes into the README; {@link CalibrationTest} pins the bounds on a few fixed seeds.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) ru.vprsvod.checks.Calibration 200
 * java -cp … ru.vprsvod.checks.Calibration 200 2 E_SIGMAS=2.2   (real spread doubled, another threshold)
 * java -cp … -Dcases=E ru.vprsvod.checks.Calibration 100        (only the planted cases whose key starts with E)
 * java -cp … ru.vprsvod.checks.Calibration standard 100         (the tests' standard district, seed by seed)
 * </pre>
 */
public final class Calibration {

    /**
     * A planted case whose power is measured: a stable key, the README's Russian label, the plant with its size and
     * school size, which flag catches it, and which of the school's works carry it.
     */
    record Case(String key, String label, Planting planting, Predicate<WorkFindings> caught, Predicate<WorkFindings> counted) {
    }

    /** The figures of one run. */
    static final class Table {
        int districts;
        /** Rule → chance markers on clean schools, summed over the district-years where the rule could run. */
        final Map<Rule, Integer> chance = new EnumMap<>(Rule.class);
        /** Rule → district-years where it could run (E: the years with a year before). */
        final Map<Rule, Integer> years = new EnumMap<>(Rule.class);
        /** Rule → district-years with at least one chance marker. */
        final Map<Rule, Integer> yearsWithChance = new EnumMap<>(Rule.class);
        /** Clean schools flagged by any rule A–E, and clean school-years checked. */
        int cleanSchoolYearsFlagged;
        int cleanSchoolYears;
        /** Clean school-years in the risk group (so re-checked) and recommended for the re-check. */
        int cleanInRiskGroup;
        int cleanRecommended;
        final Map<String, int[]> power = new LinkedHashMap<>();
        /** Kind of flag («B.quality») → chance flags of that kind on clean schools. */
        final Map<String, Integer> chanceKinds = new java.util.TreeMap<>();

        double chancePerYear(Rule rule) {
            return (double) chance.getOrDefault(rule, 0) / years.getOrDefault(rule, 1);
        }

        double power(String key) {
            int[] p = power.get(key);
            return p[1] == 0 ? Double.NaN : (double) p[0] / p[1];
        }

        String format() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "Районов: %d (по два года).%n%n", districts));
            b.append("| признак | случайных маркеров у обычных школ на район в год | доля районо-лет хотя бы с одним |\n|---|---|---|\n");
            for (Rule r : List.of(Rule.A, Rule.B, Rule.C, Rule.D, Rule.E)) {
                b.append(String.format(Locale.ROOT, "| %s | %s | %s %% |%n", r, decimal(chancePerYear(r), 2),
                        decimal(100.0 * yearsWithChance.getOrDefault(r, 0) / years.getOrDefault(r, 1), 0)));
            }
            b.append(String.format(Locale.ROOT, "%nОбычных школ-лет с каким-либо признаком: %d из %d (%s %%); по видам: %s;"
                    + " в группе риска: %d (%s на район в год); «рекомендуется включить»: %d (%s на район в год).%n%n",
                    cleanSchoolYearsFlagged, cleanSchoolYears, decimal(100.0 * cleanSchoolYearsFlagged / cleanSchoolYears, 1),
                    chanceKinds, cleanInRiskGroup, decimal((double) cleanInRiskGroup / (2 * districts), 2), cleanRecommended,
                    decimal((double) cleanRecommended / (2 * districts), 2)));
            b.append("| посаженное нарушение | найдено своим признаком (работ) |\n|---|---|\n");
            for (Case c : cases()) {
                int[] p = power.get(c.key());
                if (p != null) {
                    b.append(String.format(Locale.ROOT, "| %s | %s %% (%d из %d) |%n", c.label(), decimal(100.0 * p[0] / p[1], 0),
                            p[0], p[1]));
                }
            }
            return b.toString();
        }

        private static String decimal(double value, int digits) {
            return String.format(Locale.ROOT, "%." + digits + "f", value).replace('.', ',');
        }
    }

    private static Predicate<WorkFindings> rule(Rule rule) {
        return w -> w.flagged(rule);
    }

    private static Predicate<WorkFindings> kind(String kind) {
        return w -> w.flags().stream().anyMatch(f -> f.kind().equals(kind));
    }

    private static final Predicate<WorkFindings> COHORT = w -> w.work().year() == 2026 && w.work().grade() == 5;
    private static final Predicate<WorkFindings> THIS_YEAR = w -> w.work().year() == 2026;
    private static final Predicate<WorkFindings> GRADE4_THIS_YEAR = w -> w.work().year() == 2026 && w.work().grade() == 4;
    private static final Predicate<WorkFindings> MATH4_THIS_YEAR = w -> GRADE4_THIS_YEAR.test(w)
            && w.work().subject().equals("Математика");
    private static final Predicate<WorkFindings> EVERY = w -> true;

    /** The planted cases of the table. */
    static List<Case> cases() {
        return List.of(
                new Case("A", "A: отметки по журналу мягче на ~6 баллов работы (снисходительность 1,6), 2 класса по 22–28",
                        Planting.standard(Plant.JOURNAL_MISMATCH), rule(Rule.A), EVERY),
                new Case("A.weak", "A: снисходительность журнала 1,0 (~4 балла), 30 участников",
                        new Planting(Plant.JOURNAL_MISMATCH, 1.0, 30), rule(Rule.A), EVERY),
                new Case("B", "B: результаты подняты на 1,8 ст. откл. способностей, 2 класса по 22–28",
                        Planting.standard(Plant.INFLATED), rule(Rule.B), EVERY),
                new Case("B.weak", "B: подняты на 1,0 ст. откл., 30 участников", new Planting(Plant.INFLATED, 1.0, 30), rule(Rule.B),
                        EVERY),
                new Case("C", "C: 85 % участников на 1–2 балла ниже границы «дотянуты», 3 класса по 22–28 (4 класс)",
                        Planting.standard(Plant.BOUNDARY_PUSH), rule(Rule.C), GRADE4_THIS_YEAR),
                new Case("C.50", "C: 85 % «дотянуты», 50 участников", new Planting(Plant.BOUNDARY_PUSH, 0.85, 50), rule(Rule.C),
                        GRADE4_THIS_YEAR),
                new Case("C.weak", "C: 60 % «дотянуты», 3 класса по 22–28", new Planting(Plant.BOUNDARY_PUSH, 0.6, 0), rule(Rule.C),
                        GRADE4_THIS_YEAR),
                new Case("D", "D: 85 % ответов на задания П/В известны заранее, 2 класса (Математика, 4 класс)",
                        Planting.standard(Plant.INVERSION), rule(Rule.D), MATH4_THIS_YEAR),
                new Case("D.weak", "D: 50 % ответов известны, 30 участников", new Planting(Plant.INVERSION, 0.5, 30), rule(Rule.D),
                        MATH4_THIS_YEAR),
                new Case("E.jump", "E, те же обучающиеся: 5 класс поднят на 2,0 ст. откл., 2 класса",
                        Planting.standard(Plant.COHORT_JUMP), kind("E.cohort"), COHORT),
                new Case("E.parallel.40", "E, та же параллель: изменение на 40 п. п. качества, 30 участников в каждом году",
                        new Planting(Plant.SHARP_CHANGE, 40, 30), kind("E.parallel"), THIS_YEAR),
                new Case("E.cohort.40", "E, те же обучающиеся: 40 п. п. качества, 30 участников в каждом году",
                        new Planting(Plant.SHARP_CHANGE, 40, 30), kind("E.cohort"), COHORT),
                new Case("E.parallel.30", "E, та же параллель: 30 п. п. качества, 30 участников в каждом году",
                        new Planting(Plant.SHARP_CHANGE, 30, 30), kind("E.parallel"), THIS_YEAR),
                new Case("E.cohort.30", "E, те же обучающиеся: 30 п. п. качества, 30 участников в каждом году",
                        new Planting(Plant.SHARP_CHANGE, 30, 30), kind("E.cohort"), COHORT));
    }

    private Calibration() {
    }

    /** Runs the seeds: a clean district for the chance flags and a planted one per case for the power. */
    static Table run(List<Long> seeds, Variation variation, Map<RuleParameter, String> overrides, Path dir) {
        return run(seeds, variation, overrides, cases(), dir);
    }

    static Table run(List<Long> seeds, Variation variation, Map<RuleParameter, String> overrides, List<Case> cases, Path dir) {
        Table t = new Table();
        Reference template = null;
        for (long seed : seeds) {
            Settings clean = Settings.calibration(seed).with(variation);
            DistrictGenerator district = DistrictGenerator.generate(clean);
            if (template == null) {
                template = GeneratedDistrict.template(district, dir);
                Rules rules = template.rules();
                for (Map.Entry<RuleParameter, String> o : overrides.entrySet()) {
                    rules = rules.with(o.getKey(), o.getValue());
                }
                template = new Reference(template.schools(), template.specs(), template.requisites(), rules, template.federalList());
            }
            count(t, district, GeneratedDistrict.checkInMemory(district, template));
            // One planted school in an otherwise clean district (another seed, so not the same district), generated once
            // for every case that measures it.
            Map<Planting, List<YearFindings>> planted = new LinkedHashMap<>();
            Map<Planting, String> logins = new LinkedHashMap<>();
            for (Case c : cases) {
                if (!c.key().startsWith(System.getProperty("cases", ""))) {
                    continue;
                }
                Reference r = template;
                List<YearFindings> years = planted.computeIfAbsent(c.planting(), p -> {
                    DistrictGenerator d = DistrictGenerator.generate(Settings.calibration(seed * 1000 + 7).with(variation).with(p));
                    logins.put(p, d.planted(p.plant()).login());
                    return GeneratedDistrict.checkInMemory(d, r);
                });
                int[] p = t.power.computeIfAbsent(c.key(), k -> new int[2]);
                for (YearFindings y : years) {
                    for (WorkFindings w : y.school(logins.get(c.planting())).orElseThrow().works()) {
                        if (c.counted().test(w)) {
                            p[1]++;
                            p[0] += c.caught().test(w) ? 1 : 0;
                        }
                    }
                }
            }
            t.districts++;
        }
        return t;
    }

    private static void count(Table t, DistrictGenerator district, List<YearFindings> years) {
        for (YearFindings y : years) {
            boolean hasPrevious = years.stream().anyMatch(o -> o.year() == y.year() - 1);
            for (Rule r : List.of(Rule.A, Rule.B, Rule.C, Rule.D, Rule.E)) {
                if (r == Rule.E && !hasPrevious) {
                    continue;
                }
                int markers = 0;
                for (GeneratedSchool s : district.clean()) {
                    markers += y.school(s.login()).map(f -> f.markers().getOrDefault(r, 0)).orElse(0);
                }
                t.chance.merge(r, markers, Integer::sum);
                t.years.merge(r, 1, Integer::sum);
                t.yearsWithChance.merge(r, markers > 0 ? 1 : 0, Integer::sum);
            }
            for (GeneratedSchool s : district.clean()) {
                y.school(s.login()).ifPresent(f -> f.allFlags().forEach(flag -> t.chanceKinds.merge(flag.kind(), 1, Integer::sum)));
                t.cleanInRiskGroup += y.school(s.login()).map(SchoolFindings::riskGroup).orElse(false) ? 1 : 0;
                t.cleanRecommended += y.school(s.login()).map(SchoolFindings::recheckRecommended).orElse(false) ? 1 : 0;
                t.cleanSchoolYears++;
                t.cleanSchoolYearsFlagged += y.school(s.login()).map(SchoolFindings::flagged).orElse(false) ? 1 : 0;
            }
        }
    }

    /**
     * The standard district of the tests ({@link Settings#standard}: every plant once, eight clean schools, two small
     * ones, a lyceum): per seed, whether every plant was flagged by its rule in 2026 and which clean schools (the lyceum
     * included) got any flag in either year. Returns the seeds without any chance flag.
     */
    static List<Long> standard(List<Long> seeds, Path dir, StringBuilder out) {
        Reference template = null;
        List<Long> clean = new ArrayList<>();
        int allFound = 0;
        int withChance = 0;
        Map<String, Integer> kinds = new java.util.TreeMap<>();
        for (long seed : seeds) {
            DistrictGenerator district = DistrictGenerator.generate(Settings.standard(seed));
            if (template == null) {
                template = GeneratedDistrict.template(district, dir);
            }
            List<YearFindings> years = GeneratedDistrict.checkInMemory(district, template);
            YearFindings now = years.stream().filter(y -> y.year() == 2026).findFirst().orElseThrow();
            boolean found = true;
            for (Map.Entry<Plant, Rule> e : Map.of(Plant.BOUNDARY_PUSH, Rule.C, Plant.JOURNAL_MISMATCH, Rule.A, Plant.INFLATED, Rule.B,
                    Plant.COHORT_JUMP, Rule.E, Plant.INVERSION, Rule.D).entrySet()) {
                found &= now.school(district.planted(e.getKey()).login()).orElseThrow().flagged(e.getValue());
            }
            allFound += found ? 1 : 0;
            boolean chance = false;
            for (YearFindings y : years) {
                for (GeneratedSchool s : district.clean()) {
                    for (Flag f : y.school(s.login()).orElseThrow().allFlags()) {
                        chance = true;
                        kinds.merge(f.kind(), 1, Integer::sum);
                    }
                }
            }
            withChance += chance ? 1 : 0;
            if (found && !chance) {
                clean.add(seed);
            }
        }
        out.append(String.format(Locale.ROOT, "Стандартный район тестов: районов %d; все посаженные нарушения найдены своими"
                + " признаками в %d; случайный признак у обычной школы (в любом году) в %d %s; без того и другого: %s%n",
                seeds.size(), allFound, withChance, kinds, clean));
        return clean;
    }

    static List<Long> seeds(int from, int count) {
        List<Long> seeds = new ArrayList<>();
        for (long s = from; s < from + count; s++) {
            seeds.add(s);
        }
        return seeds;
    }

    /**
     * {@code Calibration [districts] [variation multiplier] [PARAMETER=value …]}: prints the table in the README's form;
     * parameters (names of {@link RuleParameter}) try other thresholds.
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("standard")) {
            StringBuilder out = new StringBuilder();
            standard(seeds(1, Integer.parseInt(args[1])), Files.createTempDirectory("calibration"), out);
            System.out.print(out);
            return;
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        double k = args.length > 1 ? Double.parseDouble(args[1]) : 1;
        Map<RuleParameter, String> overrides = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            overrides.put(RuleParameter.valueOf(kv[0]), kv[1]);
        }
        Path dir = Files.createTempDirectory("calibration");
        long start = System.nanoTime();
        Table t = run(seeds(1, n), Variation.REALISTIC.times(k), overrides, dir);
        System.out.println("Разброс реальных изменений школ: Variation.REALISTIC × " + k + (overrides.isEmpty() ? "" : "; пороги: "
                + overrides));
        System.out.print(t.format());
        if (k == 1 && overrides.isEmpty() && System.getProperty("cases", "").isEmpty()) {
            StringBuilder standard = new StringBuilder();
            standard(seeds(1, Math.min(n, 100)), dir, standard);
            System.out.print(standard);
        }
        System.out.printf(Locale.ROOT, "%.0f с%n", (System.nanoTime() - start) / 1e9);
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
