package ru.vprsvod.checks;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ru.vprsvod.consolidation.Arrival;
import ru.vprsvod.consolidation.Campaign;
import ru.vprsvod.consolidation.Consolidator;
import ru.vprsvod.consolidation.ResultsStore;
import ru.vprsvod.consolidation.SchoolResult;
import ru.vprsvod.consolidation.StoredSubmission;
import ru.vprsvod.consolidation.WorkResults;
import ru.vprsvod.reference.GradeSet;
import ru.vprsvod.reference.Level;
import ru.vprsvod.reference.Scale;
import ru.vprsvod.reference.School;
import ru.vprsvod.reference.WorkSpec;
import ru.vprsvod.statistics.WorkStats;
import ru.vprsvod.statistics.WorkStatsAccumulator;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.ReferenceLoader;
import ru.vprsvod.reference.ReferenceReading;
import ru.vprsvod.reference.Task;
import ru.vprsvod.reference.Work;
import ru.vprsvod.submission.FormCheck;
import ru.vprsvod.submission.Participant;
import ru.vprsvod.submission.Points;
import ru.vprsvod.submission.Status;
import ru.vprsvod.submission.Submission;
import ru.vprsvod.testing.DistrictGenerator;

/**
 * A generated district put straight into a real store (without writing and reading workbooks, which the
 * end-to-end test does), then consolidated and checked: fast enough to try many seeds.
 */
final class GeneratedDistrict {

    private GeneratedDistrict() {
    }

    static Findings check(DistrictGenerator district, Path dir) {
        Reference reference = ((ReferenceReading.Loaded) ReferenceLoader.load(district.reference().write(dir.resolve("r.xlsx"))))
                .reference();
        try (ResultsStore store = ResultsStore.open(dir.resolve("db.sqlite"))) {
            int n = 0;
            for (DistrictGenerator.Form f : district.forms()) {
                Submission s = submission(f);
                store.record(new Arrival("claim" + n, "sha" + n, f.fileName(), Arrival.INBOX, f.school().login(),
                        Instant.parse("2026-05-21T07:00:00Z"), 1, "archive/" + n), new FormCheck(f.fileName(), f.school().login(),
                        Status.ACCEPTED, List.of(), 0, List.of(s)), null, id -> "r" + id);
                n++;
            }
            Consolidator consolidator = new Consolidator(store);
            List<Campaign> campaigns = new ArrayList<>();
            for (int year : consolidator.years(reference)) {
                campaigns.add(consolidator.campaign(year, reference));
            }
            return new ObjectivityChecks(store).check(campaigns, reference, store.federalList());
        }
    }

    /**
     * The findings of every year of the district without a store: campaigns built straight from the forms, rules
     * A–F run by {@link YearChecker} (no re-check selection). Fast enough for the calibration's hundreds of seeds.
     *
     * @param template a loaded reference whose requisites and rules are used; schools and works come from the district
     */
    static List<YearFindings> checkInMemory(DistrictGenerator district, Reference template) {
        return checkInMemory(district, template, c -> { });
    }

    /** As {@link #checkInMemory(DistrictGenerator, Reference)}, handing each year's campaign to {@code campaignSink}. */
    static List<YearFindings> checkInMemory(DistrictGenerator district, Reference template,
                                            java.util.function.Consumer<Campaign> campaignSink) {
        Reference reference = reference(district, template);
        Map<Work, List<SchoolResult>> results = new java.util.TreeMap<>();
        Map<Long, Map<String, WorkStats>> classes = new java.util.HashMap<>();
        long id = 1;
        for (DistrictGenerator.Form f : district.forms()) {
            Submission s = submission(f);
            WorkSpec spec = reference.spec(s.work()).orElseThrow();
            WorkStatsAccumulator all = new WorkStatsAccumulator(spec.scale(), s.tasks());
            Map<String, WorkStatsAccumulator> byClass = new TreeMap<>();
            for (Participant p : s.participants()) {
                all.add(p);
                byClass.computeIfAbsent(p.className(), k -> new WorkStatsAccumulator(spec.scale(), s.tasks())).add(p);
            }
            Map<String, WorkStats> perClass = new java.util.LinkedHashMap<>();
            byClass.forEach((k, a) -> perClass.put(k, a.snapshot()));
            classes.put(id, perClass);
            WorkStats stats = all.snapshot();
            School school = reference.school(f.school().login()).orElseThrow();
            results.computeIfAbsent(s.work(), k -> new ArrayList<>()).add(new SchoolResult(school, new StoredSubmission(id, id,
                    school.login(), s.work(), List.of("Протокол"), s.tasks(), stats.listed(), Instant.parse("2026-05-21T07:00:00Z"),
                    null), stats));
            id++;
        }
        Map<Integer, List<WorkResults>> byYear = new TreeMap<>();
        results.forEach((work, schools) -> {
            WorkStats district0 = schools.get(0).stats();
            for (int i = 1; i < schools.size(); i++) {
                district0 = district0.plus(schools.get(i).stats());
            }
            byYear.computeIfAbsent(work.year(), k -> new ArrayList<>())
                    .add(new WorkResults(reference.spec(work).orElseThrow(), schools, district0));
        });
        YearChecker checker = new YearChecker(reference, reference.federalList(),
                (r, scale) -> classes.getOrDefault(r.submission().id(), Map.of()));
        List<YearFindings> years = new ArrayList<>();
        Campaign previous = null;
        for (Map.Entry<Integer, List<WorkResults>> e : byYear.entrySet()) {
            Campaign campaign = new Campaign(e.getKey(), e.getValue(), List.of());
            campaignSink.accept(campaign);
            years.add(checker.check(campaign, java.util.Optional.ofNullable(previous),
                    years.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(years.get(years.size() - 1))));
            previous = campaign;
        }
        return years;
    }

