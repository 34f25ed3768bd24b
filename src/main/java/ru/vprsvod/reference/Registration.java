package ru.vprsvod.reference;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A document's registration details as the coordinator entered them (ГОСТ Р 7.0.97: date, registration number,
 * signature): on the «Документы» sheet of the reference, or later through a form. Anything not entered is empty
 * and the document prints the usual blanks («от ____________ № ______») or the reference's defaults.
 *
 * @param year           the campaign year the document belongs to
 * @param date           the document's date, or null when not entered yet
 * @param number         the registration number as written («45-о», «01-03/482»); empty when not entered
 * @param signerPosition who signs, e.g. «Глава муниципального района»; empty — the head from «Реквизиты»
 * @param signerName     «И.О. Фамилия» of the signer; empty — the head from «Реквизиты»
 * @param control        on whom control is laid («заместителя начальника управления образования Иванову И.И.»);
 *                       empty — «оставляю за собой»
 * @param cell           where it was read («Документы!A3»), empty when it came from elsewhere
 */
public record Registration(DocumentKind kind, int year, LocalDate date, String number, String signerPosition,
                           String signerName, String control, String cell) {

    public Registration {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(signerPosition, "signerPosition");
        Objects.requireNonNull(signerName, "signerName");
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(cell, "cell");
    }

    /** Nothing entered yet for this document. */
    public static Registration blank(DocumentKind kind, int year) {
        return new Registration(kind, year, null, "", "", "", "", "");
    }

    public Optional<LocalDate> optionalDate() {
        return Optional.ofNullable(date);
    }
}
