package ru.vprsvod.consolidation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.Scale;
import ru.vprsvod.reference.School;
import ru.vprsvod.reference.Work;
import ru.vprsvod.reference.WorkSpec;
import ru.vprsvod.statistics.WorkStats;
import ru.vprsvod.statistics.WorkStatsAccumulator;

/**
 * Builds a year's {@link Campaign} from the store's current submissions and the reference. A submission never
 * changes once stored, so its figures are cached: after one resubmission only that file's rows are read again.
 */
public final class Consolidator {

    private static final Logger log = LoggerFactory.getLogger(Consolidator.class);

    /** A submission's figures depend only on its rows and on the scale its marks come from. */
    private record StatsKey(long submissionId, Scale scale) {
    }

    private final ResultsStore store;
    private final Cache<StatsKey, WorkStats> statsCache = Caffeine.newBuilder().maximumSize(50_000).build();

    public Consolidator(ResultsStore store) {
        this.store = store;
    }

    public Campaign campaign(int year, Reference reference) {
        Map<Work, List<StoredSubmission>> byWork = new LinkedHashMap<>();
        for (StoredSubmission s : store.currentSubmissions(year)) {
            byWork.computeIfAbsent(s.work(), w -> new ArrayList<>()).add(s);
        }
        List<WorkResults> works = new ArrayList<>();
        for (WorkSpec spec : reference.specs(year)) {
            works.add(results(spec, byWork.getOrDefault(spec.work(), List.of()), reference));
        }
        byWork.keySet().stream().filter(w -> reference.spec(w).isEmpty()).forEach(w ->
                log.warn("Submissions for {} are stored but the reference has no scale for it any more; left out", w));
        return new Campaign(year, works, missing(year, reference, byWork));
    }

    private WorkResults results(WorkSpec spec, List<StoredSubmission> submissions, Reference reference) {
        List<SchoolResult> schools = new ArrayList<>();
        WorkStats district = WorkStatsAccumulator.empty(spec.scale(), spec.tasks());
        for (StoredSubmission submission : submissions) {
            WorkStats stats = statsCache.get(new StatsKey(submission.id(), spec.scale()), key -> compute(submission, spec.scale()));
            School school = reference.school(submission.school()).orElseGet(() -> unknownSchool(submission.school()));
            schools.add(new SchoolResult(school, submission, stats));
            district = district.plus(stats);
        }
        schools.sort((a, b) -> a.school().name().compareToIgnoreCase(b.school().name()));
        return new WorkResults(spec, schools, district);
    }

    private WorkStats compute(StoredSubmission submission, Scale scale) {
        WorkStatsAccumulator accumulator = new WorkStatsAccumulator(scale, submission.tasks());
        accumulator.addAll(store.participants(submission.id()));
        return accumulator.snapshot();
    }

    /** Which schools have not submitted which of the year's works, by the grades each school teaches. */
    private static List<MissingWork> missing(int year, Reference reference, Map<Work, List<StoredSubmission>> byWork) {
        List<MissingWork> missing = new ArrayList<>();
        for (School school : reference.schools()) {
            List<Work> works = new ArrayList<>();
            for (WorkSpec spec : reference.specs(year)) {
                Set<String> submitted = byWork.getOrDefault(spec.work(), List.of()).stream()
                        .map(StoredSubmission::school).collect(Collectors.toSet());
                if (school.grades().contains(spec.work().grade()) && !submitted.contains(school.login())) {
                    works.add(spec.work());
                }
            }
            if (!works.isEmpty()) {
                missing.add(new MissingWork(school, works));
            }
        }
        return missing;
    }

    /** A school that sent data but has since been removed from the reference: still shown, by its login. */
    private static School unknownSchool(String login) {
        return new School(login, "", login + " (нет в справочнике)", login + " (нет в справочнике)", "", "", "", "",
                ru.vprsvod.reference.GradeSet.range(1, 11));
    }

    /** The years outputs are made for: the current campaign and every year with accepted data. */
    public List<Integer> years(Reference reference) {
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>(store.years());
        years.add(reference.campaignYear());
        return List.copyOf(years);
    }

    Optional<WorkStats> cached(long submissionId, Scale scale) {
        return Optional.ofNullable(statsCache.getIfPresent(new StatsKey(submissionId, scale)));
    }
}
