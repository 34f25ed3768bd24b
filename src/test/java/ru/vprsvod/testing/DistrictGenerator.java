package ru.vprsvod.testing;

import static ru.vprsvod.testing.Xlsx.row;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A realistic district for tests and benchmarks: schools of varied size and strength, classes, pupils whose
 * ability drives their task points (harder tasks by level), journal marks that follow ability with noise and each
 * school's leniency, absent pupils and tasks left undone («X»); two years (2025 and 2026). Some schools carry a
 * planted anomaly ({@link Plant}); the others are clean — random, not flat. Everything follows from the seed.
 *
 * <p>The district is written as real files: the reference workbook (the example's requisites and rules, this
 * district's schools and works) and one FIS OKO results form per school × work, named
 * {@code <login>_<Предмет>_<класс>_<год>.xlsx} as schools send them.
 */
public final class DistrictGenerator {

    /** The anomalies a district may carry, one school each. */
    public enum Plant {
        /** Pupils one or two points below a mark boundary «pulled up» to it (rule C). */
        BOUNDARY_PUSH,
        /** Journal marks far more generous than the pupils' results (rule A). */
        JOURNAL_MISMATCH,
        /** VPR results inflated for everyone: many «5», quality far above the district (rule B). */
        INFLATED,
        /** An ordinary grade 4 last year, an inflated grade 5 this year (rule E, same cohort). */
        COHORT_JUMP,
        /** Answers to the harder tasks given away: П/В solved better than Б (rule D). */
        INVERSION,
        /** A strong lyceum with honest results: must not be flagged at all. */
        HONEST_LYCEUM
    }

    /**
     * @param seed         everything random follows from it
     * @param cleanSchools ordinary schools without anomalies (with 25–75 pupils a parallel)
     * @param smallSchools small rural schools (4–9 pupils a parallel), where most checks do not apply
     * @param plants       the anomalies to plant, one school each
     */
    public record Settings(long seed, int cleanSchools, int smallSchools, List<Plant> plants) {
        public Settings {
            plants = List.copyOf(plants);
        }

        /** Every anomaly once, eight clean schools, two small ones. */
        public static Settings standard(long seed) {
            return new Settings(seed, 8, 2, List.of(Plant.values()));
        }
    }

    /** A school of the generated district; {@code plant} is null for a clean one. */
    public record GeneratedSchool(String login, String name, String type, Plant plant, double strength, double leniency,
                                  int classes, int minClass, int maxClass) {
    }

    /** One generated results form: a school's pupils on a work. */
    public record Form(GeneratedSchool school, WorkDef work, List<List<Object>> pupils) {

        /** The file name schools use: {@code edu990001_Математика_4_2026.xlsx}. */
        public String fileName() {
            return school.login() + "_" + work.subject() + "_" + work.grade() + "_" + work.year() + ".xlsx";
        }
    }

    /** A work of the district: tasks with maxima and levels, its scale, and how hard it is overall (logit shift). */
    public record WorkDef(int year, String subject, int grade, String[] tasks, int[] max, String[] levels,
                          int min3, int min4, int min5, double hardness) {

        int maxScore() {
            int sum = 0;
            for (int m : max) {
                sum += m;
            }
            return sum;
        }

        int mark(int score) {
            return score >= min5 ? 5 : score >= min4 ? 4 : score >= min3 ? 3 : 2;
        }
    }

    private static final String[] MATH4_TASKS = {"1", "2", "3", "4", "5.1", "5.2", "6.1", "6.2", "7", "8", "9.1", "9.2", "10", "11", "12"};
    private static final int[] MATH4_MAX = {1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 2};
    private static final String[] MATH4_LEVELS = {"Б", "Б", "Б", "Б", "Б", "Б", "Б", "Б", "Б", "Б", "П", "П", "П", "П", "В"};
    private static final String[] RUS4_TASKS = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"};
    private static final int[] RUS4_MAX = {2, 1, 2, 3, 2, 1, 1, 2, 3, 3, 1, 3};
    private static final String[] RUS4_LEVELS = {"Б", "Б", "Б", "Б", "Б", "Б", "Б", "Б", "П", "П", "П", "В"};
    private static final String[] MATH5_TASKS = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14"};
    private static final int[] MATH5_MAX = {1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 2, 2, 2, 2};
    private static final String[] MATH5_LEVELS = {"Б", "Б", "Б", "Б", "Б", "Б", "Б", "Б", "Б", "П", "П", "П", "В", "В"};

    /** The district's works: grade 4 in both years, grade 5 Maths this year (the cohort of last year's grade 4). */
    public static final List<WorkDef> WORKS = List.of(
            new WorkDef(2025, "Математика", 4, MATH4_TASKS, MATH4_MAX, MATH4_LEVELS, 6, 10, 15, 0.5),
            new WorkDef(2025, "Русский язык", 4, RUS4_TASKS, RUS4_MAX, RUS4_LEVELS, 10, 16, 21, -0.4),
            new WorkDef(2026, "Математика", 4, MATH4_TASKS, MATH4_MAX, MATH4_LEVELS, 6, 10, 15, 0.5),
            new WorkDef(2026, "Русский язык", 4, RUS4_TASKS, RUS4_MAX, RUS4_LEVELS, 10, 16, 21, -0.4),
            new WorkDef(2026, "Математика", 5, MATH5_TASKS, MATH5_MAX, MATH5_LEVELS, 7, 11, 15, 0.3));

    private final Settings settings;
    private final Random random;
    private final List<GeneratedSchool> schools = new ArrayList<>();
    private final List<Form> forms = new ArrayList<>();

    private DistrictGenerator(Settings settings) {
        this.settings = settings;
        this.random = new Random(settings.seed());
    }

    public static DistrictGenerator generate(Settings settings) {
        DistrictGenerator d = new DistrictGenerator(settings);
        d.makeSchools();
        for (WorkDef work : WORKS) {
            double[] difficulty = d.difficulties(work);
            for (GeneratedSchool school : d.schools) {
                d.forms.add(new Form(school, work, new Pupils(d.random, school, work, difficulty).make()));
            }
        }
        return d;
    }

    public List<GeneratedSchool> schools() {
        return List.copyOf(schools);
    }

    public List<Form> forms() {
        return List.copyOf(forms);
    }

    /** The school that carries a plant. */
    public GeneratedSchool planted(Plant plant) {
        return schools.stream().filter(s -> s.plant() == plant).findFirst().orElseThrow();
    }

    public List<GeneratedSchool> clean() {
        return schools.stream().filter(s -> s.plant() == null || s.plant() == Plant.HONEST_LYCEUM).toList();
    }

    /** Writes the reference and every form into the inbox (forms in each school's own subfolder). */
    public void write(Path reference, Path inbox) {
        reference().write(reference);
        for (Form f : forms) {
            Protocol p = new Protocol(f.work().tasks(), f.work().max());
            p.rows.addAll(f.pupils());
            p.write(inbox.resolve(f.school().login()).resolve(f.fileName()));
        }
    }

    /** The example reference with this district's schools, works and task levels. */
    public ReferenceWorkbook reference() {
        ReferenceWorkbook r = ReferenceWorkbook.example();
        r.schools.clear();
        int n = 0;
        for (GeneratedSchool s : schools) {
            r.school(s.login(), "", s.name(), fullName(s), s.type(), HEADS[n++ % HEADS.length], "Энский район", "1-11");
        }
        works(r, WORKS);
        return r;
    }

    /** Replaces the reference's scales and tasks with those of {@code works}: shared with {@link RegionGenerator}. */
    static void works(ReferenceWorkbook r, List<WorkDef> works) {
        r.scales.clear();
        r.tasks.clear();
        for (WorkDef w : works) {
            r.scales.add(row(w.year(), w.subject(), w.grade(), w.maxScore(), w.min3(), w.min4(), w.min5(), "сгенерировано"));
            for (int t = 0; t < w.tasks().length; t++) {
                r.tasks.add(row(w.year(), w.subject(), w.grade(), w.tasks()[t], w.max()[t], w.levels()[t]));
            }
        }
    }

    /** Heads of the generated schools, as documents print them (fixed, so the random draws stay as they were). */
    private static final String[] HEADS = {"А.В. Морозова", "П.С. Громов", "Е.Н. Белова", "И.И. Карпов", "Т.А. Соколова",
        "Н.П. Лебедев", "О.В. Зайцева", "В.Г. Орлов", "Л.М. Кузнецова", "С.Д. Фёдоров", "М.К. Новикова", "Г.А. Павлов",
        "Ю.Б. Семёнова", "Р.Е. Волков", "Д.С. Егорова", "К.Н. Степанов"};

    private static String fullName(GeneratedSchool s) {
        String kind = switch (s.type()) {
            case "лицей" -> "Лицей";
            case "ООШ" -> "Основная общеобразовательная школа";
            default -> "Средняя общеобразовательная школа";
        };
        return "Муниципальное бюджетное общеобразовательное учреждение «" + kind + " № " + s.login().substring(5).replaceFirst("^0+", "")
                + "» Энского муниципального района";
    }

    private void makeSchools() {
        int n = 1;
        for (Plant plant : settings.plants()) {
            boolean lyceum = plant == Plant.HONEST_LYCEUM;
            double strength = lyceum ? 0.9 : plant == Plant.COHORT_JUMP ? -0.2 : gaussian(0, 0.2);
            schools.add(new GeneratedSchool(login(n), lyceum ? "МБОУ «Лицей № " + n + "»" : "МБОУ «СОШ № " + n + "»",
                    lyceum ? "лицей" : "СОШ", plant, strength, plant == Plant.JOURNAL_MISMATCH ? 1.6 : gaussian(0.05, 0.08),
                    // A push to the boundaries shows only where enough pupils stand near them: three classes, like a
                    // town school, give the peaks a size a coordinator would notice (about 7 extra pupils each).
                    lyceum || plant == Plant.BOUNDARY_PUSH ? 3 : 2, 22, 28));
            n++;
        }
        for (int i = 0; i < settings.cleanSchools(); i++) {
            // Ordinary schools differ, but none is as strong as a lyceum: that is the honest lyceum's role.
            double strength = -0.3 + 0.6 * random.nextDouble();
            schools.add(new GeneratedSchool(login(n), "МБОУ «СОШ № " + n + "»", "СОШ", null, strength,
                    gaussian(0.05, 0.08), 2 + random.nextInt(2), 22, 28));
            n++;
        }
        for (int i = 0; i < settings.smallSchools(); i++) {
            schools.add(new GeneratedSchool(login(n), "МБОУ «Малая ООШ № " + n + "»", "ООШ", null, gaussian(-0.2, 0.3),
                    gaussian(0.2, 0.15), 1, 4, 9));
            n++;
        }
    }

    private static String login(int n) {
        return String.format("edu99%04d", n);
    }

    /** Task difficulties of a work (logit scale): basic tasks easy, advanced harder, high hardest. */
    private double[] difficulties(WorkDef work) {
        return difficulties(work, random);
    }

    /** The same, drawn from {@code random}: shared with {@link RegionGenerator}. */
    static double[] difficulties(WorkDef work, Random random) {
        double[] d = new double[work.tasks().length];
        for (int t = 0; t < d.length; t++) {
            d[t] = work.hardness() + switch (work.levels()[t]) {
                case "Б" -> -1.0 + 0.5 * random.nextGaussian();
                case "П" -> 0.3 + 0.4 * random.nextGaussian();
                default -> 1.0 + 0.4 * random.nextGaussian();
            };
        }
        return d;
    }

    double gaussian(double mean, double sd) {
        return mean + sd * random.nextGaussian();
    }

    Random random() {
        return random;
    }
}
