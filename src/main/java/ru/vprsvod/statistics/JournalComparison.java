package ru.vprsvod.statistics;

/**
 * VPR marks against journal marks (FIS OKO «Сравнение отметок с отметками по журналу»), over the participants
 * who wrote the work and have a journal mark.
 *
 * @param lowered           VPR mark below the journal mark («понизили»)
 * @param confirmed         equal («подтвердили»)
 * @param raised            above («повысили»)
 * @param differByTwoOrMore marks two or more apart, in either direction
 */
public record JournalComparison(int lowered, int confirmed, int raised, int differByTwoOrMore) {

    public static final JournalComparison EMPTY = new JournalComparison(0, 0, 0, 0);

    public JournalComparison {
        if (lowered < 0 || confirmed < 0 || raised < 0 || differByTwoOrMore < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    public int compared() {
        return lowered + confirmed + raised;
    }

    public int notConfirmed() {
        return lowered + raised;
    }

    public double loweredPercent() {
        return Percent.of(lowered, compared());
    }

    public double confirmedPercent() {
        return Percent.of(confirmed, compared());
    }

    public double raisedPercent() {
        return Percent.of(raised, compared());
    }

    public double notConfirmedPercent() {
        return Percent.of(notConfirmed(), compared());
    }

    public JournalComparison plus(JournalComparison other) {
        return new JournalComparison(lowered + other.lowered, confirmed + other.confirmed, raised + other.raised,
                differByTwoOrMore + other.differByTwoOrMore);
    }
}
