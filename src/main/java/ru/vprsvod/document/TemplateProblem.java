package ru.vprsvod.document;

import java.util.Objects;

/**
 * One thing wrong with a template, or with data that does not fit it, located the way a coordinator
 * would look for it in Word or Writer.
 *
 * @param part       the document part, e.g. «основной текст», «верхний колонтитул (первая страница)»,
 *                   «сноска 3»; «файл» when the file as a whole cannot be used
 * @param place      where in the part, e.g. «таблица 2 → строка 3 → ячейка 1» or «абзац 17»; may be empty
 * @param tag        the tag as the author typed it, e.g. {@code {{ школа.руководитель }}}; may be empty
 * @param context    about thirty characters of the text around the tag, as typed; may be empty
 * @param message    what is wrong, a Russian phrase without the location
 * @param suggestion what to do or what was probably meant, e.g. «есть: «срок_исполнения», «срок_отчёта»»; may be empty
 */
public record TemplateProblem(String part, String place, String tag, String context, String message, String suggestion) {

    public TemplateProblem {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(suggestion, "suggestion");
    }

    /** A problem with the file as a whole: not a .docx, damaged, protected by a password… */
    public static TemplateProblem ofFile(String message) {
        return new TemplateProblem("файл", "", "", "", message, "");
    }

    /**
     * The whole problem as one Russian line, e.g.
     * «Основной текст, таблица 1 → строка 2 → ячейка 3, тег {{ мероприятие.срок }}: нет поля «срок».
     * Есть: «срок_исполнения», «срок_отчёта». Текст рядом: «Срок: {{ мероприятие.срок }} до…».»
     */
    public String describe() {
        StringBuilder line = new StringBuilder(part);
        if (!place.isEmpty()) {
            line.append(line.length() == 0 ? "" : ", ").append(place);
        }
        if (!tag.isEmpty()) {
            line.append(line.length() == 0 ? "" : ", ").append("тег ").append(tag);
        }
        line.append(line.length() == 0 ? "" : ": ").append(sentence(message));
        if (!suggestion.isEmpty()) {
            line.append(' ').append(capitalized(sentence(suggestion)));
        }
        if (!context.isEmpty() && !context.equals(tag)) {
            line.append(" Текст рядом: «").append(context).append("».");
        }
        return capitalized(line.toString());
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String sentence(String text) {
        return text.isEmpty() || text.endsWith(".") || text.endsWith("?") || text.endsWith("!") ? text : text + ".";
    }
}
