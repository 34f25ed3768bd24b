package ru.vprsvod.consolidation;

import java.util.List;
import java.util.Objects;
import ru.vprsvod.recheck.RecheckedWork;
import ru.vprsvod.reference.FederalList;

/**
 * What a received file other than a results form brings, stored with the file in the same transaction: a federal
 * list of schools with signs of non-objectivity, or the works of a re-check protocol.
 */
public record Imports(FederalList federalList, List<RecheckedWork> rechecked) {

    public static final Imports NONE = new Imports(FederalList.empty(), List.of());

    public Imports {
        Objects.requireNonNull(federalList, "federalList");
        rechecked = List.copyOf(rechecked);
    }
}
