package ru.vprsvod.checks;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import ru.vprsvod.reference.Setting;

/**
 * The works selected for the municipal re-check of the risk group (the department's Порядок): reproducible — the
 * same data and the same seed give the same list, and the seed is printed so it can be given again.
 *
 * @param districtWorks works written in the district this year (participants present)
 * @param required      the number the rules require: the share of the district's works, rounded up, or the
 *                      per-school minimum times the risk-group schools with works, whichever is larger
 * @param seed          the seed of the random part
 * @param seedOrigin    where the seed comes from, in Russian
 * @param deadline      the last day of the re-check (period end + 45 days), or null when the period end is unknown
 * @param keepUntil     the last day works and protocols are kept (period end + 90 days), or null
 * @param notes         Russian remarks: unknown period end, fewer works available than required …
 * @param settings      the parameters used
 * @param recommended   schools outside the risk group with other signs, «рекомендуется включить» — not selected
 *                      (their works are not in {@link #works()}), shown beside the selection with their reasons
 */
public record RecheckSelection(int year, int districtWorks, int required, long seed, String seedOrigin,
                               List<SelectedWork> works, LocalDate deadline, LocalDate keepUntil, List<String> notes,
                               List<Setting> settings, List<RecommendedSchool> recommended) {

    public RecheckSelection {
        Objects.requireNonNull(seedOrigin, "seedOrigin");
        works = List.copyOf(works);
        notes = List.copyOf(notes);
        settings = List.copyOf(settings);
        recommended = List.copyOf(recommended);
    }

    /** A selection without recommendations. */
    public RecheckSelection(int year, int districtWorks, int required, long seed, String seedOrigin, List<SelectedWork> works,
                            LocalDate deadline, LocalDate keepUntil, List<String> notes, List<Setting> settings) {
        this(year, districtWorks, required, seed, seedOrigin, works, deadline, keepUntil, notes, settings, List.of());
    }

    public Optional<LocalDate> optionalDeadline() {
        return Optional.ofNullable(deadline);
    }

    public Optional<LocalDate> optionalKeepUntil() {
        return Optional.ofNullable(keepUntil);
    }

    public long count(SelectedWork.Reason reason) {
        return works.stream().filter(w -> w.reason() == reason).count();
    }
}
