package ru.vprsvod.document;

import jakarta.xml.bind.JAXBElement;
import java.util.List;
import org.docx4j.XmlUtils;
import org.docx4j.wml.Br;
import org.docx4j.wml.CTCustomXmlBlock;
import org.docx4j.wml.CTCustomXmlRun;
import org.docx4j.wml.CTSimpleField;
import org.docx4j.wml.CTSmartTagRun;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.RunDel;
import org.docx4j.wml.RunIns;
import org.docx4j.wml.RunTrackChange;
import org.docx4j.wml.STBrType;
import org.docx4j.wml.SdtElement;
import org.docx4j.wml.Text;

/**
 * Small helpers over docx4j's JAXB model, and the markers that tie a run in the document to what the
 * analysis learnt about its tag. After loading, every tag sits alone in its own run whose only text is
 * a marker: two private-use characters around the tag's number. Markers survive cloning, cannot be typed
 * by an author, and are always replaced before a document leaves the engine.
 */
final class Docx {

    static final ObjectFactory WML = new ObjectFactory();

    private static final char MARK_OPEN = '\ue000';
    private static final char MARK_CLOSE = '\ue001';

    private Docx() {
    }

    static Object unwrap(Object o) {
        return o instanceof JAXBElement<?> element ? element.getValue() : o;
    }

    static String marker(int id) {
        return MARK_OPEN + Integer.toString(id) + MARK_CLOSE;
    }

    /** The tag number in a marker text, or -1. */
    static int markerId(String text) {
        if (text == null || text.length() < 3 || text.charAt(0) != MARK_OPEN || text.charAt(text.length() - 1) != MARK_CLOSE) {
            return -1;
        }
        try {
            return Integer.parseInt(text.substring(1, text.length() - 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The tag number of a run that holds only a marker, or -1 for any other item. */
    static int markerOf(Object item) {
        if (!(unwrap(item) instanceof R run)) {
            return -1;
        }
        List<Object> content = run.getContent();
        if (content.size() != 1 || !(unwrap(content.get(0)) instanceof Text text)) {
            return -1;
        }
        return markerId(text.getValue());
    }

    private static final java.util.regex.Pattern MARKER = java.util.regex.Pattern.compile(MARK_OPEN + "\\d+" + MARK_CLOSE);

    /**
     * Whether a marker is left somewhere in this text. A template's own text may hold private-use
     * characters (some fonts put symbols there); only the whole marker pattern counts.
     */
    static boolean containsMarker(String text) {
        return text != null && text.indexOf(MARK_OPEN) >= 0 && MARKER.matcher(text).find();
    }

    /** Removes characters XML 1.0 cannot hold and the marker characters, so data stays plain text. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                    || cp >= 0xE002 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
            if (allowed) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /**
     * The children of an inline container that is not a run: hyperlink, content control, tracked insertion
     * or deletion, move, smart tag, simple field, custom XML. Null for anything else.
     */
    static List<Object> inlineChildren(Object unwrapped) {
        if (unwrapped instanceof P.Hyperlink link) {
            return link.getContent();
        }
        if (unwrapped instanceof SdtElement sdt && !(unwrapped instanceof org.docx4j.wml.SdtBlock)) {
            return sdt.getSdtContent() == null ? null : sdt.getSdtContent().getContent();
        }
        if (unwrapped instanceof RunIns ins) {
            return ins.getCustomXmlOrSmartTagOrSdt();
        }
        if (unwrapped instanceof RunDel del) {
            return del.getCustomXmlOrSmartTagOrSdt();
        }
        if (unwrapped instanceof RunTrackChange move) {
            return move.getAccOrBarOrBox();
        }
        if (unwrapped instanceof CTSmartTagRun smart) {
            return smart.getContent();
        }
        if (unwrapped instanceof CTSimpleField field) {
            return field.getContent();
        }
        if (unwrapped instanceof CTCustomXmlRun custom) {
            return custom.getContent();
        }
        return null;
    }

    /** Tracked changes: text inside them is not plain text yet, so tags there cannot be trusted. */
    static boolean isTrackedChange(Object unwrapped) {
        return unwrapped instanceof RunIns || unwrapped instanceof RunDel || unwrapped instanceof RunTrackChange;
    }

    /** The children of a block-level wrapper (content control, custom XML) around paragraphs and tables. */
    static List<Object> blockChildren(Object unwrapped) {
        if (unwrapped instanceof org.docx4j.wml.SdtBlock sdt) {
            return sdt.getSdtContent() == null ? null : sdt.getSdtContent().getContent();
        }
        if (unwrapped instanceof CTCustomXmlBlock custom) {
            return custom.getContent();
        }
        return null;
    }

    static Text text(String value) {
        Text text = WML.createText();
        setText(text, value);
        return text;
    }

    /**
     * Sets a text and keeps its spaces: without xml:space="preserve" Word drops spaces at the ends, and a
     * text cut in two at a tag («Директор: » + tag) usually ends with one.
     */
    static void setText(Text text, String value) {
        text.setValue(value);
        if (!value.isEmpty() && (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1))
                || value.contains("  "))) {
            text.setSpace("preserve");
        }
    }

    /** A run with a copy of the given formatting and no content. */
    static R run(RPr format) {
        R run = WML.createR();
        if (format != null) {
            run.setRPr(JaxbCopy.of(format));
        }
        return run;
    }

    static R textRun(RPr format, String value) {
        R run = run(format);
        run.getContent().add(WML.createRT(text(value)));
        return run;
    }

    static R pageBreakRun() {
        R run = WML.createR();
        Br br = WML.createBr();
        br.setType(STBrType.PAGE);
        run.getContent().add(br);
        return run;
    }

    static boolean isPageBreak(Object runChild) {
        return unwrap(runChild) instanceof Br br && br.getType() == STBrType.PAGE;
    }

    /** Copies a JAXB item (wrapped or not) with its parent links, as docx4j's deep copy does, only faster. */
    static Object copy(Object item) {
        return JaxbCopy.of(item);
    }
}
