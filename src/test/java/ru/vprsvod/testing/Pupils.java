package ru.vprsvod.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import ru.vprsvod.testing.DistrictGenerator.GeneratedSchool;
import ru.vprsvod.testing.DistrictGenerator.Plant;
import ru.vprsvod.testing.DistrictGenerator.WorkDef;

/**
 * The pupils of one school on one work, as rows of a results form. A pupil's ability is the school's strength
 * plus the class's plus a standard normal; each point of a task is earned with a logistic probability of ability
 * minus the task's difficulty (one step harder per further point), so ability, task level and score hang
 * together as in real results. The journal mark follows the pupil's result with noise and the school's leniency.
 */
final class Pupils {

    private static final String[] LETTERS = {"А", "Б", "В", "Г", "Д"};

    private final Random random;
    private final GeneratedSchool school;
    private final WorkDef work;
    private final double[] difficulty;

    /** @param random the generator's one source of randomness, drawn from in a fixed order */
    Pupils(Random random, GeneratedSchool school, WorkDef work, double[] difficulty) {
        this.random = random;
        this.school = school;
        this.work = work;
        this.difficulty = difficulty;
    }

    List<List<Object>> make() {
        List<List<Object>> rows = new ArrayList<>();
        int code = work.grade() * 10000 + 1;
        for (int c = 0; c < school.classes(); c++) {
            String className = work.grade() + LETTERS[c];
            double classStrength = school.strength() + gaussian(0, 0.1);
            int size = school.minClass() + random.nextInt(school.maxClass() - school.minClass() + 1);
            for (int i = 0; i < size; i++) {
                rows.add(pupil(code++, className, classStrength + random.nextGaussian()));
            }
        }
        return rows;
    }

    private List<Object> pupil(int code, String className, double ability) {
        List<Object> row = new ArrayList<>();
        row.add(code);
        if (random.nextDouble() < 0.05) {
            row.add("отсутствовал");
            for (int t = 0; t < work.tasks().length; t++) {
                row.add(null);
            }
            row.addAll(java.util.Arrays.asList(className, sex(), null, null));
            return row;
        }
        double boost = boost();
        int[] points = new int[work.tasks().length];
        for (int t = 0; t < points.length; t++) {
            points[t] = leaked(t) ? work.max()[t] : earned(ability + boost, t);
        }
        if (plant(Plant.BOUNDARY_PUSH)) {
            pushToBoundary(points);
        }
        row.add(1 + random.nextInt(2));
        int total = 0;
        for (int t = 0; t < points.length; t++) {
            total += points[t];
            boolean hard = !work.levels()[t].equals("Б");
            row.add(points[t] == 0 && hard && random.nextDouble() < 0.3 ? "X" : points[t]);
        }
        row.addAll(java.util.Arrays.asList(className, sex(), journal(total), total));
        return row;
    }

    private double gaussian(double mean, double sd) {
        return mean + sd * random.nextGaussian();
    }

    private String sex() {
        return random.nextBoolean() ? "м" : "ж";
    }

    private boolean plant(Plant plant) {
        return school.plant() == plant;
    }

    /** How much the school lifts its pupils' results above their ability on this work. */
    private double boost() {
        if (plant(Plant.INFLATED)) {
            return 1.8;
        }
        if (plant(Plant.COHORT_JUMP) && work.year() == 2026 && work.grade() == 5) {
            return 2.0;
        }
        return 0;
    }

    /** The harder tasks' answers given away, in one school's Maths 4 this year. */
    private boolean leaked(int task) {
        return plant(Plant.INVERSION) && work.year() == 2026 && work.subject().equals("Математика") && work.grade() == 4
                && !work.levels()[task].equals("Б") && random.nextDouble() < 0.85;
    }

    private int earned(double ability, int task) {
        int points = 0;
        for (int k = 0; k < work.max()[task]; k++) {
            if (random.nextDouble() < chance(ability, task, k)) {
                points++;
            } else {
                break;
            }
        }
        return points;
    }

    /**
     * The usual item-response curve (scaling constant 1.7): a pupil of average ability solves a basic task about
     * three times in four, not nearly always — steeper curves make every pupil score the basic tasks' total and
     * pile scores up at a few values, which honest results do not do.
     */
    private double chance(double ability, int task, int step) {
        return 1 / (1 + Math.exp(-1.7 * (ability - difficulty[task] - 0.5 * step)));
    }

    /** The score expected of a pupil with this ability: the sum over tasks and steps of reaching each step. */
    private double expectedScore(double ability) {
        double sum = 0;
        for (int t = 0; t < work.max().length; t++) {
            double reach = 1;
            for (int k = 0; k < work.max()[t]; k++) {
                reach *= chance(ability, t, k);
                sum += reach;
            }
        }
        return sum;
    }

    /**
     * The journal mark: the term's mark agrees with what the pupil shows on the day up to the noise of a term's
     * marking (about a point of the work's score) and the school's leniency, so about three pupils in four confirm
     * it, as in FIS OKO's national figures.
     */
    private Integer journal(int score) {
        if (random.nextDouble() < 0.03) {
            return null;
        }
        return work.mark((int) Math.round(score + gaussian(4 * school.leniency(), 1.1)));
    }

    /** A score one or two points under a boundary is raised to it, as a checker «pulling up» a pupil would. */
    private void pushToBoundary(int[] points) {
        if (work.year() != 2026 || work.grade() != 4) {
            return;
        }
        int score = java.util.Arrays.stream(points).sum();
        for (int boundary : new int[] {work.min3(), work.min4(), work.min5()}) {
            if ((score == boundary - 1 || score == boundary - 2) && random.nextDouble() < 0.85) {
                for (int t = 0; t < points.length && score < boundary; t++) {
                    int add = Math.min(work.max()[t] - points[t], boundary - score);
                    points[t] += add;
                    score += add;
                }
            }
        }
    }
}
