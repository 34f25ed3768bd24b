package ru.vprsvod.reference;

import java.math.BigDecimal;
import java.util.Optional;
import ru.vprsvod.workbook.Texts;

/**
 * Every threshold and weight of the objectivity checks the coordinator may set on the «Правила» sheet, with the
 * value used when the sheet does not give one and where that value comes from. The federal algorithm is not
 * public, so each default is either the department's Порядок (as the product writes it), FIOKO's analysis
 * recommendations (known second-hand), regional practice, or our own choice — and the label says which
 * ({@link Sources}).
 */
public enum RuleParameter {

    MIN_DISTRIBUTION("Общие", "минимум участников для признаков распределения", Unit.COUNT, "20",
            Sources.FIOKO + ": при менее 20 участниках результаты малоинформативны", false),
    MIN_GROUP("Общие", "минимум участников в сравниваемой группе", Unit.COUNT, "10",
            Sources.FIOKO + ": группы менее 10 участников не сравниваются", false),

    A_NOT_CONFIRMED("A", "доля не подтвердивших отметку по журналу, больше", Unit.PERCENT, "50", Sources.ORDER_GROUNDS, true),

    B_MAX_FIVE("B", "доля «5», больше", Unit.PERCENT, "50", Sources.OWN, true),
    B_MIN_TWO("B", "доля «2», меньше", Unit.PERCENT, "0", Sources.OWN + ": 0 — не применяется", true),
    B_QUALITY_SD("B", "качество выше других школ района, не менее стандартных отклонений", Unit.NUMBER, "2.5",
            Sources.CALIBRATED + "; ориентир — критерий Рособрнадзора 2018 г.: результат заметно выше среднего", true),
    B_QUALITY_PP("B", "качество выше среднего других школ района, не менее п. п.", Unit.POINTS, "20", Sources.OWN, true),
    B_MIN_SCHOOLS("B", "минимум других школ района для сравнения", Unit.COUNT, "4", Sources.OWN, false),
    B_EXEMPT_TYPES("B", "не применять к типам ОО", Unit.TEXT, "лицей; гимназия",
            "критерий Рособрнадзора 2018 г.: кроме лицеев и гимназий с углублённым изучением предмета", false),

    C_RATIO("C", "число участников на границе больше среднего на двух баллах ниже, не менее раз", Unit.NUMBER, "3",
            Sources.OWN + "; ориентир — " + Sources.FIOKO, true),
    C_EXCESS("C", "лишних участников на границе, не менее", Unit.COUNT, "7", Sources.OWN, true),
    C_CHANCE("C", "вероятность такого пика при случайных колебаниях, не более", Unit.NUMBER, "0.0003",
            Sources.OWN + ": проверка по распределению Пуассона относительно соседних баллов", true),
    C_HOLE_CHANCE("C", "вероятность такого провала на двух баллах ниже при случайных колебаниях, не более", Unit.NUMBER,
            "0.05", Sources.OWN + ": у «дотянутых» участников под границей остаётся провал", true),

    D_LEVEL_MARGIN("D", "решаемость заданий П/В выше решаемости заданий Б, не менее п. п.", Unit.POINTS, "0",
            Sources.OWN + "; ориентир — " + Sources.FIOKO, true),
    D_INVERSION("D", "решаемость задания у получивших «3» выше, чем у получивших «5», больше п. п.", Unit.POINTS, "10",
            Sources.OWN + "; ориентир — " + Sources.FIOKO, true),
    D_INVERTED_TASKS("D", "заданий с такой инверсией, не менее", Unit.COUNT, "2", Sources.OWN, true),

    E_SIGMAS("E", "изменение положения школы больше ожидаемого разброса, не менее раз", Unit.NUMBER, "2.4",
            Sources.CALIBRATED, true),
    E_MIN_SHIFT("E", "изменение положения школы относительно района, не менее стандартных отклонений", Unit.NUMBER, "0.5",
            Sources.OWN + ": около 20 п. п. качества", true),
    E_SPREAD("E", "обычный разброс изменений положения школ, не менее стандартных отклонений", Unit.NUMBER, "0.1",
            Sources.OWN + ": оценивается по другим школам района, не ниже этого значения", true),
    E_MIN_SCHOOLS("E", "минимум других школ района для оценки обычного разброса", Unit.COUNT, "8", Sources.OWN, false),

