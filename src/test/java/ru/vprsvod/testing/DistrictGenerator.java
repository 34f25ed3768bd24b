package ru.vprsvod.testing;

import static ru.vprsvod.testing.Xlsx.row;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A realistic district for tests, benchmarks and the calibration of the objectivity checks: schools of varied size
 * and strength, classes, pupils whose ability drives their task points (harder tasks by level), journal marks that
 * follow ability with noise and the leniency of the school and the teacher, absent pupils and tasks left undone
 * («X»); two years (2025 and 2026). Some schools carry a planted anomaly ({@link Planting}); the others are clean.
 * Everything follows from the seed.
 *
 * <p>Clean schools do not stand still between the years, as real ones do not ({@link Variation}): a pupil's ability
 * on a work is the sum of
 * <ul>
 *   <li>the school's stable effect (normal, sd {@link Variation#schoolSd()});</li>
 *   <li>the school's drift from year to year, which persists only partly (a first-order autoregression: sd
 *       {@link Variation#driftSd()}, correlation {@link Variation#driftPersistence()} from one year to the next);</li>
 *   <li>the cohort's effect (the pupils who started school the same year: sd {@link Variation#cohortSd()}), the same
 *       in every subject and in every grade the cohort reaches;</li>
 *   <li>the teacher's effect on the class (sd {@link Variation#teacherSd()}): in grades 1–4 one class teacher for
 *       every subject, from grade 5 a teacher per subject; a class's teacher changes between the years with the
 *       chance {@link Variation#primaryTeacherChange()} in the primary grades (a new cohort usually gets another
 *       teacher) and {@link Variation#subjectTeacherChange()} later;</li>
 *   <li>the pupil's own ability: 0,8 × a general part + 0,45 × a part of the subject + 0,4 × the day's form
 *       (variance 1). The same pupils write next year's work of the next grade; {@link Variation#turnover()} of
 *       them leave and are replaced by newcomers.</li>
 * </ul>
 * {@link Variation#SAMPLING_ONLY} keeps only the stable school effect and the pupils: a school then changes between
 * the years by the sampling of its pupils alone, which flatters any rule calibrated on it.
 *
 * <p>The district is written as real files: the reference workbook (the example's requisites and rules, this
 * district's schools and works) and one FIS OKO results form per school × work, named
 * {@code <login>_<Предмет>_<класс>_<год>.xlsx} as schools send them.
 */
public final class DistrictGenerator {

    /** The anomalies a district may carry, one school each. */
    public enum Plant {
        /** Pupils one or two points below a mark boundary «pulled up» to it, in grade 4 this year (rule C). */
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
        HONEST_LYCEUM,
        /**
         * An average school whose results move between the years by a stated change of the expected quality (in
         * every work, up or down at random): the power of rule E, in both comparisons.
         */
        SHARP_CHANGE
    }

    /**
     * A planted anomaly with its size, in the plant's own unit: {@link Plant#BOUNDARY_PUSH} — the chance that a pupil
     * one or two points below a boundary is raised to it (0,85); {@link Plant#JOURNAL_MISMATCH} — the journal's
     * leniency (1,6: journal marks about 6 points of the score more generous); {@link Plant#INFLATED},
     * {@link Plant#COHORT_JUMP} — the ability added on the day (1,8 and 2,0; a pupil's sd is 1);
     * {@link Plant#INVERSION} — the share of the harder tasks' answers given away (0,85);
     * {@link Plant#SHARP_CHANGE} — the change of the expected quality (share of «4» and «5») between the years, in
     * percentage points (40).
     *
     * @param pupils 0 for the plant's usual layout (two or three classes of 22–28); otherwise the school's pupils a
     *               parallel, in classes of at most 30, none absent
     */
    public record Planting(Plant plant, double size, int pupils) {

        public static Planting standard(Plant plant) {
            double size = switch (plant) {
                case BOUNDARY_PUSH, INVERSION -> 0.85;
                case JOURNAL_MISMATCH -> 1.6;
                case INFLATED -> 1.8;
                case COHORT_JUMP -> 2.0;
                case SHARP_CHANGE -> 40;
                case HONEST_LYCEUM -> 0;
            };
            return new Planting(plant, size, 0);
        }
    }

    /**
     * How much clean schools vary beyond the sampling of their pupils, in units of a pupil's ability (sd 1). See the
     * class comment for what each part means.
     */
    public record Variation(double schoolSd, double driftSd, double driftPersistence, double cohortSd, double teacherSd,
                            double primaryTeacherChange, double subjectTeacherChange, double turnover,
                            double teacherLeniencySd) {

        /**
         * What the generator assumes of real schools. A school's position against the district then moves between
         * two years (same parallel, one or two classes) with an sd of about 0,12–0,14 of a pupil's ability beyond
         * sampling, about 0,10 of the district's score sd: a year-to-year correlation of the schools' true positions
         * of about 0,9, the upper half of what is reported for school means of standardised tests.
         */
        public static final Variation REALISTIC = new Variation(0.25, 0.08, 0.5, 0.06, 0.10, 0.75, 0.2, 0.08, 0.05);

        /** Only the stable school effect and the pupils' own sampling. */
        public static final Variation SAMPLING_ONLY = new Variation(0.25, 0, 0, 0, 0, 0, 0, 0.08, 0);

        /** The same with every year-to-year part (drift, cohort, teacher) multiplied by {@code k}. */
        public Variation times(double k) {
            return new Variation(schoolSd, driftSd * k, driftPersistence, cohortSd * k, teacherSd * k, primaryTeacherChange,
                    subjectTeacherChange, turnover, teacherLeniencySd * k);
        }
    }

    /** Ordinary schools: how many classes a parallel and how many pupils a class. */
    public record Layout(int minClasses, int maxClasses, int minClass, int maxClass) {
    }

    /**
     * @param seed         everything random follows from it
     * @param cleanSchools ordinary schools without anomalies
     * @param smallSchools small rural schools (one class of {@code smallClass}), where most checks do not apply
     * @param plants       the anomalies to plant, one school each
     * @param works        the works written, both years
     * @param variation    how clean schools vary from year to year
     * @param layout       the size of ordinary schools
     * @param smallClass   the largest class of a small school (the smallest is 4)
     */
    public record Settings(long seed, int cleanSchools, int smallSchools, List<Planting> plants, List<WorkDef> works,
                           Variation variation, Layout layout, int smallClass) {
        public Settings {
            plants = List.copyOf(plants);
            works = List.copyOf(works);
        }

        /** Every anomaly of the tests once (not {@link Plant#SHARP_CHANGE}), eight clean schools, two small ones. */
        public static Settings standard(long seed) {
            List<Planting> plants = new ArrayList<>();
            for (Plant p : Plant.values()) {
                if (p != Plant.SHARP_CHANGE) {
                    plants.add(Planting.standard(p));
                }
            }
            return new Settings(seed, 8, 2, plants, WORKS, Variation.REALISTIC, new Layout(2, 3, 22, 28), 9);
        }

        /**
         * The district the checks are calibrated on: 25 clean schools — 20 ordinary ones of one to four classes of
         * 18–28 pupils and 5 small ones of 4–15 — writing four works in both years.
         */
        public static Settings calibration(long seed) {
            return new Settings(seed, 20, 5, List.of(), CALIBRATION_WORKS, Variation.REALISTIC, new Layout(1, 4, 18, 28), 15);
        }

        public Settings with(Planting... more) {
            List<Planting> all = new ArrayList<>(plants);
            all.addAll(List.of(more));
            return new Settings(seed, cleanSchools, smallSchools, all, works, variation, layout, smallClass);
        }

        public Settings with(Variation other) {
            return new Settings(seed, cleanSchools, smallSchools, plants, works, other, layout, smallClass);
        }
    }

    /** A school of the generated district; {@code plant} is null for a clean one; {@code strength} its stable effect. */
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

        WorkDef inYear(int other) {
            return new WorkDef(other, subject, grade, tasks, max, levels, min3, min4, min5, hardness);
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
    private static final String[] RUS5_TASKS = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14"};
    private static final int[] RUS5_MAX = {4, 2, 3, 2, 2, 2, 2, 3, 2, 3, 2, 2, 2, 3};
    private static final String[] RUS5_LEVELS = {"Б", "Б", "Б", "Б", "Б", "Б", "Б", "Б", "Б", "П", "П", "П", "В", "В"};

    private static final WorkDef MATH4 = new WorkDef(2025, "Математика", 4, MATH4_TASKS, MATH4_MAX, MATH4_LEVELS, 6, 10, 15, 0.5);
    private static final WorkDef RUS4 = new WorkDef(2025, "Русский язык", 4, RUS4_TASKS, RUS4_MAX, RUS4_LEVELS, 10, 16, 21, -0.4);
    private static final WorkDef MATH5 = new WorkDef(2025, "Математика", 5, MATH5_TASKS, MATH5_MAX, MATH5_LEVELS, 7, 11, 15, 0.3);
    private static final WorkDef RUS5 = new WorkDef(2025, "Русский язык", 5, RUS5_TASKS, RUS5_MAX, RUS5_LEVELS, 12, 20, 28, 0.0);

    /** The district's works: grade 4 in both years, grade 5 Maths this year (the cohort of last year's grade 4). */
    public static final List<WorkDef> WORKS = List.of(MATH4, RUS4, MATH4.inYear(2026), RUS4.inYear(2026), MATH5.inYear(2026));

    /** Four works in both years: each 2026 work has its parallel of 2025, and grade 5 its cohort of grade 4. */
    public static final List<WorkDef> CALIBRATION_WORKS = List.of(MATH4, RUS4, MATH5, RUS5, MATH4.inYear(2026),
            RUS4.inYear(2026), MATH5.inYear(2026), RUS5.inYear(2026));

    /** One pupil of a cohort: the general and subject parts of the ability, and the class. */
    private static final class Pupil {
        final int classIndex;
        final double general;
        final Map<String, Double> subject = new HashMap<>();

        Pupil(int classIndex, double general) {
            this.classIndex = classIndex;
            this.general = general;
        }
    }

    /** The pupils of one school who started school in the same year, as they stand in a given year. */
    private static final class Cohort {
        final double effect;
        final List<Pupil> pupils = new ArrayList<>();
        int year;

        Cohort(double effect, int year) {
            this.effect = effect;
            this.year = year;
        }
    }

    private record Teacher(double effect, double leniency) {
    }

    private final Settings settings;
    private final Random random;
    private final List<GeneratedSchool> schools = new ArrayList<>();
    private final Map<String, Planting> plantings = new HashMap<>();
    private final List<Form> forms = new ArrayList<>();
    private final Map<String, Double> drift = new HashMap<>();
    private final Map<String, Cohort> cohorts = new HashMap<>();
    private final Map<String, Teacher> teachers = new HashMap<>();
    /** ±1: whether the planted sharp change goes up or down. */
    private final double changeSign;

    private DistrictGenerator(Settings settings) {
        this.settings = settings;
        this.random = new Random(settings.seed());
        this.changeSign = random.nextBoolean() ? 1 : -1;
    }

    public static DistrictGenerator generate(Settings settings) {
        DistrictGenerator d = new DistrictGenerator(settings);
        d.makeSchools();
        List<WorkDef> works = new ArrayList<>(settings.works());
        works.sort(Comparator.comparingInt(WorkDef::year));
        Map<String, double[]> sharpShift = new HashMap<>();
        for (WorkDef work : works) {
            double[] difficulty = d.difficulties(work);
            double shift = d.sharpChangeShift(work, difficulty, sharpShift);
            for (GeneratedSchool school : d.schools) {
                Planting planting = d.plantings.get(school.login());
                List<Pupils.Sitting> sittings = d.sittings(school, work, planting != null && planting.plant() == Plant.SHARP_CHANGE
                        ? shift : 0);
                double absence = planting != null && planting.pupils() > 0 ? 0 : 0.05;
                d.forms.add(new Form(school, work, new Pupils(d.random, school, planting, work, difficulty, absence).rows(sittings)));
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

    public Settings settings() {
        return settings;
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
        works(r, settings.works());
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
        Variation v = settings.variation();
        for (Planting planting : settings.plants()) {
            Plant plant = planting.plant();
            boolean lyceum = plant == Plant.HONEST_LYCEUM;
            double strength = switch (plant) {
                case HONEST_LYCEUM -> 0.9;
                case COHORT_JUMP -> -0.2;
                case SHARP_CHANGE -> 0;
                default -> gaussian(0, 0.2);
            };
            // A push to the boundaries shows only where enough pupils stand near them: three classes, like a town
            // school, give the peaks a size a coordinator would notice (about 7 extra pupils each).
            int classes = lyceum || plant == Plant.BOUNDARY_PUSH ? 3 : 2;
            int min = 22;
            int max = 28;
            if (planting.pupils() > 0) {
                classes = (planting.pupils() + 29) / 30;
                min = planting.pupils() / classes;
                max = min;
            }
            GeneratedSchool school = new GeneratedSchool(login(n), lyceum ? "МБОУ «Лицей № " + n + "»" : "МБОУ «СОШ № " + n + "»",
                    lyceum ? "лицей" : "СОШ", plant, strength, gaussian(0.05, 0.08), classes, min, max);
            schools.add(school);
            plantings.put(school.login(), planting);
            n++;
        }
        Layout layout = settings.layout();
        for (int i = 0; i < settings.cleanSchools(); i++) {
            // Ordinary schools differ, but none is as strong as the honest lyceum on average: that is its role.
            double strength = gaussian(0, v.schoolSd());
            int classes = layout.minClasses() + random.nextInt(layout.maxClasses() - layout.minClasses() + 1);
            schools.add(new GeneratedSchool(login(n), "МБОУ «СОШ № " + n + "»", "СОШ", null, strength, gaussian(0.05, 0.08),
                    classes, layout.minClass(), layout.maxClass()));
            n++;
        }
        for (int i = 0; i < settings.smallSchools(); i++) {
            schools.add(new GeneratedSchool(login(n), "МБОУ «Малая ООШ № " + n + "»", "ООШ", null, gaussian(-0.2, 0.3),
                    gaussian(0.2, 0.15), 1, 4, settings.smallClass()));
            n++;
        }
    }

    /**
     * The pupils of a school writing a work, each with every effect in their ability: the school's stable effect and
     * drift, the cohort's, the class teacher's (or the subject teacher's), the pupil's own; {@code shift} is a
     * planted change.
     */
    private List<Pupils.Sitting> sittings(GeneratedSchool school, WorkDef work, double shift) {
        Variation v = settings.variation();
        Cohort cohort = cohort(school, work.year() - work.grade(), work.year());
        double schoolEffect = school.strength() + drift(school, work.year());
        String group = work.grade() <= 4 ? "начальная" : work.subject();
        List<Pupils.Sitting> sittings = new ArrayList<>();
        for (Pupil p : cohort.pupils) {
            Teacher teacher = teacher(school, work, p.classIndex, group);
            double own = 0.8 * p.general + 0.45 * p.subject.computeIfAbsent(work.subject(), k -> random.nextGaussian())
                    + 0.4 * random.nextGaussian();
            double ability = schoolEffect + cohort.effect + teacher.effect() + own + shift;
            sittings.add(new Pupils.Sitting(Pupils.className(work.grade(), p.classIndex), ability, school.leniency()
                    + teacher.leniency()));
        }
        return sittings;
    }

    /** A school's drift in a year: a first-order autoregression from the year before. */
    private double drift(GeneratedSchool school, int year) {
        Variation v = settings.variation();
        String key = school.login() + "|" + year;
        Double known = drift.get(key);
        if (known != null) {
            return known;
        }
        Double before = drift.get(school.login() + "|" + (year - 1));
        double value = before == null ? gaussian(0, v.driftSd())
                : v.driftPersistence() * before + Math.sqrt(1 - v.driftPersistence() * v.driftPersistence()) * gaussian(0, v.driftSd());
        drift.put(key, value);
        return value;
    }

    /** The cohort of a school that started in {@code start}, as it stands in {@code year}: leavers replaced by newcomers. */
    private Cohort cohort(GeneratedSchool school, int start, int year) {
        String key = school.login() + "|" + start;
        Cohort cohort = cohorts.get(key);
        if (cohort == null) {
            cohort = new Cohort(gaussian(0, settings.variation().cohortSd()), year);
            for (int c = 0; c < school.classes(); c++) {
                int size = school.minClass() + random.nextInt(school.maxClass() - school.minClass() + 1);
                for (int i = 0; i < size; i++) {
                    cohort.pupils.add(new Pupil(c, random.nextGaussian()));
                }
            }
            cohorts.put(key, cohort);
        }
        while (cohort.year < year) {
            cohort.year++;
            for (int i = 0; i < cohort.pupils.size(); i++) {
                if (random.nextDouble() < settings.variation().turnover()) {
                    cohort.pupils.set(i, new Pupil(cohort.pupils.get(i).classIndex, random.nextGaussian()));
                }
            }
        }
        return cohort;
    }

    /** The teacher of a class in a subject group this year: last year's teacher of the same class, unless replaced. */
    private Teacher teacher(GeneratedSchool school, WorkDef work, int classIndex, String group) {
        Variation v = settings.variation();
        String slot = school.login() + "|" + work.grade() + "|" + classIndex + "|" + group + "|";
        Teacher now = teachers.get(slot + work.year());
        if (now != null) {
            return now;
        }
        Teacher before = teachers.get(slot + (work.year() - 1));
        double change = work.grade() <= 4 ? v.primaryTeacherChange() : v.subjectTeacherChange();
        now = before != null && random.nextDouble() >= change ? before
                : new Teacher(gaussian(0, v.teacherSd()), gaussian(0, v.teacherLeniencySd()));
        teachers.put(slot + work.year(), now);
        return now;
    }

    /**
     * The ability shift of a planted sharp change on a work: half the change that moves the expected quality of an
     * average school by the planted points, down in the first year and up in the second (or the other way round).
     * A work's shift is found once per district, by bisection over {@link Pupils#expectedQuality}.
     */
    private double sharpChangeShift(WorkDef work, double[] difficulty, Map<String, double[]> cache) {
        Planting planting = settings.plants().stream().filter(p -> p.plant() == Plant.SHARP_CHANGE).findFirst().orElse(null);
        if (planting == null) {
            return 0;
        }
        String key = work.subject() + "|" + work.grade();
        double half = cache.computeIfAbsent(key, k -> new double[] {halfShift(work, difficulty, planting.size() / 100)})[0];
        boolean first = work.year() == settings.works().stream().mapToInt(WorkDef::year).min().orElseThrow();
        return changeSign * (first ? -half : half);
    }

    private static double halfShift(WorkDef work, double[] difficulty, double change) {
        double low = 0;
        double high = 3;
        for (int i = 0; i < 40; i++) {
            double mid = (low + high) / 2;
            double moved = Pupils.expectedQuality(work, difficulty, mid) - Pupils.expectedQuality(work, difficulty, -mid);
            if (moved < change) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
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
