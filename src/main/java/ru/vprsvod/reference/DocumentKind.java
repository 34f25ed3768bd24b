package ru.vprsvod.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.vprsvod.workbook.Texts;

/**
 * The department's documents that carry a date, a number and a signature, by the names a coordinator writes on
 * the «Документы» sheet of the reference (several spellings are understood).
 */
public enum DocumentKind {
    VPR_DIRECTIVE("Распоряжение о проведении ВПР", "распоряжение", "распоряжение об организации и проведении ВПР",
            "приказ о проведении ВПР", "приказ об организации и проведении ВПР"),
    ROAD_MAP_ORDER("Приказ о дорожной карте", "дорожная карта", "приказ об утверждении дорожной карты",
            "приказ об утверждении дорожной карты по объективности"),
    OBJECTIVITY_PLAN("План по объективности", "план", "приказ об утверждении плана", "план по повышению объективности",
            "приказ об утверждении плана по повышению объективности"),
    RECHECK_ORDER("Приказ о перепроверке", "перепроверка", "приказ о проведении перепроверки", "приказ о перепроверке работ"),
    ANALYTICAL_REPORT("Аналитическая справка", "справка", "аналитическая справка по результатам ВПР"),
    COMMISSION_DIRECTIVE("Распоряжение о предметных комиссиях", "предметные комиссии", "комиссии",
            "распоряжение о создании предметных комиссий", "приказ о создании предметных комиссий"),
    CROSS_CHECK_ORDER("Приказ о перекрёстной проверке", "перекрёстная проверка", "приказ о проведении перекрёстной проверки",
            "приказ о перекрёстной проверке работ"),
    OBSERVERS_ORDER("Приказ о наблюдателях", "наблюдатели", "общественные наблюдатели",
            "приказ об утверждении списка общественных наблюдателей", "приказ об общественных наблюдателях",
            "приказ об утверждении списка независимых общественных наблюдателей");

    private final String label;
    private final List<String> names = new ArrayList<>();

    DocumentKind(String label, String... otherNames) {
        this.label = label;
        names.add(Texts.normalize(label));
        for (String n : otherNames) {
            names.add(Texts.normalize(n));
        }
    }

    /** The name the sheet uses in the example and messages: «Приказ о перепроверке». */
    public String label() {
        return label;
    }

    /** The kind a text names, in any of its spellings (case, spaces and «ё» do not matter). */
    public static Optional<DocumentKind> named(String text) {
        String n = Texts.normalize(text);
        for (DocumentKind kind : values()) {
            if (kind.names.contains(n)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
