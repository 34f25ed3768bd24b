package ru.vprsvod.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import ru.vprsvod.calendar.DeadlineCalendar;
import ru.vprsvod.consolidation.Campaign;
import ru.vprsvod.consolidation.SchoolResult;
import ru.vprsvod.consolidation.WorkResults;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.Rules;
import ru.vprsvod.reference.Scale;
import ru.vprsvod.reference.Seed;
import ru.vprsvod.reference.Setting;
import ru.vprsvod.submission.Participant;

/**
 * Selects the works for the municipal re-check. First every work whose score lies exactly at a mark boundary in
 * a risk-group school's work with signs (the works most likely «pulled up»); then random works until each
 * risk-group school has its minimum; then random works of the risk group until the required share of the
 * district's works is reached. Candidates are put in a fixed order (school, grade, subject, code) before each
 * random draw, and the draws use one {@link SplittableRandom} seeded from the rules or from the year and the
 * candidates themselves — so the same data and the same seed always give the same list.
 */
final class RecheckSampler {

    private record Candidate(SchoolResult result, Scale scale, Participant participant, int mark, boolean flaggedWork,
                             String key) {
    }

    private RecheckSampler() {
    }

    static RecheckSelection select(Campaign campaign, YearFindings findings, Reference reference,
                                   Function<SchoolResult, List<Participant>> participants) {
        Rules rules = reference.rules();
        List<String> notes = new ArrayList<>();
        Set<String> risk = new LinkedHashSet<>();
        findings.riskGroup().forEach(s -> risk.add(s.school().login()));

        int districtWorks = 0;
        List<Candidate> candidates = new ArrayList<>();
        Set<String> riskWithWorks = new LinkedHashSet<>();
        for (WorkResults w : campaign.works()) {
            for (SchoolResult r : w.schools()) {
                districtWorks += r.stats().present();
                if (!risk.contains(r.school().login())) {
                    continue;
                }
                boolean flagged = findings.work(r.school().login(), w.spec().work()).map(WorkFindings::flagged).orElse(false);
                for (Participant p : participants.apply(r)) {
                    if (p.present()) {
                        int mark = w.spec().scale().mark(Math.min(p.primaryScore(), w.spec().scale().maxScore()));
                        String key = r.school().login() + "|" + w.spec().work().grade() + "|" + w.spec().work().subject()
                                + "|" + p.code();
                        candidates.add(new Candidate(r, w.spec().scale(), p, mark, flagged, key));
                        riskWithWorks.add(r.school().login());
                    }
                }
            }
        }
        candidates.sort(Comparator.comparing(Candidate::key));

        Setting share = rules.get(RuleParameter.RECHECK_SHARE);
        Setting perSchool = rules.get(RuleParameter.RECHECK_PER_SCHOOL);
        int byShare = share.number().multiply(BigDecimal.valueOf(districtWorks))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).intValue();
        int required = risk.isEmpty() ? 0 : Math.max(byShare, perSchool.number().intValue() * riskWithWorks.size());

        Setting seedSetting = rules.get(RuleParameter.RECHECK_SEED);
        long seed;
        String seedOrigin;
        if (seedSetting.value().isBlank()) {
            seed = derivedSeed(campaign.year(), candidates);
            seedOrigin = "вычислено из года и состава работ группы риска (те же данные — то же число); чтобы закрепить"
                    + " выборку, впишите его в параметр «" + RuleParameter.RECHECK_SEED.label() + "» листа «Правила»";
        } else {
            seed = seed(seedSetting.value());
            seedOrigin = "задано в справочнике: «" + seedSetting.value() + "» (" + seedSetting.cell() + ")";
        }
        SplittableRandom random = new SplittableRandom(seed);

