package ru.vprsvod.reference;

/**
 * The conversion of a primary score into a mark for one work (шкала перевода): lowest scores of «3», «4», «5».
 * Scales change from year to year, so they always come from the reference workbook.
 */
public record Scale(int maxScore, int min3, int min4, int min5) {

    public Scale {
        if (!(0 < min3 && min3 < min4 && min4 < min5 && min5 <= maxScore)) {
            throw new IllegalArgumentException(
                    "scale must satisfy 0 < «3» < «4» < «5» ≤ max, got " + min3 + "/" + min4 + "/" + min5 + " of " + maxScore);
        }
    }

    /** The VPR mark 2..5 of a primary score. */
    public int mark(int score) {
        if (score >= min5) {
            return 5;
        }
        if (score >= min4) {
            return 4;
        }
        return score >= min3 ? 3 : 2;
    }

    /** The lowest score of a mark 3..5 (the mark boundaries where pile-ups are looked for). */
    public int lowestScoreOf(int mark) {
        return switch (mark) {
            case 3 -> min3;
            case 4 -> min4;
            case 5 -> min5;
            default -> throw new IllegalArgumentException("no boundary for mark " + mark);
        };
    }

    /** «0–5 → «2», 6–9 → «3», 10–14 → «4», 15–20 → «5»». */
    public String describe() {
        return "0–" + (min3 - 1) + " → «2», " + min3 + "–" + (min4 - 1) + " → «3», "
                + min4 + "–" + (min5 - 1) + " → «4», " + min5 + "–" + maxScore + " → «5»";
    }
}
