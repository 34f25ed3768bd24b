package ru.vprsvod.workbook;

import java.util.Objects;

/**
 * One thing wrong with a file, located as precisely as the file allows.
 *
 * @param file     the file name as the sender named it
 * @param sheet    the sheet name, or empty when the problem concerns the whole file
 * @param cell     the A1 address, e.g. {@code F12}, or empty when the problem concerns a whole sheet
 * @param message  what is wrong, a Russian sentence without the location
 * @param found    the value found, as the user sees it (may be empty: «пусто» is then shown)
 * @param expected what was expected, or empty when the message says it all
 */
public record Problem(Severity severity, String file, String sheet, String cell,
                      String message, String found, String expected) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(expected, "expected");
    }

    public static Problem error(String file, String sheet, String cell, String message, String found, String expected) {
        return new Problem(Severity.ERROR, file, sheet, cell, message, found, expected);
    }

    public static Problem warning(String file, String sheet, String cell, String message, String found, String expected) {
        return new Problem(Severity.WARNING, file, sheet, cell, message, found, expected);
    }

    /** A problem with the file as a whole (unreadable, no results table …). */
    public static Problem ofFile(String file, String message) {
        return new Problem(Severity.ERROR, file, "", "", message, "", "");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Where, in Russian: «лист «Протокол», ячейка F12», «лист «Протокол»» or «файл». */
    public String location() {
        if (sheet.isEmpty()) {
            return cell.isEmpty() ? "файл" : "ячейка " + cell;
        }
        return cell.isEmpty() ? "лист «" + sheet + "»" : "лист «" + sheet + "», ячейка " + cell;
    }

    /**
     * The whole problem as one line for receipts and logs, e.g.
     * «Лист «Протокол», ячейка F12: балл больше максимального. Найдено: «3». Ожидается: от 0 до 1.»; a problem of the
     * whole file whose message names the file reads as the message alone: «Файл защищён паролем: …».
     */
    public String describe() {
        StringBuilder line = new StringBuilder();
        String where = location();
        if (sheet.isEmpty() && cell.isEmpty() && message.regionMatches(true, 0, "файл", 0, 4)) {
            // «Файл защищён паролем», not «Файл: Файл защищён паролем»: the message already says where.
            line.append(Character.toUpperCase(message.charAt(0))).append(message.substring(1));
        } else {
            line.append(Character.toUpperCase(where.charAt(0))).append(where.substring(1)).append(": ").append(message);
        }
        if (!message.endsWith(".")) {
            line.append('.');
        }
        if (!cell.isEmpty() || !found.isEmpty()) {
            line.append(" Найдено: ").append(found.isEmpty() ? "пусто" : "«" + found + "»").append('.');
        }
        if (!expected.isEmpty()) {
            line.append(" Ожидается: ").append(expected);
            if (!expected.endsWith(".")) {
                line.append('.');
            }
        }
        return line.toString();
    }
}
