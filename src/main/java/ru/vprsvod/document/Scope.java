package ru.vprsvod.document;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The data a tag sees: the top-level map plus the items of the loops around it, innermost first. */
final class Scope {

    private final Map<String, Object> root;
    private final Scope outer;
    private final String variable;
    private final Object item;
    private final int number;

    private Scope(Map<String, Object> root, Scope outer, String variable, Object item, int number) {
        this.root = root;
        this.outer = outer;
        this.variable = variable;
        this.item = item;
        this.number = number;
    }

    static Scope of(Map<String, Object> root) {
        return new Scope(root, null, null, null, 0);
    }

    Scope enter(String variable, Object item, int number) {
        return new Scope(root, this, variable, item, number);
    }

    Map<String, Object> root() {
        return root;
    }

    /** The loop frame for this variable, innermost first, or null. */
    Scope frame(String name) {
        for (Scope s = this; s != null && s.variable != null; s = s.outer) {
            if (s.variable.equals(name)) {
                return s;
            }
        }
        return null;
    }

    Object item() {
        return item;
    }

    int number() {
        return number;
    }

    /** Loop variables and top-level fields: what a path may start with. */
    Set<String> startNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Scope s = this; s != null && s.variable != null; s = s.outer) {
            names.add(s.variable);
        }
        for (Object key : root.keySet()) {
            if (key instanceof String name) {
                names.add(name);
            }
        }
        return names;
    }

    /** «школа № 3, класс № 2»: which repetition a problem happened in; empty outside loops. */
    String where() {
        Deque<String> parts = new ArrayDeque<>();
        for (Scope s = this; s != null && s.variable != null; s = s.outer) {
            parts.addFirst(s.variable + " № " + s.number);
        }
        return String.join(", ", parts);
    }
}
