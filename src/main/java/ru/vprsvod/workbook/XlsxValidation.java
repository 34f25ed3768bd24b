package ru.vprsvod.workbook;

import java.util.List;
import java.util.Objects;

/**
 * A data-entry rule for cells of a blank form; Excel refuses other input with the given Russian message.
 * Build one with the factories; {@link XlsxSheet#validation} places it on a range.
 */
public final class XlsxValidation {

    enum Kind { WHOLE_NUMBER, POINTS_OR_ABSENT, LIST, DATE }

    private final Kind kind;
    private final int min;
    private final int max;
    private final List<String> options;
    private final String errorTitle;
    private final String errorText;

    private XlsxValidation(Kind kind, int min, int max, List<String> options, String errorTitle, String errorText) {
        this.kind = kind;
        this.min = min;
        this.max = max;
        this.options = List.copyOf(options);
        this.errorTitle = Objects.requireNonNull(errorTitle, "errorTitle");
        this.errorText = Objects.requireNonNull(errorText, "errorText");
    }

    /** A whole number from min to max, e.g. a mark from 2 to 5. */
    public static XlsxValidation wholeNumber(int min, int max) {
        return new XlsxValidation(Kind.WHOLE_NUMBER, min, max, List.of(), "Недопустимое значение",
                "Введите целое число от " + min + " до " + max + ".");
    }

    /**
     * Points for a task: a whole number from 0 to max, or «Х» (Cyrillic or Latin; Excel compares text
     * without case) when the pupil did not do the task.
     */
    public static XlsxValidation pointsOrAbsent(int max) {
        return new XlsxValidation(Kind.POINTS_OR_ABSENT, 0, max, List.of(), "Недопустимый балл",
                "Введите целое число от 0 до " + max + " или «Х», если ученик не выполнял задание.");
    }

    /** A date from first to last, both included (a schedule's day within the VPR period). */
    public static XlsxValidation dateBetween(java.time.LocalDate first, java.time.LocalDate last) {
        return new XlsxValidation(Kind.DATE, (int) first.toEpochDay(), (int) last.toEpochDay(), List.of(),
                "Дата вне периода ВПР", "Введите дату с " + first.format(RUSSIAN) + " по " + last.format(RUSSIAN) + ".");
    }

    private static final java.time.format.DateTimeFormatter RUSSIAN = java.time.format.DateTimeFormatter.ofPattern("dd.MM.uuuu");

    /** One of the given texts, offered as a drop-down list. */
    public static XlsxValidation list(String... options) {
        if (options.length == 0) {
            throw new IllegalArgumentException("a list validation needs options");
        }
        return new XlsxValidation(Kind.LIST, 0, 0, List.of(options), "Недопустимое значение",
                "Выберите значение из списка.");
    }

    /** The same rule with another message in Excel's error box. */
    public XlsxValidation withError(String title, String text) {
        return new XlsxValidation(kind, min, max, options, title, text);
    }

    Kind kind() {
        return kind;
    }

    int min() {
        return min;
    }

    int max() {
        return max;
    }

    List<String> options() {
        return options;
    }

    String errorTitle() {
        return errorTitle;
    }

    String errorText() {
        return errorText;
    }
}
