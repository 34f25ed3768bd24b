package ru.vprsvod.document;

import jakarta.xml.bind.JAXBElement;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.Text;

/**
 * Finds the {@code {{ … }}} in one paragraph, however Word or Writer split it into runs (spelling marks,
 * language changes, revision ids, partial formatting, bookmarks), and moves each tag into a run of its
 * own that keeps the formatting of the run where the tag starts. The text of the tag is taken out of the
 * other runs; everything that is not text (tabs, breaks, drawings, field characters) stays where it was.
 */
final class TagFinder {

    /** One tag isolated in its own run. {@code tracked} tags were not isolated: they must be reported. */
    record Found(R run, List<Object> parent, String raw, String context, boolean tracked) {
    }

    /** A mistake in the braces themselves, with the text around it. */
    record BraceProblem(String message, String suggestion, String context) {
    }

    record Result(List<Found> tags, List<BraceProblem> problems) {
    }

    private static final int CONTEXT = 30;

    /** A piece of text of the paragraph: a w:t (or w:delText) and where it lives. */
    private static final class Piece {
        final Object wrapper;
        final Text text;
        final R run;
        final List<Object> runParent;
        final boolean tracked;
        int start;

        Piece(Object wrapper, Text text, R run, List<Object> runParent, boolean tracked) {
            this.wrapper = wrapper;
            this.text = text;
            this.run = run;
            this.runParent = runParent;
            this.tracked = tracked;
        }

        int end() {
            return start + value().length();
        }

        String value() {
            return text.getValue() == null ? "" : text.getValue();
        }
    }

    private final List<Piece> pieces = new ArrayList<>();
    private final StringBuilder logical = new StringBuilder();

    private TagFinder() {
    }

    static Result isolate(P paragraph) {
        TagFinder finder = new TagFinder();
        finder.collect(paragraph.getContent(), false);
        return finder.run();
    }

    private void collect(List<Object> items, boolean tracked) {
        for (Object item : items) {
            Object u = Docx.unwrap(item);
            if (u instanceof R run) {
                for (Object child : run.getContent()) {
                    if (child instanceof JAXBElement<?> element && element.getValue() instanceof Text text) {
                        String name = element.getName().getLocalPart();
                        if (name.equals("t") || name.equals("delText")) {
                            Piece piece = new Piece(child, text, run, items, tracked || name.equals("delText"));
                            piece.start = logical.length();
                            logical.append(piece.value());
                            pieces.add(piece);
                        }
                    }
                }
            } else {
                List<Object> children = Docx.inlineChildren(u);
                if (children != null) {
                    collect(children, tracked || Docx.isTrackedChange(u));
                }
            }
        }
    }

    private Result run() {
        List<BraceProblem> problems = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        String text = logical.toString();
        int from = 0;
        while (from < text.length()) {
            int open = text.indexOf("{{", from);
            int close = text.indexOf("}}", from);
            if (close >= 0 && (open < 0 || close < open)) {
                problems.add(new BraceProblem("лишние «}}» без «{{»",
                        "тег открывается {{ и закрывается }}; проверьте, что открывающие скобки набраны в латинской раскладке",
                        context(text, close, close + 2)));
                from = close + 2;
                continue;
            }
            if (open < 0) {
                break;
            }
            int end = text.indexOf("}}", open + 2);
            int nextOpen = text.indexOf("{{", open + 2);
            if (end < 0 || nextOpen >= 0 && nextOpen < end) {
                int stop = nextOpen >= 0 ? nextOpen : text.length();
                problems.add(new BraceProblem("тег не закрыт: после «{{» нет «}}» в том же абзаце",
                        "допишите «}}»; тег не может переходить на другую строку",
                        context(text, open, Math.min(stop, open + 40))));
                if (nextOpen < 0) {
                    break;
                }
                from = nextOpen;
                continue;
            }
            spans.add(new int[] {open, end + 2});
            from = end + 2;
        }
        List<Found> found = new ArrayList<>();
        Map<R, Boolean> touched = new IdentityHashMap<>();
        for (int i = spans.size() - 1; i >= 0; i--) {
            int[] span = spans.get(i);
            found.add(0, isolate(text, span[0], span[1], touched));
        }
        tidy(touched);
        return new Result(found, problems);
    }

