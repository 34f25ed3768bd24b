package ru.vprsvod.workbook;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Tells what a file is from its first bytes, never from its name: senders rename .xls to .xlsx, save CSV as
 * "xls", and 1C exports HTML pages with a spreadsheet extension.
 */
final class Sniff {

    /** How many leading bytes {@link #of} wants to see. */
    static final int HEAD_BYTES = 4096;

    enum Container {
        /** PK\3\4 (or an empty/spanned zip): .xlsx, .xlsm, .xlsb, .ods, .docx … decided by looking inside. */
        ZIP,
        /** D0 CF 11 E0 A1 B1 1A E1: .xls, an encrypted .xlsx, .doc, .ppt, .msg … decided by the directory. */
        OLE2,
        /** Anything else; {@link #describe} says what it looks like. */
        OTHER
    }

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private Sniff() {
    }

    static Container of(byte[] head) {
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K'
                && (head[2] == 3 && head[3] == 4 || head[2] == 5 && head[3] == 6 || head[2] == 7 && head[3] == 8)) {
            return Container.ZIP;
        }
        if (startsWith(head, OLE2)) {
            return Container.OLE2;
        }
        return Container.OTHER;
    }

    /** The Russian reason why a non-zip, non-OLE2 file is not a workbook we read. */
    static String describe(byte[] head) {
        if (isOldBiff(head)) {
            return Messages.OLD_EXCEL;
        }
        if (startsWith(head, "%PDF".getBytes(StandardCharsets.US_ASCII))) {
            return Messages.PDF;
        }
        if (startsWith(head, "{\\rtf".getBytes(StandardCharsets.US_ASCII))) {
            return Messages.RTF;
        }
        String image = image(head);
        if (image != null) {
            return Messages.image(image);
        }
        String archive = archive(head);
        if (archive != null) {
            return Messages.archive(archive);
        }
        String text = asText(head);
        if (text == null) {
            return Messages.UNKNOWN;
        }
        String start = text.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
        if (start.startsWith("<")) {
            if (start.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
                return Messages.XML_2003;
            }
            if (start.contains("<office:document") && start.contains("opendocument")) {
                return Messages.FLAT_ODS;
            }
            if (start.contains("<html") || start.contains("<!doctype html") || start.contains("<table")) {
                return Messages.HTML;
            }
            return Messages.XML;
        }
        return Messages.TEXT;
    }

    /** BIFF2–BIFF4 files are bare record streams starting with a BOF record (09 00 / 09 02 / 09 04). */
    private static boolean isOldBiff(byte[] head) {
        return head.length >= 4 && head[0] == 0x09 && (head[1] == 0x00 || head[1] == 0x02 || head[1] == 0x04)
                && (head[2] == 0x04 || head[2] == 0x06) && head[3] == 0x00;
    }

    private static String image(byte[] h) {
        if (startsWith(h, new byte[] {(byte) 0x89, 'P', 'N', 'G'})) {
            return "PNG";
        }
        if (startsWith(h, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "JPEG";
        }
        if (startsWith(h, "GIF8".getBytes(StandardCharsets.US_ASCII))) {
            return "GIF";
        }
        if (startsWith(h, new byte[] {'I', 'I', 0x2A, 0}) || startsWith(h, new byte[] {'M', 'M', 0, 0x2A})) {
            return "TIFF";
        }
        if (h.length >= 12 && startsWith(h, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && h[8] == 'W' && h[9] == 'E' && h[10] == 'B' && h[11] == 'P') {
            return "WEBP";
        }
        if (h.length >= 14 && h[0] == 'B' && h[1] == 'M' && h[6] == 0 && h[7] == 0 && h[8] == 0 && h[9] == 0) {
            return "BMP";
        }
        return null;
    }

    private static String archive(byte[] h) {
        if (startsWith(h, "Rar!".getBytes(StandardCharsets.US_ASCII))) {
            return "RAR";
        }
        if (startsWith(h, new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C})) {
            return "7-Zip";
        }
        if (startsWith(h, new byte[] {0x1F, (byte) 0x8B})) {
            return "GZip";
        }
        return null;
    }

    /**
     * The head decoded as text when it plausibly is text: UTF-16 with a BOM, valid UTF-8, or a single-byte
     * Cyrillic code page (CSV from Russian Excel is windows-1251) without control bytes. Otherwise null.
     */
    private static String asText(byte[] h) {
        if (h.length >= 2 && (h[0] == (byte) 0xFF && h[1] == (byte) 0xFE || h[0] == (byte) 0xFE && h[1] == (byte) 0xFF)) {
            return new String(h, StandardCharsets.UTF_16);
        }
        int controls = 0;
        for (byte b : h) {
            if (b == 0 || (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f')) {
                controls++;
            }
        }
        if (controls > 0) {
            return null;
        }
        try {
            // The head may cut a multi-byte character in half; ignore the malformed tail only.
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(h, 0, utf8SafeLength(h))).toString();
        } catch (CharacterCodingException e) {
            return new String(h, java.nio.charset.Charset.forName("windows-1251"));
        }
    }

    private static int utf8SafeLength(byte[] h) {
        int end = h.length;
        int back = 0;
        while (end > 0 && back < 3 && (h[end - 1] & 0xC0) == 0x80) {
            end--;
            back++;
        }
        if (end > 0 && (h[end - 1] & 0xC0) == 0xC0) {
            return end - 1;
        }
        return h.length;
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
