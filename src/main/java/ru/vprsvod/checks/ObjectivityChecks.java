package ru.vprsvod.checks;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import ru.vprsvod.consolidation.Campaign;
import ru.vprsvod.consolidation.ResultsStore;
import ru.vprsvod.consolidation.SchoolResult;
import ru.vprsvod.recheck.RecheckComparison;
import ru.vprsvod.recheck.RecheckedWork;
import ru.vprsvod.reference.FederalList;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.Scale;
import ru.vprsvod.statistics.WorkStats;
import ru.vprsvod.statistics.WorkStatsAccumulator;
import ru.vprsvod.submission.Participant;

/**
 * The objectivity checks over every year the product has: rules A–F per school × work, the index of
 * non-objectivity and the municipal risk group per school and year, and the works selected for re-check in the
 * current campaign. Years are checked oldest first, because a year's rule F looks at the risk group of the year
 * before. The thresholds in force today apply to every year.
 */
public final class ObjectivityChecks {

    /** A submission's figures per class depend only on its rows (never changed once stored) and the scale. */
    private record ClassesKey(long submissionId, Scale scale) {
    }

    private final ResultsStore store;
    /**
     * Per-class figures of each submission, kept between checks: after one school resubmits, only its new rows
     * are read again (not every participant of the district or region), and the rows themselves are never all in
     * memory at once — a region's 300,000 participants would take about 100 MB. Soft values: under memory pressure
     * (a region's documents being made in 256 MB) the figures are dropped and read again when next needed.
     */
    private final Cache<ClassesKey, Map<String, WorkStats>> classesCache = Caffeine.newBuilder().maximumSize(50_000)
            .softValues().build();

    public ObjectivityChecks(ResultsStore store) {
        this.store = store;
    }

    /**
     * @param campaigns one campaign per year, in any order (from {@code Consolidator.campaign})
     * @param imported  federal lists imported through the inbox (the reference's own sheet is added here)
     */
    public Findings check(List<Campaign> campaigns, Reference reference, FederalList imported) {
        FederalList federal = reference.federalList().plus(imported);
        List<Campaign> ordered = new ArrayList<>(campaigns);
        ordered.sort(Comparator.comparingInt(Campaign::year));
        Map<Integer, Campaign> byYear = new LinkedHashMap<>();
        ordered.forEach(c -> byYear.put(c.year(), c));

        Map<Long, List<Participant>> rows = new LinkedHashMap<>();
        YearChecker checker = new YearChecker(reference, federal, this::classes);
        Map<Integer, YearFindings> years = new LinkedHashMap<>();
        for (Campaign c : ordered) {
            years.put(c.year(), checker.check(c, Optional.ofNullable(byYear.get(c.year() - 1)),
                    Optional.ofNullable(years.get(c.year() - 1))));
        }
        int current = reference.campaignYear();
        Campaign campaign = byYear.getOrDefault(current, new Campaign(current, List.of(), List.of()));
        YearFindings findings = years.getOrDefault(current, new YearFindings(current, List.of()));
        RecheckSelection recheck = RecheckSampler.select(campaign, findings, reference, r -> participants(r, rows));
        return new Findings(new ArrayList<>(years.values()), recheck, compare(campaign, rows), reference.rules(),
                ru.vprsvod.lowresults.LowResultsHistory.of(ordered, reference.rules()));
    }

    /** The re-check protocols received for the campaign against the works as the schools scored them. */
    private RecheckComparison compare(Campaign campaign, Map<Long, List<Participant>> rows) {
        List<RecheckComparison.Compared> works = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (RecheckedWork w : store.rechecked(campaign.year())) {
            Optional<RecheckComparison.Original> original = campaign.work(w.work()).flatMap(results -> results.schools().stream()
                    .filter(r -> r.school().login().equalsIgnoreCase(w.school())).findFirst()
                    .flatMap(r -> participants(r, rows).stream().filter(p -> p.present() && p.code().equals(w.code())).findFirst()
                            .map(p -> new RecheckComparison.Original(r.submission().tasks(), p, results.spec().scale()))));
            if (original.isEmpty()) {
                notes.add("работы участника " + w.code() + " школы " + w.school() + " («" + w.work().title() + "», лист «"
                        + w.sheet() + "», строка " + w.row() + ") нет среди принятых результатов: не сравнивается");
            } else {
                works.add(RecheckComparison.compare(w, original.get()));
            }
        }
        return new RecheckComparison(works, notes);
    }

    private List<Participant> participants(SchoolResult r, Map<Long, List<Participant>> rows) {
        return rows.computeIfAbsent(r.submission().id(), store::participants);
    }

    /** A school's figures per class («4А», «4Б» …), from its stored rows. */
    private Map<String, WorkStats> classes(SchoolResult r, Scale scale) {
        return classesCache.get(new ClassesKey(r.submission().id(), scale), key -> computeClasses(r, scale));
    }

    private Map<String, WorkStats> computeClasses(SchoolResult r, Scale scale) {
        Map<String, WorkStatsAccumulator> byClass = new TreeMap<>();
        for (Participant p : store.participants(r.submission().id())) {
            byClass.computeIfAbsent(p.className(), k -> new WorkStatsAccumulator(scale, r.submission().tasks())).add(p);
        }
        Map<String, WorkStats> stats = new LinkedHashMap<>();
        byClass.forEach((name, a) -> stats.put(name, a.snapshot()));
        return Collections.unmodifiableMap(stats);
    }
}
