package ru.vprsvod.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs the block tags of one story and decides what each block spans, from where its tags stand:
 * <ul>
 *   <li>opening and closing tags each alone in their paragraphs, in the same list (the main text, one
 *       cell, one text box) → the paragraphs and tables between them;</li>
 *   <li>both in one paragraph → the text between them;</li>
 *   <li>in different cells of one row, or in different rows of one table → that row or those rows.</li>
 * </ul>
 * Everything else is reported, located, in Russian: unbalanced tags, an {{иначе}} out of place, blocks
 * that cross each other, a tag in a cell merged with rows outside its repeated rows.
 */
final class BlockMatcher {

    record Result(List<BlockSite> blocks, Map<Integer, List<Integer>> scopes) {
    }

    /** A block while matching: its tags, its parent on the stack, and what it spans once classified. */
    private static final class Pending {
        final Occurrence open;
        final Pending parent;
        Occurrence elseTag;
        Occurrence close;
        BlockSite site;
        Occurrence.TableStep table;
        int firstRow;
        int lastRow;
        int elseRow = -1;
        Map<Object, Boolean> mergeCells;

        Pending(Occurrence open, Pending parent) {
            this.open = open;
            this.parent = parent;
        }

        Tag.BlockKind kind() {
            if (open.tag instanceof Tag.Invalid invalid) {
                return invalid.opens();
            }
            return open.tag instanceof Tag.Each ? Tag.BlockKind.EACH : Tag.BlockKind.IF;
        }

        boolean isAncestorOf(Pending other) {
            for (Pending p = other.parent; p != null; p = p.parent) {
                if (p == this) {
                    return true;
                }
            }
            return false;
        }

        int depth() {
            int depth = 0;
            for (Pending p = parent; p != null; p = p.parent) {
                depth++;
            }
            return depth;
        }

        boolean owns(Occurrence o) {
            return o == open || o == elseTag || o == close;
        }
    }

    private final Problems problems;
    private final List<Pending> closed = new ArrayList<>();

    private BlockMatcher(Problems problems) {
        this.problems = problems;
    }

    static Result match(List<Occurrence> tags, int firstId, Problems problems) {
        BlockMatcher matcher = new BlockMatcher(problems);
        matcher.pair(tags);
        List<BlockSite> sites = new ArrayList<>();
        for (Pending block : matcher.closed) {
            if (block.open.tag instanceof Tag.Invalid) {
                continue;
            }
            block.site = matcher.classify(block, firstId + sites.size());
            if (block.site != null) {
                sites.add(block.site);
                block.open.block = block.site.id();
                block.close.block = block.site.id();
                if (block.elseTag != null) {
                    block.elseTag.block = block.site.id();
                }
            }
        }
        matcher.checkNesting();
        Map<Integer, List<Integer>> scopes = matcher.scopes(tags);
        matcher.checkLoopNumbers(tags, scopes, sites);
        return new Result(sites, scopes);
    }

    private void pair(List<Occurrence> tags) {
        Deque<Pending> stack = new ArrayDeque<>();
        for (Occurrence o : tags) {
            boolean brokenOpening = o.tag instanceof Tag.Invalid invalid && invalid.opens() != null;
            if (!o.isBlockTag() && !brokenOpening) {
                continue;
            }
            while (!stack.isEmpty() && !isPrefix(stack.peek().open.boxes, o.boxes)) {
                unclosed(stack.pop());
            }
            if (o.tag instanceof Tag.Each || o.tag instanceof Tag.If || brokenOpening) {
                stack.push(new Pending(o, stack.peek()));
            } else if (o.tag instanceof Tag.Else) {
                Pending top = stack.peek();
                if (top == null || !top.open.boxes.equals(o.boxes)) {
                    report(o, "{{иначе}} вне блока {{#если}}", "иначе ставится между {{#если …}} и {{/если}}");
                } else if (top.kind() == Tag.BlockKind.EACH) {
                    report(o, "{{иначе}} внутри {{#каждый}}: иначе бывает только в блоке {{#если}}", "");
                } else if (top.elseTag != null) {
                    report(o, "второй {{иначе}} в одном блоке {{#если}}", "");
                } else {
                    top.elseTag = o;
                }
            } else {
                close(stack, o, ((Tag.End) o.tag).kind());
            }
        }
        while (!stack.isEmpty()) {
            unclosed(stack.pop());
        }
    }

    private void close(Deque<Pending> stack, Occurrence o, Tag.BlockKind kind) {
        Pending match = null;
        for (Pending p : stack) {
            if (!p.open.boxes.equals(o.boxes)) {
                break;
            }
            if (p.kind() == kind) {
                match = p;
                break;
            }
        }
        if (match == null) {
            report(o, "{{/" + kind.word() + "}} без {{#" + kind.word() + "}}",
                    "удалите лишний закрывающий тег или добавьте открывающий {{#" + kind.word() + " …}} выше");
            return;
        }
        while (stack.peek() != match) {
            unclosed(stack.pop());
        }
        stack.pop();
        match.close = o;
        closed.add(match);
    }