        List<SelectedWork> selected = new ArrayList<>();
        Set<String> taken = new LinkedHashSet<>();
        if (rules.get(RuleParameter.RECHECK_BOUNDARY).on()) {
            for (Candidate c : candidates) {
                if (c.flaggedWork() && isBoundary(c.scale(), c.participant().primaryScore())) {
                    selected.add(work(c, SelectedWork.Reason.BOUNDARY, "балл на границе отметки «" + c.mark()
                            + "» в работе с признаками"));
                    taken.add(c.key());
                }
            }
        }
        for (String login : riskWithWorks) {
            long have = selected.stream().filter(s -> s.school().login().equals(login)).count();
            List<Candidate> pool = candidates.stream()
                    .filter(c -> c.result().school().login().equals(login) && !taken.contains(c.key())).toList();
            for (Candidate c : draw(pool, perSchool.number().intValue() - (int) have, random)) {
                selected.add(work(c, SelectedWork.Reason.SCHOOL_MINIMUM, "случайный выбор: минимум работ школы"));
                taken.add(c.key());
            }
        }
        List<Candidate> rest = candidates.stream().filter(c -> !taken.contains(c.key())).toList();
        for (Candidate c : draw(rest, required - selected.size(), random)) {
            selected.add(work(c, SelectedWork.Reason.SAMPLE, "случайный выбор"));
            taken.add(c.key());
        }
        if (selected.size() < required) {
            notes.add("в школах группы риска " + candidates.size() + " работ — меньше требуемых " + required
                    + ": на перепроверку направляются все");
        }
        if (risk.isEmpty()) {
            notes.add("группа риска пуста: работы на перепроверку не отбираются");
        } else if (riskWithWorks.size() < risk.size()) {
            notes.add("у " + (risk.size() - riskWithWorks.size()) + " школ группы риска нет принятых результатов этого года");
        }
        selected.sort(Comparator.comparing((SelectedWork s) -> s.school().name().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(s -> s.work()).thenComparing(SelectedWork::code));

        Optional<LocalDate> end = reference.requisites().optionalPeriodEnd();
        Setting days = rules.get(RuleParameter.RECHECK_DAYS);
        Setting storage = rules.get(RuleParameter.STORAGE_DAYS);
        if (end.isEmpty()) {
            notes.add("в справочнике (лист «Реквизиты») не указана «Дата окончания периода проведения ВПР»: сроки"
                    + " перепроверки и хранения работ не вычислены");
        }
        return new RecheckSelection(campaign.year(), districtWorks, required, seed, seedOrigin, selected,
                DeadlineCalendar.recheckDue(reference).orElse(null), DeadlineCalendar.storageUntil(reference).orElse(null), notes,
                List.of(share, perSchool, rules.get(RuleParameter.RECHECK_BOUNDARY), days, storage, seedSetting,
                        rules.get(RuleParameter.RECHECK_RECOMMEND)),
                recommended(campaign, findings, rules, participants));
    }

    /** The schools recommended for the re-check, each with its boundary works (those the re-check would take first). */
    private static List<RecommendedSchool> recommended(Campaign campaign, YearFindings findings, Rules rules,
                                                       Function<SchoolResult, List<Participant>> participants) {
        List<RecommendedSchool> list = new ArrayList<>();
        for (SchoolFindings s : findings.recommended()) {
            int boundary = 0;
            for (WorkResults w : campaign.works()) {
                boolean flagged = findings.work(s.school().login(), w.spec().work()).map(WorkFindings::flagged).orElse(false);
                if (!flagged) {
                    continue;
                }
                for (SchoolResult r : w.schools()) {
                    if (r.school().login().equals(s.school().login())) {
                        boundary += (int) participants.apply(r).stream()
                                .filter(p -> p.present() && isBoundary(w.spec().scale(), p.primaryScore())).count();
                    }
                }
            }
            list.add(new RecommendedSchool(s.school(), s.index(), RiskGroup.recommendedRules(s, rules), s.recommendReasons(),
                    boundary));
        }
        return list;
    }

    static boolean isBoundary(Scale scale, int score) {
        return score == scale.min3() || score == scale.min4() || score == scale.min5();
    }

    /** The first {@code n} of the pool after a Fisher–Yates shuffle with the given generator. */
    private static List<Candidate> draw(List<Candidate> pool, int n, SplittableRandom random) {
        if (n <= 0 || pool.isEmpty()) {
            return List.of();
        }
        List<Candidate> shuffled = new ArrayList<>(pool);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Candidate t = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, t);
        }
        return shuffled.subList(0, Math.min(n, shuffled.size()));
    }

    private static SelectedWork work(Candidate c, SelectedWork.Reason reason, String why) {
        Participant p = c.participant();
        return new SelectedWork(c.result().school(), c.result().submission().work(), p.code(), p.className(), p.variant(),
                p.primaryScore(), c.mark(), reason, why);
    }

    /** A number written in the sheet is the seed itself; any other text is hashed to one. */
    static long seed(String text) {
        return Seed.written(text);
    }

    private static long derivedSeed(int year, List<Candidate> candidates) {
        // The same text as ever (so the same data gives the same seed as before), digested line by line: at region
        // scale it was hundreds of megabytes as one string.
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(String.valueOf(year).getBytes(StandardCharsets.UTF_8));
            for (Candidate c : candidates) {
                digest.update(("\n" + c.key() + "|" + c.participant().primaryScore()).getBytes(StandardCharsets.UTF_8));
            }
            long hash = ByteBuffer.wrap(digest.digest()).getLong();
            // Kept below 10^15 so that it reads (and can be typed back) as an ordinary number.
            return (hash & Long.MAX_VALUE) % 1_000_000_000_000_000L;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
