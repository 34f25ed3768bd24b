package ru.vprsvod.document;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Tr;

/**
 * Reads a freshly loaded template once: isolates every tag in its own run, replaces the tag's text by a
 * marker, parses it, numbers paragraphs and tables the way a user counts them (1-based, in document order,
 * per level) and hands the tags of each story to {@link BlockMatcher}. The result, a {@link Plan}, holds
 * no docx4j objects; the marked package is saved and reopened for every rendering.
 */
final class Analyzer {

    private final List<TagSite> sites = new ArrayList<>();
    private final List<BlockSite> blocks = new ArrayList<>();
    private final Problems problems = new Problems();
    private int nextBox;

    private String part;
    private List<Occurrence> occurrences;

    static Plan analyse(WordprocessingMLPackage pkg) {
        Analyzer analyzer = new Analyzer();
        for (Story story : Story.of(pkg)) {
            analyzer.story(story);
        }
        return new Plan(analyzer.sites, analyzer.blocks, analyzer.problems.list(), analyzer.problems.orders());
    }

    private void story(Story story) {
        part = story.name();
        occurrences = new ArrayList<>();
        blockList(story.content(), new Where("", List.of(), List.of()), new int[2]);
        List<Occurrence> found = occurrences;
        BlockMatcher.Result matched = BlockMatcher.match(found, blocks.size(), problems);
        blocks.addAll(matched.blocks());
        for (Occurrence o : found) {
            sites.add(new TagSite(o.id, o.tag, o.picture, o.part, o.place, o.raw, o.context, o.block,
                    matched.scopes().get(o.id)));
        }
    }

    /** Where the walk is: the place prefix, the tables around, the text boxes around. */
    private record Where(String prefix, List<Occurrence.TableStep> tables, List<Integer> boxes) {
        String place(String label) {
            return prefix.isEmpty() ? label : prefix + " → " + label;
        }
    }

    /**
     * Walks paragraphs and tables of one list; content controls around them are see-through and share the
     * counters. Inside a cell or a text box with a single paragraph the paragraph is not named.
     */
    private void blockList(List<Object> list, Where where, int[] counters) {
        boolean nameParagraphs = where.prefix().isEmpty() || countBlocks(list) > 1;
        for (Object item : new ArrayList<>(list)) {
            Object u = Docx.unwrap(item);
            if (u instanceof P p) {
                counters[0]++;
                String place = nameParagraphs ? where.place("абзац " + counters[0]) : where.prefix();
                paragraph(p, list, place, where);
            } else if (u instanceof Tbl table) {
                counters[1]++;
                table(table, where.place("таблица " + counters[1]), where);
            } else {
                List<Object> children = Docx.blockChildren(u);
                if (children != null) {
                    blockList(children, where, counters);
                }
            }
        }
    }

    private static int countBlocks(List<Object> list) {
        int count = 0;
        for (Object item : list) {
            Object u = Docx.unwrap(item);
            if (u instanceof P || u instanceof Tbl) {
                count++;
            } else {
                List<Object> children = Docx.blockChildren(u);
                count += children == null ? 0 : countBlocks(children);
            }
        }
        return count;
    }

    private void table(Tbl table, String place, Where where) {
        int shown = 0;
        List<Object> rows = table.getContent();
        for (int index = 0; index < rows.size(); index++) {
            Object u = Docx.unwrap(rows.get(index));
            if (u instanceof Tr row) {
                shown++;
                row(table, row, index, place + " → строка " + shown, where);
            } else {
                for (Object wrapped : wrappedRows(u)) {
                    shown++;
                    row(table, (Tr) wrapped, -1, place + " → строка " + shown, where);
                }
            }
        }
    }