    F_FEDERAL("F", "учитывать федеральный перечень прошлого года", Unit.SWITCH, "1", Sources.ORDER_GROUNDS, false),
    F_MUNICIPAL("F", "учитывать муниципальную группу риска прошлого года", Unit.SWITCH, "1", Sources.ORDER_GROUNDS, false),

    WEIGHT_A("Индекс", "вес признака A", Unit.NUMBER, "1", Sources.OWN, false),
    WEIGHT_B("Индекс", "вес признака B", Unit.NUMBER, "1", Sources.OWN, false),
    WEIGHT_C("Индекс", "вес признака C", Unit.NUMBER, "1", Sources.OWN, false),
    WEIGHT_D("Индекс", "вес признака D", Unit.NUMBER, "1", Sources.OWN, false),
    WEIGHT_E("Индекс", "вес признака E", Unit.NUMBER, "1", Sources.OWN, false),
    WEIGHT_F("Индекс", "вес признака F", Unit.NUMBER, "1", Sources.OWN, false),

    RISK_RULES("Группа риска", "включать при признаках", Unit.TEXT, "A; E; F", Sources.ORDER_GROUNDS, false),
    RISK_INDEX("Группа риска", "индекс необъективности не менее", Unit.NUMBER, "2", Sources.OWN, false),

    LOW_POINTS("Низкие результаты", "доля «2» на работе выше районной, не менее п. п.", Unit.POINTS, "15",
            Sources.CALIBRATED + "; " + Sources.ORDER + ", п.\u00a07.4: обследование школ с низкими результатами", true),
    LOW_WORKS("Низкие результаты", "работ с такой долей «2», не менее", Unit.COUNT, "2", Sources.CALIBRATED, false),

    EXPERT_HIGHER_EDUCATION("Комиссия", "член предметной комиссии с высшим образованием", Unit.SWITCH, "1",
            Sources.EXPERTS, false),
    EXPERT_YEARS("Комиссия", "опыт педагогической работы члена комиссии, не менее лет", Unit.COUNT, "3", Sources.EXPERTS,
            false),
    COMMISSION_WORKS_PER_EXPERT("Комиссия", "работ на одного эксперта, не более", Unit.COUNT, "25",
            Sources.OWN + ": состав комиссии определяется исходя из количества работ для перепроверки", false),

    CROSS_RISK_OUTSIDE("Перекрёстная проверка", "работы школ группы риска прошлого года проверяют школы вне группы",
            Unit.SWITCH, "1", Sources.ORDER_CROSS + ": к проверке привлекаются педагоги других образовательных организаций;"
            + " перекрёстная проверка прежде всего для школ с необъективными результатами", false),
    CROSS_SEED("Перекрёстная проверка", "начальное число случайного распределения", Unit.TEXT, "",
            Sources.OWN + ": пусто — вычисляется из года и состава школ", false),

    RECHECK_SHARE("Перепроверка", "доля работ района, не менее %", Unit.PERCENT, "1", Sources.ORDER_SHARE, false),
    RECHECK_PER_SCHOOL("Перепроверка", "работ от каждой школы группы риска, не менее", Unit.COUNT, "5", Sources.OWN, false),
    RECHECK_BOUNDARY("Перепроверка", "все работы с баллом на границе отметки у работ с признаками", Unit.SWITCH, "1",
            Sources.OWN, false),
    RECHECK_RECOMMEND("Перепроверка", "рекомендовать включить школы с признаками", Unit.TEXT, "B; C; D",
            Sources.OWN + ": школы с этими признаками вне группы риска называются с пометкой «рекомендуется включить»",
            false),
    RECHECK_DAYS("Перепроверка", "срок после окончания периода ВПР, календарных дней", Unit.COUNT, "45",
            Sources.ORDER_TERM, false),
    STORAGE_DAYS("Перепроверка", "хранение работ и протоколов, дней", Unit.COUNT, "90", Sources.ORDER_STORAGE, false),
    RECHECK_SEED("Перепроверка", "начальное число случайной выборки", Unit.TEXT, "",
            Sources.OWN + ": пусто — вычисляется из года и данных", false),

