package ru.vprsvod.submission;

import java.util.ArrayList;
import java.util.List;
import ru.vprsvod.workbook.Problem;

/**
 * Collects every problem of a file but lists at most a few hundred: a form filled wrongly throughout would
 * otherwise bury the receipt under thousands of identical lines. The rest are counted.
 */
final class ProblemLog {

    static final int LISTED = 300;

    private final List<Problem> listed = new ArrayList<>();
    private int omitted;
    private boolean errors;

    void add(Problem problem) {
        errors |= problem.isError();
        // Errors come first in the listing budget: a warning never pushes an error out.
        if (listed.size() < LISTED) {
            listed.add(problem);
        } else if (problem.isError() && listed.removeIf(p -> !p.isError() && isLastWarning(p))) {
            listed.add(problem);
            omitted++;
        } else {
            omitted++;
        }
    }

    private boolean isLastWarning(Problem p) {
        for (int i = listed.size() - 1; i >= 0; i--) {
            if (!listed.get(i).isError()) {
                return listed.get(i) == p;
            }
        }
        return false;
    }

    void addAll(List<Problem> problems) {
        problems.forEach(this::add);
    }

    boolean hasErrors() {
        return errors;
    }

    List<Problem> listed() {
        return List.copyOf(listed);
    }

    int omitted() {
        return omitted;
    }
}