    /** The template's requisites and rules with the district's schools and works. */
    static Reference reference(DistrictGenerator district, Reference template) {
        List<School> schools = new ArrayList<>();
        for (DistrictGenerator.GeneratedSchool s : district.schools()) {
            schools.add(new School(s.login(), "", s.name(), s.name(), s.type(), "", "", "", GradeSet.range(1, 11)));
        }
        List<WorkSpec> specs = new ArrayList<>();
        for (DistrictGenerator.WorkDef w : district.settings().works()) {
            List<Task> tasks = new ArrayList<>();
            int max = 0;
            for (int t = 0; t < w.tasks().length; t++) {
                tasks.add(new Task(w.tasks()[t], w.max()[t], Level.parse(w.levels()[t]).orElseThrow()));
                max += w.max()[t];
            }
            specs.add(new WorkSpec(new Work(w.year(), w.subject(), w.grade()), new Scale(max, w.min3(), w.min4(), w.min5()), tasks));
        }
        return new Reference(schools, specs, template.requisites(), template.rules(), template.federalList());
    }

    /** A loaded reference of the example requisites and rules (for {@link #checkInMemory}). */
    static Reference template(DistrictGenerator district, Path dir) {
        return ((ReferenceReading.Loaded) ReferenceLoader.load(district.reference().write(dir.resolve("template.xlsx")))).reference();
    }

    private static Submission submission(DistrictGenerator.Form f) {
        DistrictGenerator.WorkDef w = f.work();
        List<Task> tasks = new ArrayList<>();
        for (int t = 0; t < w.tasks().length; t++) {
            tasks.add(new Task(w.tasks()[t], w.max()[t], Level.parse(w.levels()[t]).orElseThrow()));
        }
        List<Participant> pupils = new ArrayList<>();
        int row = 2;
        for (List<Object> r : f.pupils()) {
            boolean absent = "отсутствовал".equals(r.get(1));
            int[] points = new int[tasks.size()];
            for (int t = 0; t < points.length; t++) {
                Object p = r.get(2 + t);
                points[t] = p == null ? 0 : "X".equals(p) ? Points.NOT_ATTEMPTED : (Integer) p;
            }
            int size = r.size();
            Integer journal = (Integer) r.get(size - 2);
            pupils.add(new Participant(row++, String.valueOf(r.get(0)), (String) r.get(size - 4), (String) r.get(size - 3),
                    String.valueOf(r.get(1)), absent, absent ? null : journal, absent ? Points.none() : Points.of(points),
                    absent ? 0 : (Integer) r.get(size - 1)));
        }
        return new Submission(f.school().login(), new Work(w.year(), w.subject(), w.grade()), List.of("Протокол"), tasks, pupils);
    }

    /** login → the kinds of flags it got in a year, for readable assertion messages. */
    static Map<String, List<String>> flags(YearFindings year) {
        Map<String, List<String>> flags = new TreeMap<>();
        for (SchoolFindings s : year.schools()) {
            List<String> kinds = new ArrayList<>();
            s.schoolFlags().forEach(f -> kinds.add(f.kind()));
            s.works().forEach(w -> w.flags().forEach(f -> kinds.add(w.work().subject() + " " + w.work().grade() + ": " + f.kind())));
            flags.put(s.school().login(), kinds);
        }
        return flags;
    }
}
