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
import ru.vprsvod.reference.Level;
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
