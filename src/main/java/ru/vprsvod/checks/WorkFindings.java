package ru.vprsvod.checks;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import ru.vprsvod.reference.Work;

/** What the checks found for one school on one work (subject × grade × year). */
public record WorkFindings(Work work, List<Flag> flags, List<Skip> skipped) {

    public WorkFindings {
        Objects.requireNonNull(work, "work");
        flags = List.copyOf(flags);
        skipped = List.copyOf(skipped);
    }

    public boolean flagged() {
        return !flags.isEmpty();
    }

    public boolean flagged(Rule rule) {
        return flags.stream().anyMatch(f -> f.rule() == rule);
    }

    /** The rules that fired: one marker each, however many of a rule's parts fired. */
    public Set<Rule> markers() {
        Set<Rule> rules = new TreeSet<>();
        flags.forEach(f -> rules.add(f.rule()));
        return rules;
    }
}