    private Found isolate(String text, int start, int end, Map<R, Boolean> touched) {
        String raw = text.substring(start, end);
        String context = context(text, start, end);
        int first = pieceAt(start);
        int last = pieceAt(end - 1);
        for (int k = first; k <= last; k++) {
            if (pieces.get(k).tracked) {
                return new Found(null, null, raw, context, true);
            }
        }
        Piece head = pieces.get(first);
        String headValue = head.value();
        String before = headValue.substring(0, start - head.start);
        String after = first == last ? headValue.substring(end - head.start) : "";
        for (int k = first + 1; k <= last; k++) {
            Piece piece = pieces.get(k);
            String value = piece.value();
            Docx.setText(piece.text, k == last ? value.substring(end - piece.start) : "");
            touched.put(piece.run, Boolean.TRUE);
        }
        R run = head.run;
        List<Object> content = run.getContent();
        int at = indexOf(content, head.wrapper);
        List<Object> tail = new ArrayList<>(content.subList(at + 1, content.size()));
        content.subList(at + 1, content.size()).clear();
        Docx.setText(head.text, before);
        R tagRun = Docx.textRun(run.getRPr(), raw);
        List<Object> parent = head.runParent;
        int runAt = indexOf(parent, run);
        parent.add(runAt + 1, tagRun);
        if (!after.isEmpty() || !tail.isEmpty()) {
            R afterRun = Docx.run(run.getRPr());
            if (!after.isEmpty()) {
                afterRun.getContent().add(Docx.WML.createRT(Docx.text(after)));
            }
            afterRun.getContent().addAll(tail);
            parent.add(runAt + 2, afterRun);
        }
        touched.put(run, Boolean.TRUE);
        return new Found(tagRun, parent, raw, context, false);
    }

    /** Drops the texts emptied by isolation, then the runs left with nothing in them. */
    private void tidy(Map<R, Boolean> touched) {
        for (Piece piece : pieces) {
            if (touched.containsKey(piece.run) && piece.value().isEmpty()) {
                piece.run.getContent().remove(piece.wrapper);
            }
        }
        for (Piece piece : pieces) {
            if (touched.containsKey(piece.run) && piece.run.getContent().isEmpty()) {
                int at = indexOf(piece.runParent, piece.run);
                if (at >= 0) {
                    piece.runParent.remove(at);
                }
            }
        }
    }

    private int pieceAt(int offset) {
        for (int k = 0; k < pieces.size(); k++) {
            Piece piece = pieces.get(k);
            if (offset >= piece.start && offset < piece.end()) {
                return k;
            }
        }
        throw new IllegalStateException("offset " + offset + " outside the paragraph text");
    }

    /** Identity search: JAXB objects do not define equals, but be explicit about it. */
    static int indexOf(List<Object> list, Object item) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == item || Docx.unwrap(list.get(i)) == item) {
                return i;
            }
        }
        return -1;
    }

    /** About thirty characters either side, cut at word boundaries, on one line, «…» where cut. */
    static String context(String text, int start, int end) {
        int from = Math.max(0, start - CONTEXT);
        if (from > 0) {
            int space = firstSpace(text, from, start);
            from = space < 0 ? from : space + 1;
        }
        int to = Math.min(text.length(), end + CONTEXT);
        if (to < text.length()) {
            int space = lastSpace(text, end, to);
            to = space < 0 ? to : space;
        }
        String around = (from > 0 ? "…" : "") + text.substring(from, to).strip() + (to < text.length() ? "…" : "");
        return around.replaceAll("[\\s\\u00a0]+", " ").trim();
    }

    private static int firstSpace(String text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastSpace(String text, int limit, int to) {
        for (int i = to - 1; i >= limit; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