    SCHEDULE_DUE_DAYS("Сроки", "график проведения ВПР школа сдаёт не позднее, дней до окончания периода ВПР", Unit.COUNT,
            "60", Sources.OWN + ": график нужен до начала периода, а федеральный период короче двух месяцев", false),
    OBSERVERS_REPORT_MONTHS("Сроки", "отчёт общественного наблюдателя после дня проведения работы, месяцев", Unit.COUNT,
            "1", Sources.ORDER_OBSERVERS, false),
    WEEKEND_SHIFT("Сроки", "срок, пришедшийся на субботу или воскресенье, переносить на понедельник", Unit.SWITCH, "0",
            Sources.OWN + ": по умолчанию сроки считаются в календарных днях и не переносятся", false),

    OBSERVERS_RISK_ONLY("Наблюдатели", "наблюдатели назначаются только в школы группы риска", Unit.SWITCH, "0",
            Sources.OWN + ": 0 — во все школы по графику; группа риска — прошлого года, известная до проведения ВПР", false),
    OBSERVERS_RISK_FIRST("Наблюдатели", "школы группы риска получают наблюдателя в первую очередь", Unit.SWITCH, "1",
            Sources.ROAD_MAP_OBSERVERS, false),
    OBSERVERS_WHOLE_SCHOOL("Наблюдатели", "ребёнок в любом классе школы исключает наблюдателя в этой школе", Unit.SWITCH, "0",
            Sources.ORDER_OBSERVERS_CONFLICT, false),
    OBSERVERS_SEED("Наблюдатели", "начальное число случайного распределения наблюдателей", Unit.TEXT, "",
            Sources.OWN + ": пусто — вычисляется из года, графика и банка наблюдателей", false);

    /**
     * Where the defaults come from, in one place: when the department's Порядок is renumbered or a source changes,
     * only these labels change. The Порядок is the department's own — the one the product writes as appendix 2 of
     * the directive on the VPR (its points as the shipped template numbers them) — not the clause numbers of the
     * example documents it was modelled on. No parentheses inside: documents print a label in parentheses.
     */
    static final class Sources {
        /** The department's Порядок проведения ВПР. */
        static final String ORDER = "муниципальный Порядок проведения ВПР";
        /** Its clause on the grounds of the municipal re-check. */
        static final String ORDER_GROUNDS = ORDER + ", п.\u00a06.3";
        /** Its clause on the share of works re-checked. */
        static final String ORDER_SHARE = ORDER + ", п.\u00a06.4";
        /** Its clause on the term of the re-check. */
        static final String ORDER_TERM = ORDER + ", п.\u00a06.5";
        /** Its clause on teachers of other schools checking the works (cross-checking). */
        static final String ORDER_CROSS = ORDER + ", п.\u00a05.2";
        /** Its clause on keeping the works and protocols. */
        static final String ORDER_STORAGE = ORDER + ", п.\u00a05.9, 5.10";
        /** Its section on public observers: the report within a month. */
        static final String ORDER_OBSERVERS = ORDER + ", разд.\u00a03";
        /** Its clause on who may not be an observer. */
        static final String ORDER_OBSERVERS_CONFLICT = ORDER + ", п.\u00a03.3: наблюдателем не может быть родитель"
                + " обучающегося класса, участвующего в ВПР, — по умолчанию исключается только этот класс";
        /** The road map's point on independent observers in the risk group's schools (seed 000). */
        static final String ROAD_MAP_OBSERVERS = "дорожная карта по обеспечению объективности: наблюдение в ОО группы риска"
                + " в дни проведения ВПР";
        /** FIOKO's recommendations on analysing VPR results (known second-hand; no edition year, so no anachronism). */
        static final String FIOKO = "рекомендации ФИОКО по анализу результатов ВПР";
        static final String OWN = "собственное";
        /** The usual requirements to members of a subject commission in municipal Порядки (not in the shipped one). */
        static final String EXPERTS = "требования к членам предметных комиссий в муниципальных порядках проведения ВПР:"
                + " высшее образование и опыт работы в школе не менее 3 лет";
        /** A threshold set by the calibration on generated districts (README, «Калибровка признаков»). */
        static final String CALIBRATED = OWN + ": подобрано расчётом на сгенерированных районах (руководство программы,"
                + " раздел «Калибровка признаков»)";

        private Sources() {
        }
    }

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

    /** The «Правило» column: a rule letter A–F, «Общие», «Индекс», «Группа риска», «Низкие результаты», «Комиссия», «Перекрёстная проверка», «Перепроверка», «Сроки» or «Наблюдатели». */
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
