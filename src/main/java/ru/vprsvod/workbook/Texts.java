package ru.vprsvod.workbook;

import java.util.Locale;

/** Normalisation of what people type into headers and labels, so matching is tolerant. */
public final class Texts {

    private Texts() {
    }

    /**
     * Lower case, «ё» as «е», non-breaking spaces, tabs and line breaks as spaces, runs of spaces collapsed,
     * trimmed: «Код\nучастника» and «  код   УЧАСТНИКА » both become «код участника».
     */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b') {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c == 'ё' || c == 'Ё' ? 'е' : Character.toLowerCase(c));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Latin letters that look like Cyrillic ones, as people type class letters and «X» marks. */
    public static String latinLookalikesToCyrillic(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int at = LATIN.indexOf(c);
            out.append(at >= 0 ? CYRILLIC.charAt(at) : c);
        }
        return out.toString();
    }

    private static final String LATIN = "AaBCcEeHKMOoPpTXxy";
    private static final String CYRILLIC = "АаВСсЕеНКМОоРрТХху";
}
