package ru.vprsvod.testing;

import java.io.File;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.TextUtils;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.P;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Tr;

/** Reads a generated .docx back with docx4j, for assertions on what a reader of the document sees. */
public final class DocxText {

    private final WordprocessingMLPackage pkg;
    private final boolean plain;

    private DocxText(WordprocessingMLPackage pkg, boolean plain) {
        this.pkg = pkg;
        this.plain = plain;
    }

    public static DocxText open(Path file) {
        try {
            return new DocxText(WordprocessingMLPackage.load(new File(file.toString())), false);
        } catch (Exception e) {
            throw new IllegalStateException("cannot open " + file, e);
        }
    }

    /**
     * The same document read with no-break spaces as plain spaces (and no-break hyphens as hyphens), for tests of what a document says rather than where
     * its lines may break (the document-quality test checks those).
     */
    public DocxText plain() {
        return new DocxText(pkg, true);
    }

    /** The package itself, for checks of layout (sections, tables, fonts). */
    public WordprocessingMLPackage pkg() {
        return pkg;
    }

    /** The text of every paragraph of the body, tables included, one per line. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (Object o : pkg.getMainDocumentPart().getContent()) {
            append(out, XmlUtils.unwrap(o));
        }
        return out.toString();
    }

    /**
     * Every part a reader sees — the body, headers, footers, footnotes — as raw text, for «no tag left» checks (a
     * tag split across runs would hide from a per-paragraph search, so the XML's text nodes are joined).
     */
    public String allText() {
        StringBuilder out = new StringBuilder();
        for (var part : pkg.getParts().getParts().values()) {
            if (part instanceof org.docx4j.openpackaging.parts.JaxbXmlPart<?> xml
                    && part.getPartName().getName().startsWith("/word/") && xml.getJaxbElement() != null) {
                StringWriter w = new StringWriter();
                try {
                    TextUtils.extractText(xml.getJaxbElement(), w);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                out.append(w).append('\n');
            }
        }
        return plain ? out.toString().replace('\u00a0', ' ').replace('\u2011', '-') : out.toString();
    }

    /** How many pictures the body holds. */
    public int pictures() {
        int[] count = {0};
        new org.docx4j.TraversalUtil(pkg.getMainDocumentPart().getContent(), new org.docx4j.TraversalUtil.CallbackImpl() {
            @Override
            public List<Object> apply(Object o) {
                if (o instanceof org.docx4j.dml.wordprocessingDrawing.Inline || o instanceof org.docx4j.dml.wordprocessingDrawing.Anchor) {
                    count[0]++;
                }
                return null;
            }
        });
        return count[0];
    }

    private void append(StringBuilder out, Object o) {
        if (o instanceof P p) {
            out.append(paragraph(p)).append('\n');
        } else if (o instanceof Tbl t) {
            for (List<String> row : rows(t)) {
                out.append(String.join(" | ", row)).append('\n');
            }
        }
    }

    /** The tables of the body, each as rows of cell texts. */
    public List<List<List<String>>> tables() {
        List<List<List<String>>> tables = new ArrayList<>();
        for (Object o : pkg.getMainDocumentPart().getContent()) {
            if (XmlUtils.unwrap(o) instanceof Tbl t) {
                tables.add(rows(t));
            }
        }
        return tables;
    }

    private List<List<String>> rows(Tbl t) {
        List<List<String>> rows = new ArrayList<>();
        for (Object r : t.getContent()) {
            if (XmlUtils.unwrap(r) instanceof Tr tr) {
                List<String> cells = new ArrayList<>();
                for (Object c : tr.getContent()) {
                    if (XmlUtils.unwrap(c) instanceof Tc tc) {
                        StringBuilder cell = new StringBuilder();
                        for (Object cp : tc.getContent()) {
                            if (XmlUtils.unwrap(cp) instanceof P p) {
                                cell.append(paragraph(p));
                            }
                        }
                        cells.add(cell.toString());
                    }
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /** A paragraph's text as a reader sees it: tabs as «\t», line breaks as «\n» (docx4j's TextUtils drops both). */
    private String paragraph(P p) {
        StringBuilder out = new StringBuilder();
        new org.docx4j.TraversalUtil(p, new org.docx4j.TraversalUtil.CallbackImpl() {
            @Override
            public List<Object> apply(Object o) {
                if (o instanceof org.docx4j.wml.Text t) {
                    out.append(t.getValue());
                } else if (o instanceof org.docx4j.wml.R.Tab) {
                    out.append('\t');
                } else if (o instanceof org.docx4j.wml.Br br && br.getType() == null) {
                    out.append('\n');
                }
                return null;
            }
        });
        return plain ? out.toString().replace('\u00a0', ' ').replace('\u2011', '-') : out.toString();
    }
}
