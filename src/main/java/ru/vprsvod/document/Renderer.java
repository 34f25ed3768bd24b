package ru.vprsvod.document;

import java.util.ArrayList;
import java.util.List;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Tr;

/**
 * Fills one freshly opened copy of a marked template. Works list by list (the main text, a cell, a
 * paragraph's runs, a table's rows): each list becomes {@link Slot}s, blocks are evaluated over ranges of
 * slots, and every item is rendered in place. Items are copied only when a loop needs them again, so a
 * document without loops is never copied at all.
 */
final class Renderer {

    private final Plan plan;
    private final Problems problems;
    private final Pictures pictures;
    private final NumberingRestarts numbering;
    private Part part;

    Renderer(WordprocessingMLPackage pkg, Plan plan, Problems problems) {
        this.plan = plan;
        this.problems = problems;
        this.pictures = new Pictures(pkg);
        this.numbering = new NumberingRestarts(pkg);
    }

    /** After every story: what only the whole document can settle. */
    void finish() {
        pictures.dropReplaced();
    }

    void render(Story story, Scope scope) {
        part = story.part();
        // Like a cell, a story must end with a paragraph: Word rejects a header or body ending in a table.
        cellContent(story.content(), scope, 0);
    }

    private static void replace(List<Object> target, List<Object> content) {
        target.clear();
        target.addAll(content);
    }

    // ---- lists of paragraphs and tables ----

    private List<Object> blockList(List<Object> items, Scope scope, int depth) {
        List<Slot> slots = new ArrayList<>();
        for (Object item : items) {
            if (Docx.unwrap(item) instanceof P p && ControlParagraphs.isControl(p, plan::isBlockTag)) {
                slots.addAll(ControlParagraphs.explode(p));
            } else {
                slots.add(new Slot.Item(item));
            }
        }
        return slots(slots, scope, false, BlockSite.Level.PARAGRAPHS, depth);
    }

    /** A cell and a text box must end with a paragraph; the control paragraphs taken out may leave none. */
    private void cellContent(List<Object> content, Scope scope, int depth) {
        P lastParagraph = null;
        for (Object item : content) {
            if (Docx.unwrap(item) instanceof P p) {
                lastParagraph = p;
            }
        }
        List<Object> out = blockList(content, scope, depth);
        if (out.isEmpty() || !(Docx.unwrap(out.get(out.size() - 1)) instanceof P)) {
            out.add(ControlParagraphs.emptyLike(lastParagraph));
        }
        replace(content, out);
    }

