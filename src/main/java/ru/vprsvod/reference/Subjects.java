package ru.vprsvod.reference;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import ru.vprsvod.workbook.Texts;

/**
 * Recognises a subject as people write it in file names, sheet names and forms («Математика», «матем», «МА»,
 * «Русский_язык», «рус. яз.») among the subjects the reference knows.
 */
final class Subjects {

    /** Common short forms (normalised, without dots) → the canonical subject name they stand for. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("ма", "математика"), Map.entry("мат", "математика"), Map.entry("матем", "математика"),
            Map.entry("ру", "русский язык"), Map.entry("рус", "русский язык"), Map.entry("русский", "русский язык"),
            Map.entry("рус яз", "русский язык"), Map.entry("русск яз", "русский язык"), Map.entry("ря", "русский язык"),
            Map.entry("ом", "окружающий мир"), Map.entry("окр мир", "окружающий мир"), Map.entry("окружающий", "окружающий мир"),
            Map.entry("ист", "история"), Map.entry("био", "биология"), Map.entry("биол", "биология"),
            Map.entry("гео", "география"), Map.entry("геогр", "география"),
            Map.entry("общ", "обществознание"), Map.entry("обществ", "обществознание"),
            Map.entry("физ", "физика"), Map.entry("хим", "химия"),
            Map.entry("англ", "английский язык"), Map.entry("англ яз", "английский язык"), Map.entry("английский", "английский язык"),
            Map.entry("нем", "немецкий язык"), Map.entry("нем яз", "немецкий язык"), Map.entry("немецкий", "немецкий язык"),
            Map.entry("фр", "французский язык"), Map.entry("франц", "французский язык"), Map.entry("французский", "французский язык"),
            Map.entry("инф", "информатика"), Map.entry("лит", "литература"));

    /** normalised canonical name → the name as the reference writes it. */
    private final Map<String, String> known = new LinkedHashMap<>();

    Subjects(Collection<String> referenceNames) {
        for (String name : referenceNames) {
            known.putIfAbsent(key(name), name);
        }
    }

    /** The reference's own spelling of the subject the text names, if the reference has it. */
    Optional<String> resolve(String text) {
        String k = key(text);
        if (known.containsKey(k)) {
            return Optional.of(known.get(k));
        }
        String alias = ALIASES.get(k);
        return alias == null ? Optional.empty() : Optional.ofNullable(known.get(alias));
    }

    /** Lower case, «ё» → «е», underscores, hyphens and dots as spaces: «Русский_язык» → «русский язык». */
    static String key(String text) {
        return Texts.normalize(text.replace('_', ' ').replace('.', ' ').replace('-', ' '));
    }

    Collection<String> names() {
        return known.values();
    }
}
