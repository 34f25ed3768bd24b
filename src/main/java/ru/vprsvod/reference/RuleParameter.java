package ru.vprsvod.reference;

import java.math.BigDecimal;
import java.util.Optional;
import ru.vprsvod.workbook.Texts;

/**
 * Every threshold and weight of the objectivity checks the coordinator may set on the «Правила» sheet, with the
 * value used when the sheet does not give one and where that value comes from. The federal algorithm is not
 * public, so each default is either the municipal Порядок (seed 004), FIOKO's 2026 analysis recommendations
 * (known second-hand), regional practice, or our own choice — and the label says which.
 */
public enum RuleParameter {

    MIN_DISTRIBUTION("Общие", "минимум участников для признаков распределения", Unit.COUNT, "20",
            "ФИОКО 2026 (рекомендации по анализу, §4: менее 20 — ограниченная информативность)", false),
    MIN_GROUP("Общие", "минимум участников в сравниваемой группе", Unit.COUNT, "10",
            "ФИОКО 2026 (рекомендации по анализу, §7: группы менее 10 не информативны)", false),

    A_NOT_CONFIRMED("A", "доля не подтвердивших отметку по журналу, больше", Unit.PERCENT, "50",
            "Порядок МО, п. 6.3", true),

    B_MAX_FIVE("B", "доля «5», больше", Unit.PERCENT, "50", "собственное", true),
    B_MIN_TWO("B", "доля «2», меньше", Unit.PERCENT, "0", "собственное (0 — не применяется)", true),
    B_QUALITY_SD("B", "качество выше других школ района, не менее стандартных отклонений", Unit.NUMBER, "2",
            "собственное; ориентир — критерий Рособрнадзора 2018 г. (результат заметно выше среднего)", true),
    B_QUALITY_PP("B", "качество выше среднего других школ района, не менее п. п.", Unit.POINTS, "20",
            "собственное", true),
    B_MIN_SCHOOLS("B", "минимум других школ района для сравнения", Unit.COUNT, "4", "собственное", false),
    B_EXEMPT_TYPES("B", "не применять к типам ОО", Unit.TEXT, "лицей; гимназия",
            "критерий Рособрнадзора 2018 г. (кроме лицеев и гимназий с углублённым изучением предмета)", false),

    C_RATIO("C", "число участников на границе больше среднего на двух баллах ниже, не менее раз", Unit.NUMBER, "3",
            "собственное; ориентир — ФИОКО 2026 (рекомендации по анализу, §4)", true),
    C_EXCESS("C", "лишних участников на границе, не менее", Unit.COUNT, "7", "собственное", true),
    C_CHANCE("C", "вероятность такого пика при случайных колебаниях, не более", Unit.NUMBER, "0.0003",
            "собственное: проверка по распределению Пуассона относительно соседних баллов", true),
    C_HOLE_CHANCE("C", "вероятность такого провала на двух баллах ниже при случайных колебаниях, не более", Unit.NUMBER,
            "0.05", "собственное: у «дотянутых» участников под границей остаётся провал", true),

    D_LEVEL_MARGIN("D", "решаемость заданий П/В выше решаемости заданий Б, не менее п. п.", Unit.POINTS, "0",
            "собственное; ориентир — ФИОКО 2026 (рекомендации по анализу, §1, §5)", true),
    D_INVERSION("D", "решаемость задания у получивших «3» выше, чем у получивших «5», больше п. п.", Unit.POINTS, "10",
            "собственное; ориентир — ФИОКО 2026 (рекомендации по анализу, §7)", true),
    D_INVERTED_TASKS("D", "заданий с такой инверсией, не менее", Unit.COUNT, "2", "собственное", true),

    E_QUALITY_PP("E", "изменение качества относительно района, не менее п. п.", Unit.POINTS, "30",
            "собственное; ориентир — ФИОКО 2026 (рекомендации по анализу, §2)", true),
    E_TWO_PP("E", "изменение доли «2» относительно района, не менее п. п.", Unit.POINTS, "20",
            "собственное; ориентир — ФИОКО 2026 (рекомендации по анализу, §2: +10 п. п. — отрицательная динамика)", true),

    E_ERRORS("E", "изменение больше стандартной ошибки разности, не менее раз", Unit.NUMBER, "4.5",
            "собственное: чтобы случайные колебания малых классов не становились признаком", true),

    F_FEDERAL("F", "учитывать федеральный перечень прошлого года", Unit.SWITCH, "1", "Порядок МО, п. 6.3", false),
    F_MUNICIPAL("F", "учитывать муниципальную группу риска прошлого года", Unit.SWITCH, "1", "Порядок МО, п. 6.3", false),

