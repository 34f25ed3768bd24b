package ru.vprsvod.submission;

/**
 * A statement about a file's school, subject, grade or year, and where it was found — so a contradiction or an
 * unknown value can be reported at its place.
 */
record Claim(String value, Source source, String sheet, String cell) {

    enum Source {
        SHEET_BLOCK, SHEET_NAME, METADATA_SHEET, FILE_NAME, SENDER, CAMPAIGN
    }

    static Claim fileName(String value) {
        return new Claim(value, Source.FILE_NAME, "", "");
    }

    /** «в имени файла», «на листе «Протокол», ячейка B2» … */
    String where() {
        return switch (source) {
            case FILE_NAME -> "в имени файла";
            case SHEET_NAME -> "в названии листа «" + sheet + "»";
            case SENDER -> "в форме отправки";
            case CAMPAIGN -> "в справочнике (год текущей кампании)";
            case SHEET_BLOCK, METADATA_SHEET -> "на листе «" + sheet + "»" + (cell.isEmpty() ? "" : ", ячейка " + cell);
        };
    }
}
