package ru.vprsvod.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The deadlines as an iCalendar file (RFC 5545) that Outlook or Thunderbird import: one all-day event per
 * deadline with its description, who must act and the clause. Written here rather than with a library because
 * the part of RFC 5545 needed is small: text escaping (§3.3.11), line folding at 75 octets (§3.1) and CRLF.
 */
public final class Icalendar {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private Icalendar() {
    }

    /**
     * @param name  the calendar's name shown by the client, e.g. «ВПР-2026: сроки (Заречный район)»
     * @param stamp when the file is made (DTSTAMP of every event)
     */
    public static String write(DeadlineCalendar calendar, String name, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//VPR-Svod//Deadlines//RU");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        for (Deadline d : calendar.deadlines()) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + d.key() + "-" + calendar.year() + "@vpr-svod");
            line(out, "DTSTAMP:" + STAMP.format(stamp));
            line(out, "DTSTART;VALUE=DATE:" + DAY.format(d.date()));
            line(out, "DTEND;VALUE=DATE:" + DAY.format(d.date().plusDays(1)));
            line(out, "SUMMARY:" + text(d.title()));
            line(out, "DESCRIPTION:" + text(d.description() + "\nКто: " + d.who() + ".\nОснование: " + d.source() + "."));
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n").replace("\n", "\\n");
    }

    /** RFC 5545 §3.1: lines of at most 75 octets, continued with CRLF and a space, never splitting a character. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
