package ru.vprsvod.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import ru.vprsvod.testing.DistrictGenerator.GeneratedSchool;
import ru.vprsvod.testing.DistrictGenerator.Plant;
import ru.vprsvod.testing.DistrictGenerator.WorkDef;

/**
 * A district or a whole region at a chosen scale, for benchmarks and for tests that need many files: N schools ×
 * six works of the 2026 campaign, pupils drawn by the same item-response model as {@link DistrictGenerator}
 * ({@link Pupils}), written one file at a time so memory stays flat however large the region (a million rows
 * never sit in memory). About 42 pupil rows a form on average, as a region's mix of town schools (one to four
 * classes of 22–28) and small rural ones (one class of 4–15) gives: 1,200 schools ≈ 300,000 rows, 4,000 ≈ 1,000,000.
 * One school in a hundred carries a planted anomaly, so the checks have something to find at any scale.
 *
 * <p>Files are written by {@link ExcelLikeXlsx} (shared strings, as Excel writes them) into
 * {@code inbox/<login>/<login>_<Предмет>_<класс>_2026.xlsx}; the reference beside the inbox lists every school
 * and work. Everything follows from the seed. {@link DistrictGenerator} is left as it is: its districts are
 * calibrated for the checks' tests.
 *
 * <p>Command line: {@code RegionGenerator --schools 1200 [--seed 7] --out DIR} writes {@code DIR/справочник.xlsx}
 * and {@code DIR/inbox/}.
 */
public final class RegionGenerator {

    private static final String[] RUS_TASKS = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"};
    private static final int[] RUS_MAX = {2, 1, 2, 3, 2, 1, 1, 2, 3, 3, 1, 3};
    private static final String[] RUS_LEVELS = {"Б", "Б", "Б", "Б", "Б", "Б", "Б", "Б", "П", "П", "П", "В"};

    /** The six works of a region's spring: Maths and Russian in grades 4, 5 and 6. */
    public static final List<WorkDef> WORKS = List.of(
            DistrictGenerator.WORKS.get(2),
            DistrictGenerator.WORKS.get(3),
            DistrictGenerator.WORKS.get(4),
            new WorkDef(2026, "Русский язык", 5, RUS_TASKS, RUS_MAX, RUS_LEVELS, 10, 16, 21, -0.2),
            new WorkDef(2026, "Математика", 6, DistrictGenerator.WORKS.get(4).tasks(), DistrictGenerator.WORKS.get(4).max(),
                    DistrictGenerator.WORKS.get(4).levels(), 6, 10, 14, 0.4),
            new WorkDef(2026, "Русский язык", 6, RUS_TASKS, RUS_MAX, RUS_LEVELS, 11, 17, 22, 0.0));

    /** What was written. */
    public record Written(int schools, int files, long rows, long bytes) {
    }

    private final int schoolCount;
    private final Random random;

    private RegionGenerator(long seed, int schools) {
        this.schoolCount = schools;
        this.random = new Random(seed);
    }

    /** Writes the reference to {@code reference} and every school's six forms under {@code inbox}. */
    public static Written write(long seed, int schools, Path reference, Path inbox) {
        return new RegionGenerator(seed, schools).writeAll(reference, inbox);
    }

    private Written writeAll(Path referenceFile, Path inbox) {
        List<GeneratedSchool> schools = schools();
        reference(schools).write(referenceFile);
        long rows = 0;
        long bytes = 0;
        int files = 0;
        for (WorkDef work : WORKS) {
            double[] difficulty = DistrictGenerator.difficulties(work, random);
            for (GeneratedSchool school : schools) {
                List<List<Object>> pupils = new Pupils(random, school, work, difficulty).make();
                Protocol p = new Protocol(work.tasks(), work.max());
                String name = school.login() + "_" + work.subject() + "_" + work.grade() + "_" + work.year() + ".xlsx";
                Path file = ExcelLikeXlsx.write(inbox.resolve(school.login()).resolve(name), "Протокол",
                        withRows(p, pupils));
                rows += pupils.size();
                bytes += file.toFile().length();
                files++;
            }
        }
        return new Written(schools.size(), files, rows, bytes);
    }

    private static List<List<Object>> withRows(Protocol p, List<List<Object>> pupils) {
        p.rows.addAll(pupils);
        return p.sheetRows();
    }

    private List<GeneratedSchool> schools() {
        List<GeneratedSchool> list = new java.util.ArrayList<>();
        Plant[] plants = {Plant.BOUNDARY_PUSH, Plant.JOURNAL_MISMATCH, Plant.INFLATED, Plant.INVERSION};
        for (int n = 1; n <= schoolCount; n++) {
            String login = String.format("edu74%04d", n);
            double kind = random.nextDouble();
            Plant plant = n % 100 == 50 ? plants[(n / 100) % plants.length] : null;
            if (kind < 0.38) {
                list.add(new GeneratedSchool(login, "МБОУ «Сельская ООШ № " + n + "»", "ООШ", plant,
                        gaussian(-0.2, 0.3), gaussian(0.2, 0.15), 1, 4, 15));
            } else if (kind < 0.40) {
                list.add(new GeneratedSchool(login, "МБОУ «Лицей № " + n + "»", "лицей", plant, 0.6 + 0.3 * random.nextDouble(),
                        gaussian(0.05, 0.08), 3, 24, 28));
            } else {
                list.add(new GeneratedSchool(login, "МБОУ «СОШ № " + n + "»", "СОШ", plant, -0.3 + 0.6 * random.nextDouble(),
                        plant == Plant.JOURNAL_MISMATCH ? 1.6 : gaussian(0.05, 0.08), 1 + random.nextInt(4), 22, 28));
            }
        }
        return list;
    }

    private ReferenceWorkbook reference(List<GeneratedSchool> schools) {
        ReferenceWorkbook r = ReferenceWorkbook.example();
        r.schools.clear();
        for (GeneratedSchool s : schools) {
            r.school(s.login(), "", s.name(), "Муниципальное бюджетное общеобразовательное учреждение " + s.name().substring(5),
                    s.type(), "И.И. Иванова", "Энская область", "1-11");
        }
        DistrictGenerator.works(r, WORKS);
        return r;
    }

    private double gaussian(double mean, double sd) {
        return mean + sd * random.nextGaussian();
    }

    public static void main(String[] args) {
        int schools = 1200;
        long seed = 7;
        Path out = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--schools" -> schools = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("usage: RegionGenerator --schools N [--seed S] --out DIR");
        }
        long start = System.nanoTime();
        Written w = write(seed, schools, out.resolve("справочник.xlsx"), out.resolve("inbox"));
        System.out.printf("schools=%d files=%d rows=%d bytes=%d seconds=%.1f%n", w.schools(), w.files(), w.rows(), w.bytes(),
                (System.nanoTime() - start) / 1e9);
    }
}
