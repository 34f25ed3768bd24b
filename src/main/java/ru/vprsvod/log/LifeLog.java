package ru.vprsvod.log;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's life told in the log, one line per event with stable {@code key=value} fields, for whoever reads
 * or greps it: each step of each received file, each document written. One logger for all of it, so one setting
 * turns it on or off. Values that come from outside (file names, logins) are quoted and escaped, so a line break
 * in one of them cannot forge a line of its own.
 */
public final class LifeLog {

    private static final Logger log = LoggerFactory.getLogger(LifeLog.class);

    private LifeLog() {
    }

    public static void info(Map<String, ?> fields) {
        if (log.isInfoEnabled()) {
            log.info(text(fields));
        }
    }

    public static void warn(Map<String, ?> fields) {
        log.warn(text(fields));
    }

    /** A failure of ours, with its stack trace when there is one. */
    public static void error(Map<String, ?> fields, Throwable cause) {
        log.error(text(fields), cause);
    }

    /** A document of the outbox written (not a step of one file: it is made from all of them). */
    public static void document(String name, long millis) {
        log.info("step=document name={} ms={}", value(name), millis);
    }

    /** {@code key=value …}, absent values left out, values with spaces or quotes quoted. */
    public static String text(Map<String, ?> fields) {
        StringBuilder out = new StringBuilder();
        fields.forEach((key, v) -> {
            if (v != null) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(key).append('=').append(value(v.toString()));
            }
        });
        return out.toString();
    }

    /** A value as a line shows it: bare when it is one plain word, otherwise quoted with {@code \\ " \n \r} escaped. */
    public static String value(String v) {
        if (!v.isEmpty() && v.chars().noneMatch(c -> c == ' ' || c == '"' || c == '=' || c == '\\' || Character.isISOControl(c))) {
            return v;
        }
        return '"' + v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r") + '"';
    }
}
