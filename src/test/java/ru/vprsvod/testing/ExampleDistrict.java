package ru.vprsvod.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the example district shipped in {@code examples/}: school files for the example reference
 * ({@code templates/справочник.xlsx}, the fictional Энский район), for a newcomer to drop into the inbox and see the
 * product work (README, «Попробовать на примере»). Five of the reference's schools, both years of its works with a
 * task list and grade 5 Maths (which has none: its blank then comes from these files' headers); the pupils drawn by
 * {@link DistrictGenerator}, one school with journal marks far kinder than its results (so there is a risk group
 * and a road map). One file is broken on purpose and one arrives again, corrected:
 * <ul>
 *   <li>{@code district/} — every school's files in its own folder, as a shared inbox holds them; the 2026 Russian
 *       form of {@value #BROKEN_SCHOOL} has a journal mark of 7 and a task scored above its maximum (rejected);</li>
 *   <li>{@code resubmission/} — {@value #RESUBMITTING_SCHOOL}'s 2026 Maths form again, one pupil's points corrected
 *       (accepted, replacing the first).</li>
 * </ul>
 * Regenerate after the generator or the reference changes (README, «Developers»): {@code ExampleDistrict examples}.
 */
public final class ExampleDistrict {

    static final long SEED = 2026;
    static final String BROKEN_SCHOOL = "edu990003";
    static final String RESUBMITTING_SCHOOL = "edu990004";

    private ExampleDistrict() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args.length > 0 ? args[0] : "examples"));
    }

    /** Writes (over) {@code district/} and {@code resubmission/} under the folder. */
    public static void write(Path examples) throws IOException {
        for (String folder : List.of("district", "resubmission")) {
            deleteTree(examples.resolve(folder));
        }
        // Logins edu990001…edu990005: the planted school first, three ordinary ones, one small rural school.
        DistrictGenerator.Settings standard = DistrictGenerator.Settings.standard(SEED);
        DistrictGenerator district = DistrictGenerator.generate(new DistrictGenerator.Settings(SEED, 3, 1,
                List.of(DistrictGenerator.Planting.standard(DistrictGenerator.Plant.JOURNAL_MISMATCH)), standard.works(),
                standard.variation(), standard.layout(), standard.smallClass()));
        for (DistrictGenerator.Form form : district.forms()) {
            String login = form.school().login();
            List<List<Object>> rows = copy(form.pupils());
            DistrictGenerator.WorkDef work = form.work();
            if (login.equals(BROKEN_SCHOOL) && work.year() == 2026 && work.subject().equals("Русский язык")) {
                breakTwoCells(rows, work);
            }
            write(work, rows, examples.resolve("district").resolve(login).resolve(form.fileName()));
            if (login.equals(RESUBMITTING_SCHOOL) && work.year() == 2026 && work.subject().equals("Математика") && work.grade() == 4) {
                correctOnePupil(rows, work);
                write(work, rows, examples.resolve("resubmission").resolve(login).resolve(form.fileName()));
            }
        }
    }

    /** A journal mark of 7 in the first pupil's row; the second pupil's first task one point above its maximum. */
    private static void breakTwoCells(List<List<Object>> rows, DistrictGenerator.WorkDef work) {
        List<List<Object>> present = present(rows);
        List<Object> first = present.get(0);
        first.set(first.size() - 2, 7);
        List<Object> second = present.get(1);
        int before = second.get(2) instanceof Integer i ? i : 0;
        second.set(2, work.max()[0] + 1);
        second.set(second.size() - 1, (Integer) second.get(second.size() - 1) + work.max()[0] + 1 - before);
    }

    /** The school found a point left out: the first pupil's first task below its maximum gets one more. */
    private static void correctOnePupil(List<List<Object>> rows, DistrictGenerator.WorkDef work) {
        for (List<Object> row : present(rows)) {
            for (int t = 0; t < work.tasks().length; t++) {
                if (row.get(2 + t) instanceof Integer points && points < work.max()[t]) {
                    row.set(2 + t, points + 1);
                    row.set(row.size() - 1, (Integer) row.get(row.size() - 1) + 1);
                    return;
                }
            }
        }
        throw new IllegalStateException("no point to correct");
    }

    /** Rows of pupils who wrote the work (an absent one has no variant number). */
    private static List<List<Object>> present(List<List<Object>> rows) {
        return rows.stream().filter(r -> r.get(1) instanceof Integer).toList();
    }

    private static void write(DistrictGenerator.WorkDef work, List<List<Object>> rows, Path file) {
        Protocol protocol = new Protocol(work.tasks(), work.max());
        protocol.rows.addAll(copy(rows));
        protocol.write(file);
    }

    private static List<List<Object>> copy(List<List<Object>> rows) {
        List<List<Object>> copy = new ArrayList<>();
        rows.forEach(r -> copy.add(new ArrayList<>(r)));
        return copy;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
