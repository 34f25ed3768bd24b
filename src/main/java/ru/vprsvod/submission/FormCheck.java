package ru.vprsvod.submission;

import java.util.List;
import java.util.Objects;
import ru.vprsvod.reference.Work;
import ru.vprsvod.workbook.Problem;

/**
 * The verdict on one received file: its status, every problem found (errors and warnings, all at once) and,
 * when accepted, the submissions it carries.
 *
 * @param school          the sending school's FIS OKO login as far as it could be told (also for rejected
 *                        files, so the receipt reaches the school's folder), or empty when unknown
 * @param omittedProblems problems found beyond the listing cap, counted but not listed
 * @param works           the works the file was for, as far as they could be told — also when it was rejected, so
 *                        the coordinator sees which school's work is waiting for a corrected file
 */
public record FormCheck(String fileName, String school, Status status, List<Problem> problems, int omittedProblems,
                        List<Submission> submissions, List<Work> works) {

    /** A verdict whose works are those of its submissions. */
    public FormCheck(String fileName, String school, Status status, List<Problem> problems, int omittedProblems,
                     List<Submission> submissions) {
        this(fileName, school, status, problems, omittedProblems, submissions,
                submissions.stream().map(Submission::work).distinct().toList());
    }

    public FormCheck {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(status, "status");
        problems = List.copyOf(problems);
        submissions = List.copyOf(submissions);
        works = List.copyOf(works);
        if (status == Status.REJECTED && !submissions.isEmpty()) {
            throw new IllegalArgumentException("a rejected file carries no submissions");
        }
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }

    /** The same verdict for a file whose content was already accepted before. */
    public FormCheck asDuplicate() {
        return new FormCheck(fileName, school, Status.DUPLICATE, problems, omittedProblems, List.of(), works);
    }
}