    private void row(Tbl table, Tr row, int index, String place, Where where) {
        int shown = 0;
        for (Object item : row.getContent()) {
            Object u = Docx.unwrap(item);
            List<Object> cells = u instanceof Tc ? List.of(u) : wrappedCells(u);
            for (Object cell : cells) {
                shown++;
                Where cellWhere = new Where(place + " → ячейка " + shown, append(where.tables(),
                        new Occurrence.TableStep(table, index, cell)), where.boxes());
                blockList(((Tc) cell).getContent(), cellWhere, new int[2]);
            }
        }
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    /** Rows inside content controls or custom XML in a table. */
    static List<Object> wrappedRows(Object u) {
        List<Object> out = new ArrayList<>();
        List<Object> children = wrapperChildren(u);
        if (children != null) {
            for (Object child : children) {
                Object c = Docx.unwrap(child);
                if (c instanceof Tr) {
                    out.add(c);
                } else {
                    out.addAll(wrappedRows(c));
                }
            }
        }
        return out;
    }

    static List<Object> wrappedCells(Object u) {
        List<Object> out = new ArrayList<>();
        List<Object> children = wrapperChildren(u);
        if (children != null) {
            for (Object child : children) {
                Object c = Docx.unwrap(child);
                if (c instanceof Tc) {
                    out.add(c);
                } else {
                    out.addAll(wrappedCells(c));
                }
            }
        }
        return out;
    }

    static List<Object> wrapperChildren(Object u) {
        if (u instanceof org.docx4j.wml.SdtElement sdt) {
            return sdt.getSdtContent() == null ? null : sdt.getSdtContent().getContent();
        }
        if (u instanceof org.docx4j.wml.ContentAccessor accessor && !(u instanceof P) && !(u instanceof Tbl)) {
            return accessor.getContent();
        }
        return null;
    }

    private void paragraph(P p, List<Object> blockList, String place, Where where) {
        TagFinder.Result result = TagFinder.isolate(p);
        long order = Problems.beforeTag(sites.size() + occurrences.size());
        for (TagFinder.BraceProblem problem : result.problems()) {
            problems.add(new TemplateProblem(part, place, "", problem.context(), problem.message(), problem.suggestion()), "", order);
        }
        Map<R, TagFinder.Found> found = new IdentityHashMap<>();
        for (TagFinder.Found tag : result.tags()) {
            if (tag.tracked()) {
                problems.add(new TemplateProblem(part, place, tag.raw(), tag.context(),
                        "тег затронут записанными исправлениями (режим рецензирования)",
                        "примите или отклоните все исправления (Рецензирование → Принять все исправления) и загрузите шаблон снова"),
                        "", order);
            } else {
                found.put(tag.run(), tag);
            }
        }
        List<Occurrence> mine = new ArrayList<>();
        inline(p.getContent(), p, blockList, place, where, found, mine, new int[2]);
        boolean control = ControlParagraphs.isControl(p, id -> isBlockTag(mine, id));
        for (Occurrence o : mine) {
            o.control = control;
        }
    }

    private static boolean isBlockTag(List<Occurrence> mine, int id) {
        for (Occurrence o : mine) {
            if (o.id == id) {
                return o.isBlockTag();
            }
        }
        return false;
    }

    /** counters: [0] text boxes met in this paragraph so far, [1] pictures with tags. */
    private void inline(List<Object> list, P p, List<Object> blockList, String place, Where where,
                        Map<R, TagFinder.Found> found, List<Occurrence> mine, int[] counters) {
        for (Object item : new ArrayList<>(list)) {
            Object u = Docx.unwrap(item);
            if (u instanceof R run) {
                TagFinder.Found tag = found.get(run);
                if (tag != null) {
                    Occurrence o = occurrence(TagParser.parse(tag.raw()), false, place, tag.raw(), tag.context(),
                            p, blockList, list, where);
                    ((org.docx4j.wml.Text) Docx.unwrap(run.getContent().get(0))).setValue(Docx.marker(o.id));
                    mine.add(o);
                } else {
                    pictures(run, p, blockList, list, place, where, mine, counters);
                    textBoxes(run, place, where, counters);
                }
            } else {
                List<Object> children = Docx.inlineChildren(u);
                if (children != null) {
                    inline(children, p, blockList, place, where, found, mine, counters);
                }
            }
        }
    }

    private void pictures(R run, P p, List<Object> blockList, List<Object> list, String place, Where where,
                          List<Occurrence> mine, int[] counters) {
        for (Drawings.Placeholder placeholder : Drawings.placeholders(run)) {
            var docPr = placeholder.docPr();
            boolean inDescr = hasTag(docPr.getDescr());
            // docx4j keeps no title attribute; Writer's «Имя» (the name) is the other place an author can type.
            String alt = inDescr ? docPr.getDescr() : docPr.getName();
            if (!inDescr && !hasTag(alt)) {
                continue;
            }
            counters[1]++;
            String picturePlace = place + " → рисунок" + (counters[1] > 1 ? " " + counters[1] : "");
            String raw = alt.strip();
            Tag tag;
            if (!raw.startsWith("{{") || !raw.endsWith("}}") || raw.indexOf("{{", 2) >= 0) {
                tag = new Tag.Invalid("в замещающем тексте рисунка должен быть ровно один тег и ничего больше",
                        "например {{ график.распределение }}");
            } else {
                tag = TagParser.parse(raw);
            }
            if (tag instanceof Tag.Value value && value.filters().stream().anyMatch(f -> f.filter() != Filter.OPTIONAL)) {
                tag = new Tag.Invalid("у рисунка из фильтров бывает только «пусто»", "например {{ график | пусто }}");
            } else if (Tag.isBlockTag(tag)) {
                tag = new Tag.Invalid("в замещающем тексте рисунка может стоять только поле с рисунком, не блок",
                        "поставьте блок в абзацы вокруг рисунка");
            }
            Occurrence o = occurrence(tag, true, picturePlace, raw, raw, p, blockList, list, where);
            if (inDescr) {
                docPr.setDescr(Docx.marker(o.id));
            } else {
                docPr.setName(Docx.marker(o.id));
            }
            mine.add(o);
        }
    }

    private static boolean hasTag(String text) {
        return text != null && text.contains("{{");
    }

    private void textBoxes(R run, String place, Where where, int[] counters) {
        int base = counters[0];
        int highest = 0;
        for (Drawings.TextBox box : Drawings.textBoxes(run)) {
            int number = base + box.number();
            highest = Math.max(highest, box.number());
            // Both copies of one box (modern and VML) get the same name: their problems then merge.
            Where inBox = new Where(place + " → надпись " + number, where.tables(), append(where.boxes(), nextBox++));
            blockList(box.content().getContent(), inBox, new int[2]);
        }
        counters[0] = base + highest;
    }

    private Occurrence occurrence(Tag tag, boolean picture, String place, String raw, String context, P p,
                                  List<Object> blockList, List<Object> inlineList, Where where) {
        int id = sites.size() + occurrences.size();
        Occurrence o = new Occurrence(id, tag, picture, part, place, raw, context, p, blockList, inlineList,
                where.tables(), where.boxes());
        occurrences.add(o);
        if (tag instanceof Tag.Invalid invalid) {
            problems.add(new TemplateProblem(part, place, raw, context, invalid.message(), invalid.suggestion()), "",
                    Problems.ofTag(id));
        }
        return o;
    }
}