    private void unclosed(Pending block) {
        if (block.open.tag instanceof Tag.Invalid) {
            return;
        }
        String word = block.kind().word();
        report(block.open, "блок {{#" + word + "}} не закрыт: нет {{/" + word + "}}",
                "поставьте {{/" + word + "}} там, где блок кончается");
    }

    private static boolean isPrefix(List<Integer> prefix, List<Integer> of) {
        return prefix.size() <= of.size() && of.subList(0, prefix.size()).equals(prefix);
    }

    private BlockSite classify(Pending b, int id) {
        Occurrence open = b.open;
        Occurrence close = b.close;
        Occurrence otherwise = b.elseTag;
        Tag.BlockKind kind = b.kind();
        int elseId = otherwise == null ? -1 : otherwise.id;
        BlockSite site;
        if (open.control && close.control && open.blockList == close.blockList) {
            if (otherwise != null && !(otherwise.control && otherwise.blockList == open.blockList)) {
                report(otherwise, "{{иначе}} должен стоять в отдельном абзаце на том же уровне, что {{#если}} и {{/если}}", "");
                return null;
            }
            site = new BlockSite(id, kind, BlockSite.Level.PARAGRAPHS, -1, open.id, elseId, close.id);
        } else if (open.paragraph == close.paragraph) {
            if (open.inlineList != close.inlineList || otherwise != null && otherwise.inlineList != open.inlineList) {
                report(open, "теги блока внутри одного абзаца должны стоять на одном уровне, не внутри гиперссылки, поля или элемента управления", "");
                return null;
            }
            site = new BlockSite(id, kind, BlockSite.Level.INLINE, -1, open.id, elseId, close.id);
        } else {
            int depth = commonTable(open, close);
            if (depth < 0) {
                report(open, "непонятно, что повторять: открывающий и закрывающий теги блока стоят в разных местах документа",
                        "поставьте их в одном абзаце, каждый в отдельном абзаце на одном уровне (вокруг абзацев или целой таблицы) или в строках одной таблицы");
                return null;
            }
            b.table = open.tables.get(depth);
            b.firstRow = open.tables.get(depth).row();
            b.lastRow = close.tables.get(depth).row();
            if (b.firstRow < 0 || b.lastRow < 0) {
                report(open, "строки внутри элемента управления содержимым нельзя повторять", "удалите элемент управления вокруг строк");
                return null;
            }
            if (otherwise != null) {
                boolean sameTable = otherwise.tables.size() > depth && otherwise.tables.get(depth).table() == b.table.table();
                b.elseRow = sameTable ? otherwise.tables.get(depth).row() : -1;
                if (!sameTable || b.elseRow <= b.firstRow || b.elseRow > b.lastRow) {
                    report(otherwise, "{{иначе}} в условии по строкам таблицы должен стоять в одной из следующих строк той же таблицы",
                            "строки от {{#если}} до строки с {{иначе}} показываются, когда условие верно, остальные — когда нет");
                    return null;
                }
            }
            site = new BlockSite(id, kind, BlockSite.Level.ROWS, depth, open.id, elseId, close.id);
            checkMerges(b);
        }
        if (open.tag instanceof Tag.Each each) {
            if (each.separator() != null && site.level() != BlockSite.Level.INLINE) {
                report(open, "параметр «через» действует только при повторении текста внутри одного абзаца", "");
            }
            if (each.restartNumbering() && site.level() == BlockSite.Level.INLINE) {
                report(open, "параметр «нумерация_заново» действует на повторяемые абзацы и строки, а не на текст внутри абзаца", "");
            }
        }
        return site;
    }

    /** The index of the innermost table holding both tags, or -1. */
    private static int commonTable(Occurrence a, Occurrence b) {
        int depth = -1;
        for (int k = 0; k < Math.min(a.tables.size(), b.tables.size()); k++) {
            if (a.tables.get(k).table() != b.tables.get(k).table()) {
                break;
            }
            depth = k;
        }
        if (depth >= 0 && !a.boxes.equals(b.boxes)) {
            return -1;
        }
        return depth;
    }

    /** Cells merged across the edge of the repeated rows; a value tag in one is reported in {@link #scopes}. */
    private static void checkMerges(Pending b) {
        Map<Object, Boolean> crossing = Merges.crossing(b.table.table(), b.firstRow, b.lastRow);
        b.mergeCells = crossing.isEmpty() ? null : crossing;
    }