    WEIGHT_A("Индекс", "вес признака A", Unit.NUMBER, "1", "собственное", false),
    WEIGHT_B("Индекс", "вес признака B", Unit.NUMBER, "1", "собственное", false),
    WEIGHT_C("Индекс", "вес признака C", Unit.NUMBER, "1", "собственное", false),
    WEIGHT_D("Индекс", "вес признака D", Unit.NUMBER, "1", "собственное", false),
    WEIGHT_E("Индекс", "вес признака E", Unit.NUMBER, "1", "собственное", false),
    WEIGHT_F("Индекс", "вес признака F", Unit.NUMBER, "1", "собственное", false),

    RISK_RULES("Группа риска", "включать при признаках", Unit.TEXT, "A; E; F", "Порядок МО, п. 6.3", false),
    RISK_INDEX("Группа риска", "индекс необъективности не менее", Unit.NUMBER, "2", "собственное", false),

    RECHECK_SHARE("Перепроверка", "доля работ района, не менее %", Unit.PERCENT, "1", "Порядок МО, п. 6.4", false),
    RECHECK_PER_SCHOOL("Перепроверка", "работ от каждой школы группы риска, не менее", Unit.COUNT, "5", "собственное", false),
    RECHECK_BOUNDARY("Перепроверка", "все работы с баллом на границе отметки у работ с признаками", Unit.SWITCH, "1",
            "собственное", false),
    RECHECK_DAYS("Перепроверка", "срок после окончания периода ВПР, календарных дней", Unit.COUNT, "45",
            "Порядок МО, п. 6.5", false),
    STORAGE_DAYS("Перепроверка", "хранение работ и протоколов, дней", Unit.COUNT, "90", "Порядок МО, п. 5.9, 5.10", false),
    RECHECK_SEED("Перепроверка", "начальное число случайной выборки", Unit.TEXT, "",
            "собственное (пусто — вычисляется из года и данных)", false);

    /** How a value is written and checked. */
    public enum Unit {
        /** A share in percent, 0..100, written «50» or «50 %». */
        PERCENT,
        /** Percentage points, 0..100. */
        POINTS,
        /** A whole number of pupils, schools, tasks or days. */
        COUNT,
        /** Any non-negative number. */
        NUMBER,
        /** 1 (да) or 0 (нет). */
        SWITCH,
        /** Free text (lists are separated by «;» or «,»). */
        TEXT
    }

    private final String rule;
    private final String label;
    private final Unit unit;
    private final String defaultValue;
    private final String defaultSource;
    private final boolean perWork;

    RuleParameter(String rule, String label, Unit unit, String defaultValue, String defaultSource, boolean perWork) {
        this.rule = rule;
        this.label = label;
        this.unit = unit;
        this.defaultValue = defaultValue;
        this.defaultSource = defaultSource;
        this.perWork = perWork;
    }

    /** The «Правило» column: a rule letter A–F, «Общие», «Индекс», «Группа риска» or «Перепроверка». */
    public String rule() {
        return rule;
    }

    /** The «Параметр» column, as the coordinator reads it. */
    public String label() {
        return label;
    }

    public Unit unit() {
        return unit;
    }

    /** The value used when the «Правила» sheet does not set one, as it would be written in the sheet. */
    public String defaultValue() {
        return defaultValue;
    }

    public String defaultSource() {
        return defaultSource;
    }

    /** Whether a row may set it for one subject and grade («Предмет», «Класс» columns). */
    public boolean perWork() {
        return perWork;
    }

    /** The parameter a row names: its «Параметр» text, with the rule letter to tell same-named weights apart. */
    static Optional<RuleParameter> find(String ruleText, String labelText) {
        String label = Texts.normalize(labelText);
        String rule = ruleKey(ruleText);
        for (RuleParameter p : values()) {
            if (Texts.normalize(p.label).equals(label) && (rule.isEmpty() || ruleKey(p.rule).equals(rule))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Rule letters written with Cyrillic look-alikes («А», «В», «С», «Е») or «Д», «Ф» mean the Latin ones. */
    static String ruleKey(String text) {
        String t = Texts.normalize(text).replace("признак", "").replace("правило", "").strip();
        return switch (t) {
            case "a", "а" -> "a";
            case "b", "в", "б" -> "b";
            case "c", "с" -> "c";
            case "d", "д" -> "d";
            case "e", "е" -> "e";
            case "f", "ф" -> "f";
            default -> t;
        };
    }

    BigDecimal defaultNumber() {
        return new BigDecimal(defaultValue.replace(',', '.'));
    }
}
