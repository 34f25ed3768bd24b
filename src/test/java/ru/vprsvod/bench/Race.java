package ru.vprsvod.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs contestants side by side: round after round, each contestant once per round, the order rotated every
 * round so that none always runs first or last on a noisy machine. Reports each contestant's median and range,
 * and the median of the per-round ratios to a baseline (a ratio within one round compares runs made seconds
 * apart, under the same load).
 */
final class Race {

    /** One timed run; returns nanoseconds (the contestant may leave setup out of its own timing). */
    interface Contestant {
        long run() throws Exception;
    }

    private final Map<String, Contestant> contestants = new LinkedHashMap<>();
    private final Map<String, List<Double>> seconds = new LinkedHashMap<>();

    Race add(String name, Contestant contestant) {
        contestants.put(name, contestant);
        seconds.put(name, new ArrayList<>());
        return this;
    }

    /** {@code warmup} rounds are run and thrown away (JIT, page cache), then {@code rounds} are kept. */
    Race run(int warmup, int rounds) throws Exception {
        List<String> names = new ArrayList<>(contestants.keySet());
        for (int round = 0; round < warmup + rounds; round++) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get((i + round) % names.size());
                long nanos = contestants.get(name).run();
                double s = nanos / 1e9;
                System.out.printf(Locale.ROOT, "%s round %d %-28s %8.3f s%n", round < warmup ? "warmup" : "      ", round, name, s);
                if (round >= warmup) {
                    seconds.get(name).add(s);
                }
            }
        }
        return this;
    }

    List<Double> seconds(String name) {
        return seconds.get(name);
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** A Markdown table: median, min–max, and the median per-round ratio to {@code baseline}. */
    String table(String baseline) {
        StringBuilder out = new StringBuilder("| contestant | median, s | min–max, s | ratio to " + baseline + " (median, min–max) |\n"
                + "|---|---|---|---|\n");
        List<Double> base = seconds.get(baseline);
        for (var e : seconds.entrySet()) {
            List<Double> s = e.getValue();
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                ratios.add(s.get(i) / base.get(i));
            }
            out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f–%.2f | %.2f× (%.2f–%.2f) |%n", e.getKey(), median(s),
                    min(s), max(s), median(ratios), min(ratios), max(ratios)));
        }
        return out.toString();
    }

    private static double min(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
