package ru.vprsvod.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import ru.vprsvod.testing.DistrictGenerator.GeneratedSchool;
import ru.vprsvod.testing.DistrictGenerator.Plant;
import ru.vprsvod.testing.DistrictGenerator.Planting;
import ru.vprsvod.testing.DistrictGenerator.WorkDef;

/**
 * The pupils of one school on one work, as rows of a results form. Each point of a task is earned with a logistic
 * probability of the pupil's ability on the day minus the task's difficulty (one step harder per further point),
 * so ability, task level and score hang together as in real results. The journal mark follows the pupil's result
 * with noise and the leniency of the school and the teacher. Planted anomalies (boosts, leaked answers, pushes to a
 * boundary, lenient journals) are applied here.
 *
 * <p>Two ways in: {@link #make()} draws independent pupils around the school's strength (the region generator's
 * simple model), {@link #rows(List)} takes the pupils the district generator has placed in classes with every
 * school, cohort, class and teacher effect already in their ability.
 */
final class Pupils {

    private static final String[] LETTERS = {"А", "Б", "В", "Г", "Д"};

    /** One pupil writing one work: the class, the ability on the day, the leniency of whoever keeps the journal. */
    record Sitting(String className, double ability, double leniency) {
    }

    private final Random random;
    private final GeneratedSchool school;
    private final Planting planting;
    private final WorkDef work;
    private final double[] difficulty;
    private final double absence;

    /** @param random the generator's one source of randomness, drawn from in a fixed order */
    Pupils(Random random, GeneratedSchool school, WorkDef work, double[] difficulty) {
        this(random, school, school.plant() == null ? null : Planting.standard(school.plant()), work, difficulty, 0.05);
    }

    /** @param absence the chance that a pupil on the list is absent */
    Pupils(Random random, GeneratedSchool school, Planting planting, WorkDef work, double[] difficulty, double absence) {
        this.random = random;
        this.school = school;
        this.planting = planting;
        this.work = work;
        this.difficulty = difficulty;
        this.absence = absence;
    }

    /** Independent pupils: ability = the school's strength + the class's (sd 0,1) + a standard normal. */
    List<List<Object>> make() {
        List<List<Object>> rows = new ArrayList<>();
        int code = work.grade() * 10000 + 1;
        for (int c = 0; c < school.classes(); c++) {
            String className = work.grade() + LETTERS[c];
            double classStrength = school.strength() + gaussian(0, 0.1);
            int size = school.minClass() + random.nextInt(school.maxClass() - school.minClass() + 1);
            for (int i = 0; i < size; i++) {
                rows.add(pupil(code++, new Sitting(className, classStrength + random.nextGaussian(), school.leniency())));
            }
        }
        return rows;
    }

    /** The rows of these pupils, in order, with codes from {@code grade}0001. */
    List<List<Object>> rows(List<Sitting> sittings) {
        List<List<Object>> rows = new ArrayList<>();
        int code = work.grade() * 10000 + 1;
        for (Sitting s : sittings) {
            rows.add(pupil(code++, s));
        }
        return rows;
    }

    static String className(int grade, int index) {
        return grade + LETTERS[index];
    }

    private List<Object> pupil(int code, Sitting s) {
        List<Object> row = new ArrayList<>();
        row.add(code);
        if (random.nextDouble() < absence) {
            row.add("отсутствовал");
            for (int t = 0; t < work.tasks().length; t++) {
                row.add(null);
            }
            row.addAll(Arrays.asList(s.className(), sex(), null, null));
            return row;
        }
        double ability = s.ability() + boost();
        int[] points = new int[work.tasks().length];
        for (int t = 0; t < points.length; t++) {
            points[t] = leaked(t) ? work.max()[t] : earned(ability, t);
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
        double leniency = plant(Plant.JOURNAL_MISMATCH) ? planting.size() : s.leniency();
        row.addAll(Arrays.asList(s.className(), sex(), journal(total, leniency), total));
        return row;
    }

    private double gaussian(double mean, double sd) {
        return mean + sd * random.nextGaussian();
    }

    private String sex() {
        return random.nextBoolean() ? "м" : "ж";
    }

    private boolean plant(Plant plant) {
        return planting != null && planting.plant() == plant;
    }

    /** How much the school lifts its pupils' results above their ability on this work. */
    private double boost() {
        if (plant(Plant.INFLATED)) {
            return planting.size();
        }
        if (plant(Plant.COHORT_JUMP) && work.year() == 2026 && work.grade() == 5) {
            return planting.size();
        }
        return 0;
    }

    /** The harder tasks' answers given away, in one school's Maths 4 this year. */
    private boolean leaked(int task) {
        return plant(Plant.INVERSION) && work.year() == 2026 && work.subject().equals("Математика") && work.grade() == 4
                && !work.levels()[task].equals("Б") && random.nextDouble() < planting.size();
    }

    private int earned(double ability, int task) {
        int points = 0;
        for (int k = 0; k < work.max()[task]; k++) {
            if (random.nextDouble() < chance(ability, difficulty[task], k)) {
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
    static double chance(double ability, double difficulty, int step) {
        return 1 / (1 + Math.exp(-1.7 * (ability - difficulty - 0.5 * step)));
    }

    /**
     * The expected share of «4» and «5» among pupils whose abilities are normal around {@code mean} (sd 1) on a
     * work with these task difficulties: the score distribution of each ability is the convolution of the tasks'
     * point distributions (a task's points stop at the first step missed), integrated over abilities on a grid.
     */
    static double expectedQuality(WorkDef work, double[] difficulty, double mean) {
        double quality = 0;
        double weights = 0;
        for (double z = -6; z <= 6; z += 0.05) {
            double weight = Math.exp(-z * z / 2);
            double[] scores = {1};
            for (int t = 0; t < work.max().length; t++) {
                double[] task = new double[work.max()[t] + 1];
                double reach = 1;
                for (int k = 0; k < work.max()[t]; k++) {
                    double p = chance(mean + z, difficulty[t], k);
                    task[k] += reach * (1 - p);
                    reach *= p;
                }
                task[work.max()[t]] += reach;
                double[] next = new double[scores.length + task.length - 1];
                for (int a = 0; a < scores.length; a++) {
                    for (int b = 0; b < task.length; b++) {
                        next[a + b] += scores[a] * task[b];
                    }
                }
                scores = next;
            }
            double good = 0;
            for (int score = work.min4(); score < scores.length; score++) {
                good += scores[score];
            }
            quality += weight * good;
            weights += weight;
        }
        return quality / weights;
    }

    /**
     * The journal mark: the term's mark agrees with what the pupil shows on the day up to the noise of a term's
     * marking (about a point of the work's score) and the leniency of the school and the teacher, so about three
     * pupils in four confirm it, as in FIS OKO's national figures.
     */
    private Integer journal(int score, double leniency) {
        if (random.nextDouble() < 0.03) {
            return null;
        }
        return work.mark((int) Math.round(score + gaussian(4 * leniency, 1.1)));
    }

    /** A score one or two points under a boundary is raised to it, as a checker «pulling up» a pupil would. */
    private void pushToBoundary(int[] points) {
        if (work.year() != 2026 || work.grade() != 4) {
            return;
        }
        int score = Arrays.stream(points).sum();
        for (int boundary : new int[] {work.min3(), work.min4(), work.min5()}) {
            if ((score == boundary - 1 || score == boundary - 2) && random.nextDouble() < planting.size()) {
                for (int t = 0; t < points.length && score < boundary; t++) {
                    int add = Math.min(work.max()[t] - points[t], boundary - score);
                    points[t] += add;
                    score += add;
                }
            }
        }
    }
}
