package ru.vprsvod.checks;

import java.util.ArrayList;
import java.util.List;
import ru.vprsvod.reference.Setting;

/** Collects what the rules say about one school × work (or one school, for rule F). Not thread-safe. */
final class Verdict {

    final List<Flag> flags = new ArrayList<>();
    final List<Skip> skipped = new ArrayList<>();

    void flag(Rule rule, String kind, String text, List<String> details, Setting... thresholds) {
        flags.add(new Flag(rule, kind, text, details, List.of(thresholds)));
    }

    void flag(Rule rule, String kind, String text, Setting... thresholds) {
        flag(rule, kind, text, List.of(), thresholds);
    }

    void skip(Rule rule, String reason) {
        skipped.add(new Skip(rule, reason));
    }
}
