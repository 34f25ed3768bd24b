package ru.vprsvod.observers;

import java.util.Optional;
import ru.vprsvod.reference.ObserverEntry;
import ru.vprsvod.schedule.Sitting;

/**
 * Whether an observer may not observe a slot, and why (Порядок, п. 3.3): they work at the school, or their child learns
 * in a class writing a work there that day. A child written as the grade alone («5»), or a work whose classes the
 * schedule does not name, counts for every class of the grade. With the «Правила» switch
 * {@code OBSERVERS_WHOLE_SCHOOL} on, a child in any class of the school disqualifies — stricter than the Порядок,
 * for departments that want it.
 */
final class Conflicts {

    private final boolean wholeSchool;

    Conflicts(boolean wholeSchool) {
        this.wholeSchool = wholeSchool;
    }

    /** The reason in Russian («работает в этой школе», «ребёнок учится в 4А классе, …»), or empty when there is none. */
    Optional<String> of(ObserverEntry observer, ObserverPlan.Slot slot) {
        String login = slot.school().login();
        if (observer.worksAt().stream().anyMatch(login::equalsIgnoreCase)) {
            return Optional.of("работает в этой школе");
        }
        for (ObserverEntry.Child child : observer.children()) {
            if (!child.school().equalsIgnoreCase(login)) {
                continue;
            }
            if (wholeSchool) {
                return Optional.of("ребёнок учится в этой школе (" + child.className() + " класс)");
            }
            for (Sitting s : slot.sittings()) {
                boolean sameGrade = s.work().grade() == child.grade();
                if (sameGrade && (s.classes().isEmpty() || child.wholeGrade() || s.classes().contains(child.className()))) {
                    return Optional.of("ребёнок учится в " + classText(child) + ", " + (s.classes().isEmpty() || child.wholeGrade()
                            ? "а работу «" + s.work().title() + "» пишет эта параллель"
                            : "который пишет работу «" + s.work().title() + "»"));
                }
            }
        }
        return Optional.empty();
    }

    private static String classText(ObserverEntry.Child child) {
        return child.className() + " классе";
    }
}
