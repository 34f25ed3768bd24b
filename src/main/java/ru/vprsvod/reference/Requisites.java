package ru.vprsvod.reference;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The department's details printed on documents (ГОСТ Р 7.0.97 requisites), from the «Реквизиты» sheet.
 * Every line of the sheet is kept in {@link #all()}, so a coordinator can add one and use it in a template.
 */
public record Requisites(
        String bodyName,
        String bodyShortName,
        String district,
        String place,
        String address,
        String contacts,
        String headPosition,
        String headName,
        String coordinatorPosition,
        String coordinatorName,
        String executorName,
        String executorPhone,
        int campaignYear,
        LocalDate periodEnd,
        Map<String, String> all) {

    public Requisites {
        Objects.requireNonNull(bodyName, "bodyName");
        Objects.requireNonNull(bodyShortName, "bodyShortName");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(headPosition, "headPosition");
        Objects.requireNonNull(headName, "headName");
        Objects.requireNonNull(coordinatorPosition, "coordinatorPosition");
        Objects.requireNonNull(coordinatorName, "coordinatorName");
        Objects.requireNonNull(executorName, "executorName");
        Objects.requireNonNull(executorPhone, "executorPhone");
        all = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(all));
    }

    /**
     * A line of the sheet by its label, compared as the sheet's labels are (case, spaces and «ё» do not matter);
     * empty when the line is absent or blank. For optional requisites the product knows but does not require,
     * e.g. «Наименование органа в родительном падеже».
     */
    public Optional<String> line(String label) {
        String wanted = ru.vprsvod.workbook.Texts.normalize(label);
        return all.entrySet().stream().filter(e -> ru.vprsvod.workbook.Texts.normalize(e.getKey()).equals(wanted))
                .map(Map.Entry::getValue).filter(v -> !v.isBlank()).map(String::strip).findFirst();
    }

    /** The end of the VPR period, when the coordinator has entered it (re-check deadlines count from it). */
    public Optional<LocalDate> optionalPeriodEnd() {
        return Optional.ofNullable(periodEnd);
    }
}
