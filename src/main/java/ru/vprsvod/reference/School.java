package ru.vprsvod.reference;

import java.util.Objects;

/**
 * A school (образовательная организация) of the district, as the coordinator keeps it in the reference workbook.
 *
 * @param login     FIS OKO login, e.g. {@code edu053001}; the stable key
 * @param code      the department's own short code, may be empty
 * @param grades    the grades the school teaches; decides which works it is expected to submit
 */
public record School(String login, String code, String shortName, String fullName, String type,
                     String headName, String headPosition, String address, GradeSet grades) {

    public School {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(headName, "headName");
        Objects.requireNonNull(headPosition, "headPosition");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(grades, "grades");
    }

    /** The name to print: the short name, or the full one when no short name was given. */
    public String name() {
        return shortName.isEmpty() ? fullName : shortName;
    }
}