    private void checkNesting() {
        List<Pending> rows = new ArrayList<>();
        for (Pending c : closed) {
            if (c.site == null) {
                continue;
            }
            Pending b = c.parent;
            if (c.site.level() == BlockSite.Level.ROWS) {
                rows.add(c);
                if (b != null && b.site != null) {
                    boolean sameTable = b.site.level() == BlockSite.Level.ROWS && b.table.table() == c.table.table();
                    if (sameTable) {
                        if (b.elseRow >= 0 && c.firstRow < b.elseRow && c.lastRow >= b.elseRow) {
                            report(c.open, "блок по строкам пересекает {{иначе}} внешнего блока {{#если}}", "");
                        }
                    } else if (b.open.tables.stream().anyMatch(t -> t.table() == c.table.table())) {
                        report(c.open, "строки таблицы нельзя повторять блоком, вложенным в блок внутри ячейки этой же таблицы",
                                "поставьте открывающий и закрывающий теги внешнего блока в разные строки таблицы");
                    }
                }
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                Pending a = rows.get(i);
                Pending c = rows.get(j);
                if (a.table.table() == c.table.table() && !a.isAncestorOf(c) && !c.isAncestorOf(a)
                        && a.firstRow <= c.lastRow && c.firstRow <= a.lastRow) {
                    Pending later = a.open.id < c.open.id ? c : a;
                    report(later.open, "два блока по строкам одной таблицы делят строку",
                            "закройте первый блок в строке выше той, где открывается второй");
                }
            }
        }
    }

    /**
     * The blocks around every tag, outermost first. For text and paragraph blocks that is what lies
     * between their tags; for row blocks, everything in their rows, even before the opening tag.
     */
    private Map<Integer, List<Integer>> scopes(List<Occurrence> tags) {
        Map<Integer, List<Integer>> scopes = new HashMap<>();
        List<Pending> valid = new ArrayList<>();
        for (Pending p : closed) {
            if (p.site != null) {
                valid.add(p);
            }
        }
        for (Occurrence t : tags) {
            List<Pending> around = new ArrayList<>();
            Pending own = null;
            for (Pending b : valid) {
                if (b.owns(t)) {
                    own = b;
                }
            }
            for (Pending b : valid) {
                if (encloses(b, t, own)) {
                    around.add(b);
                }
            }
            around.sort(Comparator.comparingInt(Pending::depth)
                    .thenComparing(p -> p.site.level() == BlockSite.Level.ROWS ? 0 : 1)
                    .thenComparingInt(p -> p.open.id));
            List<Integer> ids = new ArrayList<>();
            for (Pending b : around) {
                ids.add(b.site.id());
                if (b.mergeCells != null && inMergedCell(b, t)) {
                    report(t, "тег стоит в ячейке, объединённой по вертикали со строкой вне повторяемых строк",
                            "разъедините эту ячейку (Макет → Разделить ячейки) или вынесите тег в необъединённую ячейку");
                }
            }
            scopes.put(t.id, ids);
        }
        return scopes;
    }

    private static boolean encloses(Pending b, Occurrence t, Pending own) {
        if (b.owns(t)) {
            return false;
        }
        if (own != null && own.isAncestorOf(b)) {
            // A block never encloses the tags of the blocks around it, even when they share a row.
            return false;
        }
        if (b.site.level() != BlockSite.Level.ROWS) {
            return t.id > b.open.id && t.id < b.close.id;
        }
        int depth = b.site.tableDepth();
        if (t.tables.size() <= depth || t.tables.get(depth).table() != b.table.table()) {
            return false;
        }
        int row = t.tables.get(depth).row();
        return row >= b.firstRow && row <= b.lastRow;
    }

    private static boolean inMergedCell(Pending b, Occurrence t) {
        int depth = b.site.tableDepth();
        return t.tables.size() > depth && t.tables.get(depth).table() == b.table.table()
                && b.mergeCells.containsKey(t.tables.get(depth).cell());
    }

    /** «№школа» must stand inside a loop over «школа»; this needs no data, so it is found on upload. */
    private void checkLoopNumbers(List<Occurrence> tags, Map<Integer, List<Integer>> scopes, List<BlockSite> sites) {
        Map<Integer, String> variables = new HashMap<>();
        for (Pending p : closed) {
            if (p.site != null && p.open.tag instanceof Tag.Each each) {
                variables.put(p.site.id(), each.variable());
            }
        }
        for (Occurrence t : tags) {
            List<String> needed = new ArrayList<>();
            LoopNumbers.collect(t.tag, needed);
            for (String variable : needed) {
                boolean found = scopes.get(t.id).stream().anyMatch(id -> variable.equals(variables.get(id)));
                if (!found) {
                    ValueError error = Messages.noLoop(variable);
                    report(t, error.getMessage(), error.suggestion());
                }
            }
        }
    }

    private void report(Occurrence o, String message, String suggestion) {
        problems.add(new TemplateProblem(o.part, o.place, o.raw, o.context, message, suggestion), "", Problems.ofTag(o.id));
    }
}
