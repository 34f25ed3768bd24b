package ru.vprsvod.reference;

import java.util.ArrayList;
import java.util.List;

/**
 * The registration details of the department's documents, one per document and year. Immutable; a later source
 * (a web form) can override the sheet with {@link #plus}.
 */
public final class Registrations {

    private static final Registrations EMPTY = new Registrations(List.of());

    private final List<Registration> entries;

    public Registrations(List<Registration> entries) {
        this.entries = List.copyOf(entries);
    }

    public static Registrations empty() {
        return EMPTY;
    }

    /** What was entered for the document of that year, or a blank registration. */
    public Registration of(DocumentKind kind, int year) {
        Registration found = null;
        for (Registration r : entries) {
            if (r.kind() == kind && r.year() == year) {
                found = r; // the last entry wins, as in a sheet edited by adding a row
            }
        }
        return found != null ? found : Registration.blank(kind, year);
    }

    /** These registrations with others added; for the same document and year the added ones win. */
    public Registrations plus(Registrations other) {
        List<Registration> all = new ArrayList<>(entries);
        all.addAll(other.entries);
        return new Registrations(all);
    }

    public List<Registration> all() {
        return entries;
    }
}
