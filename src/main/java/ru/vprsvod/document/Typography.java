package ru.vprsvod.document;

import jakarta.xml.bind.JAXBElement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.Text;

/**
 * Russian typography over a filled document, paragraph by paragraph across its runs: a line never breaks between a
 * number and its unit («2026 г.», «51,5 %», «16 школ»), after «№», between initials and a surname («А.В. Морозова»,
 * «Петрова Н.В.»), after «г.», «ул.», «п.» before a name or a number, or before a dash, nor at the hyphens of a
 * telephone number («2-34-57»). Values fill templates next to
 * the template's own text, so neither the data nor the template author can set these spaces alone; they are set here,
 * in what a reader sees. A tag that printed nothing leaves no double space and no space before a punctuation mark:
 * spaces that meet across a run boundary are joined (several spaces typed in one run are the author's own and stay).
 */
final class Typography {

    private static final char NBSP = '\u00a0';
    private static final char NO_BREAK_HYPHEN = '\u2011';
    private static final Pattern DIGIT_HYPHEN = Pattern.compile("(?<=\\d)-(?=\\d)");
    /** Characters of a paragraph that are not text of a w:t (tabs, breaks, drawings, fields): never changed. */
    private static final char OTHER = '\uFFFC';

    /** Each pattern matches up to the ordinary space that must not break; that space becomes a no-break one. */
    private static final List<Pattern> NO_BREAK = List.of(
            // a number and its unit or the word it counts
            Pattern.compile("\\d (?=%|‰|°)"),
            Pattern.compile("\\d (?=(?:г|гг|чел|руб|коп|тыс|млн|млрд|мм|см|км|кг|мин|п\\.[ \u00a0]?п)\\.)"),
            Pattern.compile("\\d (?=[а-яё])"),
            Pattern.compile("(?<![\\p{L}])п\\. (?=п\\.)"),
            // «№ 3», «№ п/п», «§ 4»
            Pattern.compile("[№§] "),
            // initials before a surname, a surname before initials
            Pattern.compile("(?<![\\p{L}])\\p{Lu}\\.(?:[ \u00a0]?\\p{Lu}\\.)? (?=\\p{Lu}\\p{Ll})"),
            Pattern.compile("(?<![\\p{L}])\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)? (?=\\p{Lu}\\.[ \u00a0]?\\p{Lu}\\.(?![ \u00a0]?\\p{Lu}\\p{Ll}))"),
            // «г. Энск», «ул. Ленина», «д. 10», «п. 6.3», «с. Темкино»
            Pattern.compile("(?<![\\p{L}])(?:г|ул|д|с|п|пос|пр|пер|стр|корп|каб|тел|рис|табл|разд|гл|ст|ч)\\. (?=[\\p{Lu}\\d])"),
            // no line starts with a dash
            Pattern.compile("[^\\s\u00a0] (?=[—–] )"));

    private Typography() {
    }

    static void apply(List<Story> stories) {
        for (Story story : stories) {
            Tree.walk(story.content(), (node, parent, item) -> {
                if (node instanceof P p) {
                    paragraph(p);
                }
            });
        }
    }

    /** One w:t of the paragraph and where its characters stand in the paragraph's text. */
    private record Piece(Text text, int start) {
    }

    private static void paragraph(P p) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        collect(p.getContent(), pieces, line);
        if (pieces.isEmpty()) {
            return;
        }
        char[] chars = line.toString().toCharArray();
        int[] owner = new int[chars.length];
        java.util.Arrays.fill(owner, -1);
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            for (int c = 0; c < piece.text().getValue().length(); c++) {
                owner[piece.start() + c] = i;
            }
        }
        boolean[] dropped = new boolean[chars.length];
        joinSpacesAcrossRuns(chars, owner, dropped);
        String text = visible(chars, dropped);
        int[] back = positions(dropped);
        boolean changed = false;
        for (Pattern pattern : NO_BREAK) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                int at = back[m.end() - 1];
                if (chars[at] == ' ' && owner[at] >= 0) {
                    chars[at] = NBSP;
                    changed = true;
                }
            }
            text = visible(chars, dropped);
        }
        // A hyphen between digits («2-34-57», «111-22-01»: a telephone number) never ends a line.
        Matcher hyphen = DIGIT_HYPHEN.matcher(text);
        while (hyphen.find()) {
            int at = back[hyphen.start()];
            if (chars[at] == '-' && owner[at] >= 0) {
                chars[at] = NO_BREAK_HYPHEN;
                changed = true;
            }
        }
        for (boolean d : dropped) {
            changed |= d;
        }
        if (!changed) {
            return;
        }
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            StringBuilder value = new StringBuilder();
            for (int c = piece.start(); c < piece.start() + piece.text().getValue().length(); c++) {
                if (!dropped[c]) {
                    value.append(chars[c]);
                }
            }
            Docx.setText(piece.text(), value.toString());
        }
    }

    /**
     * «работ  в» or «работ .» where a tag between the two printed nothing: of spaces meeting across runs one is kept,
     * and a space before a closing punctuation mark in another run goes.
     */
    private static void joinSpacesAcrossRuns(char[] chars, int[] owner, boolean[] dropped) {
        int previous = -1; // the last character kept
        for (int i = 0; i < chars.length; i++) {
            if (owner[i] >= 0 && chars[i] == ' ' && previous >= 0 && chars[previous] == ' ' && owner[previous] >= 0
                    && owner[previous] != owner[i]) {
                dropped[i] = true;
                continue;
            }
            if (owner[i] >= 0 && ".,;:)»".indexOf(chars[i]) >= 0 && previous >= 0 && chars[previous] == ' '
                    && owner[previous] >= 0 && owner[previous] != owner[i] && previous > 0 && chars[previous - 1] != ' ') {
                dropped[previous] = true;
            }
            previous = i;
        }
    }

    private static String visible(char[] chars, boolean[] dropped) {
        StringBuilder out = new StringBuilder(chars.length);
        for (int i = 0; i < chars.length; i++) {
            if (!dropped[i]) {
                out.append(chars[i]);
            }
        }
        return out.toString();
    }

    /** For each character of the visible text, its place in the paragraph. */
    private static int[] positions(boolean[] dropped) {
        int[] back = new int[dropped.length];
        int n = 0;
        for (int i = 0; i < dropped.length; i++) {
            if (!dropped[i]) {
                back[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(back, n);
    }

    /** The paragraph's own text (not that of text boxes inside it), run by run; w:t nodes become pieces. */
    private static void collect(List<Object> content, List<Piece> pieces, StringBuilder line) {
        for (Object item : content) {
            Object node = Docx.unwrap(item);
            if (node instanceof R run) {
                for (Object child : run.getContent()) {
                    Object c = Docx.unwrap(child);
                    if (child instanceof JAXBElement<?> e && e.getName().getLocalPart().equals("t") && c instanceof Text t) {
                        String value = t.getValue() == null ? "" : t.getValue();
                        if (t.getValue() == null) {
                            t.setValue("");
                        }
                        pieces.add(new Piece(t, line.length()));
                        line.append(value);
                    } else if (c instanceof R.Tab) {
                        line.append('\t');
                    } else if (c instanceof R.SoftHyphen) {
                        line.append('\u00ad');
                    } else {
                        line.append(OTHER);
                    }
                }
            } else if (!Docx.isTrackedChange(node) || node instanceof org.docx4j.wml.RunIns) {
                List<Object> inline = Docx.inlineChildren(node);
                if (inline != null) {
                    collect(inline, pieces, line);
                } else {
                    line.append(OTHER);
                }
            }
        }
    }
}
