package ru.vprsvod.web;

import java.util.LinkedHashMap;
import java.util.Map;
import ru.vprsvod.consolidation.Journal;
import ru.vprsvod.russian.RussianFormat;
import ru.vprsvod.submission.Status;

/**
 * A journal step as a person reads it: «отклонён: 3 ошибки» rather than {@code status=REJECTED errors=3}. The raw
 * details stay available, folded away, for whoever traces a file.
 */
final class JournalWords {

    private JournalWords() {
    }

    static String of(Journal.Step step, String detail) {
        Map<String, String> d = fields(detail);
        String status = d.get("status");
        String verdict = status == null ? null : verdict(status, number(d.get("errors")), number(d.get("warnings")));
        return switch (step) {
            case CHECKED -> "проверен" + (verdict == null ? "" : ": " + verdict);
            case RECORDED -> "записан в базу" + (verdict == null ? "" : ": " + verdict)
                    + (number(d.get("replaces")) > 0 ? "; заменяет прежние данные школы" : "");
            case DONE -> "обработка завершена" + (verdict == null ? "" : ": " + verdict.replaceFirst(":.*", ""));
            default -> step.label();
        };
    }

    private static String verdict(String status, int errors, int warnings) {
        Status s;
        try {
            s = Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return switch (s) {
            case REJECTED -> s.label() + (errors > 0 ? ": " + RussianFormat.count(errors, "ошибка", "ошибки", "ошибок") : "");
            case ACCEPTED_WITH_WARNINGS -> s.label() + (warnings > 0 ? ": "
                    + RussianFormat.count(warnings, "замечание", "замечания", "замечаний") : "");
            default -> s.label();
        };
    }

    private static int number(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** {@code key=value key="quoted \"value\""}, as the journal writes its details. */
    static Map<String, String> fields(String detail) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (detail == null) {
            return fields;
        }
        int i = 0;
        int n = detail.length();
        while (i < n) {
            while (i < n && detail.charAt(i) == ' ') {
                i++;
            }
            int eq = detail.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String key = detail.substring(i, eq);
            StringBuilder value = new StringBuilder();
            i = eq + 1;
            if (i < n && detail.charAt(i) == '"') {
                i++;
                while (i < n && detail.charAt(i) != '"') {
                    char c = detail.charAt(i++);
                    if (c == '\\' && i < n) {
                        char e = detail.charAt(i++);
                        value.append(e == 'n' ? '\n' : e == 'r' ? '\r' : e);
                    } else {
                        value.append(c);
                    }
                }
                i++;
            } else {
                while (i < n && detail.charAt(i) != ' ') {
                    value.append(detail.charAt(i++));
                }
            }
            fields.put(key, value.toString());
        }
        return fields;
    }
}
