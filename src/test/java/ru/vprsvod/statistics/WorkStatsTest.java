package ru.vprsvod.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.vprsvod.reference.Scale;
import ru.vprsvod.reference.Task;
import ru.vprsvod.submission.Participant;
import ru.vprsvod.submission.Points;
import ru.vprsvod.testing.Protocol;

/** Figures checked against values computed by hand (comments show the arithmetic). */
class WorkStatsTest {

    private static final Scale MATH4 = new Scale(20, 6, 10, 15);
    private static final List<Task> TASKS = tasks();

    private static List<Task> tasks() {
        List<Task> tasks = new ArrayList<>();
        for (int t = 0; t < Protocol.MATH4_TASKS.length; t++) {
            tasks.add(new Task(Protocol.MATH4_TASKS[t], Protocol.MATH4_MAX[t], null));
        }
        return tasks;
    }

    /** A participant scoring {@code score}, points filling the tasks from the first. */
    private static Participant scoring(String code, int score, Integer journal) {
        int[] points = new int[TASKS.size()];
        int left = score;
        for (int t = 0; t < points.length; t++) {
            points[t] = Math.min(left, TASKS.get(t).maxPoints());
            left -= points[t];
        }
        return new Participant(1, code, "4А", "м", "1", false, journal, Points.of(points), score);
    }

    private static WorkStats sample() {
        WorkStatsAccumulator a = new WorkStatsAccumulator(MATH4, TASKS);
        a.add(scoring("A", 20, 5)); // «5», confirmed
        a.add(scoring("B", 15, 4)); // «5», raised
        a.add(scoring("C", 12, 5)); // «4», lowered
        a.add(scoring("D", 9, 5));  // «3», lowered by 2
        a.add(scoring("E", 5, 3));  // «2», lowered
        a.add(scoring("F", 6, null)); // «3», no journal mark
        a.add(new Participant(8, "G", "4А", "ж", "отсутствовал", true, 4, Points.none(), 0));
        return a.snapshot();
    }

    @Test
    void countsAndSharesOfMarksExcludeAbsentPupils() {
        WorkStats s = sample();
        assertEquals(7, s.listed());
        assertEquals(6, s.present());
        assertEquals(1, s.absent());
        assertEquals(List.of(1, 2, 1, 2), List.of(s.markCount(2), s.markCount(3), s.markCount(4), s.markCount(5)));
        assertEquals(100.0 / 6, s.markPercent(2), 1e-12);
        assertEquals("16,7", Percent.format(s.markPercent(2)));
        assertEquals("33,3", Percent.format(s.markPercent(3)));
        assertEquals(50.0, s.quality(), 1e-12);     // (1 + 2) / 6
        assertEquals(500.0 / 6, s.success(), 1e-12); // 5 / 6
        assertEquals(67.0 / 6, s.meanScore(), 1e-12); // (20+15+12+9+5+6) / 6
        assertEquals("11,2", Percent.format(s.meanScore()));
    }

    @Test
    void journalComparisonCountsOnlyPupilsWithBothMarks() {
        JournalComparison j = sample().journal();
        assertEquals(5, j.compared());
        assertEquals(3, j.lowered());
        assertEquals(1, j.confirmed());
        assertEquals(1, j.raised());
        assertEquals(1, j.differByTwoOrMore());
        assertEquals(60.0, j.loweredPercent(), 1e-12);
        assertEquals(80.0, j.notConfirmedPercent(), 1e-12);
    }

    @Test
    void scoreDistributionAndSolveRates() {
        WorkStats s = sample();
        assertEquals(20, s.maxScore());
        assertEquals(1, s.scoreCount(20));
        assertEquals(1, s.scoreCount(6));
        assertEquals(0, s.scoreCount(7));
        TaskResult first = s.tasks().get(0);
        assertEquals(100.0, first.solveRate(), 1e-12);  // all six scored its 1 point
        TaskResult last = s.tasks().get(14);            // task 12, maximum 2: only A reached it
        assertEquals(200.0 / 12, last.solveRate(), 1e-12);
        assertEquals(50.0, last.solveRate(5), 1e-12);   // «5» group: A 2 + B 0 of 2 × 2
        assertTrue(Double.isNaN(new WorkStatsAccumulator(MATH4, TASKS).snapshot().quality()));
    }

    @Test
    void districtFiguresAreTheSumOfSchools() {
        WorkStats a = sample();
        WorkStats sum = a.plus(a);
        assertEquals(12, sum.present());
        assertEquals(a.quality(), sum.quality(), 1e-12);
        assertEquals(10, sum.journal().compared());
        assertEquals(2, sum.scoreCount(20));
        assertEquals(a.tasks().get(14).solveRate(), sum.tasks().get(14).solveRate(), 1e-12);
    }

    @Test
    void percentagesRoundHalfUp() {
        assertEquals("64,3", Percent.format(64.25));
        assertEquals("0,1", Percent.format(0.05));
        assertEquals("—", Percent.format(Double.NaN));
    }
}
