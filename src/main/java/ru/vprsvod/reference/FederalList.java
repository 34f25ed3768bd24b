package ru.vprsvod.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import ru.vprsvod.workbook.Problem;
import ru.vprsvod.workbook.Sheet;
import ru.vprsvod.workbook.Workbook;
import ru.vprsvod.workbook.Texts;

/**
 * The federal list of schools with signs of non-objective VPR results (перечень ОО с признаками
 * необъективности), as regions receive it from Rosobrnadzor: per year and school login, a 0/1 marker per
 * subject × grade («4 РУ», «5 МА» …) and the number of markers. It comes as an optional «Федеральный список»
 * sheet of the reference or as a workbook dropped into the inbox.
 */
public record FederalList(List<Listed> entries) {

    public FederalList {
        entries = List.copyOf(entries);
    }

    public static FederalList empty() {
        return new FederalList(List.of());
    }

    /**
     * One school on the list of one year.
     *
     * @param markers     the marker columns set for it, as the list names them («4 РУ» → «Русский язык, 4 класс»)
     * @param markerCount the number of markers (the list's own count when it gives one)
     * @param origin      where the row comes from, e.g. «справочник, лист «Федеральный список»»
     */
    public record Listed(int year, String login, String name, List<String> markers, int markerCount, String origin) {
        public Listed {
            Objects.requireNonNull(login, "login");
            Objects.requireNonNull(name, "name");
            markers = List.copyOf(markers);
            Objects.requireNonNull(origin, "origin");
        }
    }

    /** The rows for a school and year (several when the list was imported from more than one source). */
    public List<Listed> of(int year, String login) {
        return entries.stream()
                .filter(e -> e.year() == year && Texts.normalize(e.login()).equals(Texts.normalize(login)))
                .toList();
    }

    public FederalList plus(FederalList other) {
        List<Listed> all = new ArrayList<>(entries);
        all.addAll(other.entries);
        return new FederalList(all);
    }

    /** A federal list found in a workbook, with the problems of reading it. */
    public record Imported(FederalList list, List<Problem> problems) {
        public Imported {
            Objects.requireNonNull(list, "list");
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads a workbook that looks like a federal list (a sheet whose header names «Логин» and «Количество
     * маркеров» or marker columns such as «4 РУ»); empty when no sheet does.
     */
    public static Optional<Imported> find(String fileName, Workbook workbook, Reference reference) {
        List<Problem> problems = new ArrayList<>();
        List<Listed> entries = new ArrayList<>();
        boolean found = false;
        Subjects subjects = new Subjects(reference.subjectNames());
        for (Sheet sheet : workbook.sheets()) {
            if (FederalListSheet.recognises(sheet)) {
                found = true;
                entries.addAll(FederalListSheet.read(fileName, sheet, subjects, "файл «" + fileName + "»", problems));
            }
        }
        if (!found) {
            return Optional.empty();
        }
        FederalListSheet.warnAboutOtherSchools(fileName, entries, reference, problems);
        return Optional.of(new Imported(new FederalList(entries), problems));
    }
}