    private List<Object> slots(List<Slot> slots, Scope scope, boolean copy, BlockSite.Level level, int depth) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            if (slot instanceof Slot.Item item) {
                Object object = copy ? Docx.copy(item.item()) : item.item();
                out.addAll(item(object, scope, level, depth));
            } else if (slot instanceof Slot.PageBreak) {
                PageBreaks.add(out);
            } else {
                Slot.Control control = (Slot.Control) slot;
                BlockSite block = plan.blockOf(control.tag());
                if (block == null || block.level() != level || block.open() != control.tag()) {
                    continue;
                }
                int close = find(slots, i + 1, block.close());
                int otherwise = block.elseTag() < 0 ? -1 : find(slots, i + 1, block.elseTag());
                if (close < 0 || otherwise > close) {
                    throw new IllegalStateException("block " + block.id() + " lost its closing tag in rendering");
                }
                List<Slot> then = slots.subList(i + 1, otherwise >= 0 ? otherwise : close);
                List<Slot> orElse = otherwise >= 0 ? slots.subList(otherwise + 1, close) : List.of();
                out.addAll(block(block, control, then, orElse, scope, copy, depth));
                i = close;
            }
        }
        return out;
    }

    private static int find(List<Slot> slots, int from, int tag) {
        for (int i = from; i < slots.size(); i++) {
            if (slots.get(i) instanceof Slot.Control control && control.tag() == tag) {
                return i;
            }
        }
        return -1;
    }

    private List<Object> block(BlockSite block, Slot.Control open, List<Slot> then, List<Slot> orElse, Scope scope,
                               boolean copy, int depth) {
        TagSite site = plan.tag(block.open());
        if (site.tag() instanceof Tag.If condition) {
            Evaluator.Outcome<Boolean> outcome = Evaluator.condition(condition, scope);
            if (!outcome.isOk()) {
                problems.add(site, outcome.problem(), outcome.suggestion(), scope.where());
                return List.of();
            }
            return slots(outcome.value() ? then : orElse, scope, copy, block.level(), depth);
        }
        Tag.Each each = (Tag.Each) site.tag();
        Evaluator.Outcome<List<?>> outcome = Evaluator.list(each, scope);
        if (!outcome.isOk()) {
            problems.add(site, outcome.problem(), outcome.suggestion(), scope.where());
            return List.of();
        }
        List<?> items = outcome.value();
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            boolean last = i == items.size() - 1;
            if (i > 0 && each.separator() != null && block.level() == BlockSite.Level.INLINE) {
                String separator = last && each.lastSeparator() != null ? each.lastSeparator() : each.separator();
                out.add(Docx.textRun(((R) Docx.unwrap(open.source())).getRPr(), Docx.clean(separator)));
            }
            Scope inner = scope.enter(each.variable(), items.get(i), i + 1);
            List<Object> produced = slots(then, inner, copy || !last, block.level(), depth);
            if (each.restartNumbering()) {
                numbering.restart(produced);
            }
            if (last && block.level() == BlockSite.Level.PARAGRAPHS) {
                PageBreaks.stripTrailing(produced);
            }
            out.addAll(produced);
        }
        return out;
    }

    // ---- single items ----

    private List<Object> item(Object item, Scope scope, BlockSite.Level level, int depth) {
        Object u = Docx.unwrap(item);
        switch (level) {
            case INLINE -> {
                if (u instanceof R run) {
                    return run(item, run, scope, depth);
                }
                List<Object> inline = Docx.inlineChildren(u);
                if (inline != null) {
                    replace(inline, inline(inline, scope, depth));
                }
            }
            case ROWS -> {
                if (u instanceof Tr row) {
                    row(row, scope, depth);
                } else {
                    for (Object wrapped : Analyzer.wrappedRows(u)) {
                        row((Tr) wrapped, scope, depth);
                    }
                }
            }
            case PARAGRAPHS -> {
                if (u instanceof P p) {
                    boolean onlyTags = Paragraphs.onlyTags(p, plan);
                    paragraph(p, scope, depth);
                    if (onlyTags && Paragraphs.isBlank(p)) {
                        return List.of();
                    }
                } else if (u instanceof Tbl table) {
                    return table(item, table, scope, depth);
                } else {
                    List<Object> children = Docx.blockChildren(u);
                    if (children != null) {
                        replace(children, blockList(children, scope, depth));
                    }
                }
            }
        }
        return List.of(item);
    }

    private void paragraph(P p, Scope scope, int depth) {
        replace(p.getContent(), inline(p.getContent(), scope, depth));
    }

    private List<Object> inline(List<Object> items, Scope scope, int depth) {
        List<Slot> slots = new ArrayList<>();
        for (Object item : items) {
            int id = Docx.markerOf(item);
            if (id >= 0 && plan.isBlockTag(id)) {
                slots.add(new Slot.Control(id, item));
            } else {
                slots.add(new Slot.Item(item));
            }
        }
        return slots(slots, scope, false, BlockSite.Level.INLINE, depth);
    }

    private List<Object> run(Object item, R run, Scope scope, int depth) {
        int id = Docx.markerOf(run);
        if (id >= 0) {
            return value(item, run, plan.tag(id), scope);
        }
        for (Drawings.Placeholder placeholder : Drawings.placeholders(run)) {
            int tag = Math.max(Docx.markerId(placeholder.docPr().getDescr()), Docx.markerId(placeholder.docPr().getName()));
            if (tag >= 0) {
                picture(run, placeholder, plan.tag(tag), scope);
            }
        }
        for (Drawings.TextBox box : Drawings.textBoxes(run)) {
            cellContent(box.content().getContent(), scope, depth);
        }
        return run.getContent().isEmpty() ? List.of() : List.of(item);
    }

    private List<Object> value(Object item, R run, TagSite site, Scope scope) {
        Evaluator.Outcome<String> outcome = Evaluator.text((Tag.Value) site.tag(), scope);
        if (!outcome.isOk()) {
            problems.add(site, outcome.problem(), outcome.suggestion(), scope.where());
            return List.of();
        }
        String text = Docx.clean(outcome.value());
        if (text.isEmpty()) {
            return List.of();
        }
        run.getContent().clear();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int line = 0; line < lines.length; line++) {
            if (line > 0) {
                run.getContent().add(Docx.WML.createBr());
            }
            String[] cells = lines[line].split("\t", -1);
            for (int c = 0; c < cells.length; c++) {
                if (c > 0) {
                    run.getContent().add(Docx.WML.createRTab(Docx.WML.createRTab()));
                }
                if (!cells[c].isEmpty()) {
                    run.getContent().add(Docx.WML.createRT(Docx.text(cells[c])));
                }
            }
        }
        return List.of(item);
    }

    private void picture(R run, Drawings.Placeholder placeholder, TagSite site, Scope scope) {
        Evaluator.Outcome<Picture> outcome = Evaluator.picture((Tag.Value) site.tag(), scope);
        if (!outcome.isOk()) {
            problems.add(site, outcome.problem(), outcome.suggestion(), scope.where());
            return;
        }
        if (outcome.value() == null) {
            Pictures.remove(run, placeholder);
            return;
        }
        String problem = pictures.place(placeholder, outcome.value(), part);
        if (problem != null) {
            problems.add(site, problem, "", scope.where());
        }
    }

    // ---- tables ----

    private List<Object> table(Object item, Tbl table, Scope scope, int depth) {
        List<Object> rows = table.getContent();
        boolean hadRows = rows.stream().anyMatch(r -> Docx.unwrap(r) instanceof Tr);
        List<Slot> slots = new ArrayList<>();
        for (Object row : rows) {
            List<Slot> before = new ArrayList<>();
            List<Slot> after = new ArrayList<>();
            if (Docx.unwrap(row) instanceof Tr tr) {
                Tree.walk(tr.getContent(), (node, parent, element) -> {
                    int id = Docx.markerOf(node);
                    BlockSite block = id < 0 ? null : plan.blockOf(id);
                    if (block != null && block.level() == BlockSite.Level.ROWS && block.tableDepth() == depth) {
                        (id == block.close() ? after : before).add(new Slot.Control(id, node));
                    }
                });
            }
            slots.addAll(before);
            slots.add(new Slot.Item(row));
            slots.addAll(after);
        }
        replace(rows, slots(slots, scope, false, BlockSite.Level.ROWS, depth));
        if (hadRows && rows.stream().noneMatch(r -> Docx.unwrap(r) instanceof Tr)) {
            return List.of();
        }
        return List.of(item);
    }

    private void row(Tr row, Scope scope, int depth) {
        for (Object item : row.getContent()) {
            Object u = Docx.unwrap(item);
            List<Object> cells = u instanceof Tc ? List.of(u) : Analyzer.wrappedCells(u);
            for (Object cell : cells) {
                cellContent(((Tc) cell).getContent(), scope, depth + 1);
            }
        }
    }
}
