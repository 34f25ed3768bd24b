package ru.vprsvod.submission;

import java.util.Arrays;

/**
 * A participant's points per task, in the order of the submission's tasks. A task marked «X» (not attempted)
 * counts as 0 points but stays distinguishable. Absent participants have no points at all.
 */
public final class Points {

    /** The stored value of a task marked «X». */
    public static final int NOT_ATTEMPTED = -1;

    private static final Points NONE = new Points(new int[0]);

    private final int[] values;

    private Points(int[] values) {
        this.values = values;
    }

    public static Points of(int... values) {
        for (int v : values) {
            if (v < NOT_ATTEMPTED) {
                throw new IllegalArgumentException("negative points " + v);
            }
        }
        return new Points(values.clone());
    }

    public static Points none() {
        return NONE;
    }

    public int size() {
        return values.length;
    }

    /** Points for the task at an index: 0 for a task marked «X». */
    public int get(int task) {
        return Math.max(0, values[task]);
    }

    public boolean attempted(int task) {
        return values[task] != NOT_ATTEMPTED;
    }

    public int sum() {
        int sum = 0;
        for (int v : values) {
            sum += Math.max(0, v);
        }
        return sum;
    }

    /** Compact text for storage: «1;0;X;2»; empty for no points. */
    public String encode() {
        StringBuilder out = new StringBuilder(values.length * 2);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(values[i] == NOT_ATTEMPTED ? "X" : Integer.toString(values[i]));
        }
        return out.toString();
    }

    /** The inverse of {@link #encode()}. */
    public static Points decode(String text) {
        if (text.isEmpty()) {
            return NONE;
        }
        String[] parts = text.split(";", -1);
        int[] values = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = parts[i].equals("X") ? NOT_ATTEMPTED : Integer.parseInt(parts[i]);
        }
        return new Points(values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Points other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return encode();
    }
}
