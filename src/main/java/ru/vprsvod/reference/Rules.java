package ru.vprsvod.reference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ru.vprsvod.workbook.Texts;

/**
 * The thresholds and weights of the objectivity checks in force: the «Правила» sheet of the reference where it
 * sets them, the documented defaults of {@link RuleParameter} elsewhere. A value may be set for every work or
 * for one subject and grade; the more specific one wins (subject and grade, then grade, then subject, then all).
 */
public final class Rules {

    private static final Rules DEFAULTS = new Rules(List.of());

    private final Map<RuleParameter, List<Setting>> settings = new EnumMap<>(RuleParameter.class);

    Rules(Collection<Setting> fromSheet) {
        for (RuleParameter p : RuleParameter.values()) {
            settings.put(p, new ArrayList<>(List.of(Setting.byDefault(p))));
        }
        for (Setting s : fromSheet) {
            List<Setting> list = settings.get(s.parameter());
            if (!s.perWork()) {
                list.set(0, s);
            } else {
                list.add(s);
            }
        }
        settings.replaceAll((p, list) -> List.copyOf(list));
    }

    /** Every parameter at its default: what applies when the reference has no «Правила» sheet. */
    public static Rules defaults() {
        return DEFAULTS;
    }

    /** These rules with one more value, as if written in the sheet (for every work when subject is empty, grade 0). */
    public Rules with(RuleParameter p, String subject, int grade, String value, String source) {
        List<Setting> sheet = new ArrayList<>();
        for (Setting s : all()) {
            boolean sameScope = s.parameter() == p && s.subject().equals(subject) && s.grade() == grade;
            if (!s.byDefault() && !sameScope) {
                sheet.add(s);
            }
        }
        sheet.add(new Setting(p, value, source, false, subject, grade, ""));
        return new Rules(sheet);
    }

    public Rules with(RuleParameter p, String value) {
        return with(p, "", 0, value, "задано вручную");
    }

    /** The value for every work. */
    public Setting get(RuleParameter p) {
        return settings.get(p).get(0);
    }

    /** The value for one work: a row for its subject and grade wins over one for the grade, the subject, or all. */
    public Setting get(RuleParameter p, String subject, int grade) {
        Setting best = get(p);
        int bestScore = 0;
        for (Setting s : settings.get(p)) {
            boolean subjectFits = s.subject().isEmpty() || Texts.normalize(s.subject()).equals(Texts.normalize(subject));
            boolean gradeFits = s.grade() == 0 || s.grade() == grade;
            if (!s.perWork() || !subjectFits || !gradeFits) {
                continue;
            }
            int score = (s.subject().isEmpty() ? 0 : 1) + (s.grade() == 0 ? 0 : 2);
            if (score > bestScore) {
                best = s;
                bestScore = score;
            }
        }
        return best;
    }

    public Setting get(RuleParameter p, Work work) {
        return get(p, work.subject(), work.grade());
    }

    public BigDecimal number(RuleParameter p) {
        return get(p).number();
    }

    public int count(RuleParameter p) {
        return get(p).number().intValue();
    }

    /** The items of a list parameter («A; E; F» → [A, E, F]), trimmed, empty ones dropped. */
    public List<String> list(RuleParameter p) {
        List<String> items = new ArrayList<>();
        for (String part : get(p).value().split("[;,]")) {
            if (!part.isBlank()) {
                items.add(part.strip());
            }
        }
        return items;
    }

    /** Every value in force, general ones first, in the catalogue's order: for the report's «rules» section. */
    public List<Setting> all() {
        List<Setting> all = new ArrayList<>();
        settings.values().forEach(all::addAll);
        return all;
    }

    /** Whether the coordinator set anything at all (otherwise every value is a default). */
    public boolean anySet() {
        return all().stream().anyMatch(s -> !s.byDefault());
    }
}
