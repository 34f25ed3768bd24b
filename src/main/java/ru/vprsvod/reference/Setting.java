package ru.vprsvod.reference;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The value in force for one rule parameter, with where it comes from — so every flag can say which threshold
 * it used and whether the coordinator set it or the program's default applied.
 *
 * @param value     the value as written in the sheet (or the default), e.g. «50», «лицей; гимназия»
 * @param source    the «Источник» label, e.g. «муниципальный Порядок проведения ВПР, п. 6.3»
 * @param byDefault true when the «Правила» sheet does not set it and the program's default is used
 * @param subject   the subject this value is for, or empty when it holds for every work
 * @param grade     the grade this value is for, or 0 when it holds for every grade
 * @param cell      where it was read («Правила!E7»), or empty for a default
 */
public record Setting(RuleParameter parameter, String value, String source, boolean byDefault,
                      String subject, int grade, String cell) {

    public Setting {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(cell, "cell");
    }

    static Setting byDefault(RuleParameter p) {
        return new Setting(p, p.defaultValue(), p.defaultSource(), true, "", 0, "");
    }

    /** The value as a number (the sheet reader has checked it is one for numeric parameters). */
    public BigDecimal number() {
        return value.isBlank() ? BigDecimal.ZERO : new BigDecimal(value.replace(',', '.').replace("%", "").strip());
    }

    public boolean on() {
        return number().signum() != 0;
    }

    /** Whether it was set for one work only. */
    public boolean perWork() {
        return !subject.isEmpty() || grade != 0;
    }

    /** «(муниципальный Порядок проведения ВПР, п. 6.3)» or «(по умолчанию; собственное)» — how flags name a threshold's origin. */
    public String origin() {
        return "(" + (byDefault ? "по умолчанию; " : "") + source + ")";
    }
}
