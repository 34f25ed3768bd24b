package ru.vprsvod.document;

import java.util.List;
import org.docx4j.wml.P;
import org.docx4j.wml.Tbl;

/**
 * A tag met during the analysis walk, with where it stands in the JAXB tree. Lives only while a template
 * is analysed; what is kept afterwards is its {@link TagSite}.
 */
final class Occurrence {

    /** One table around the tag: the table, the index of the row in the table's content list (-1 when the
     *  row is wrapped in a content control and cannot be repeated), and the cell. */
    record TableStep(Tbl table, int row, Object cell) {
    }

    final int id;
    final Tag tag;
    final boolean picture;
    final String part;
    final String place;
    final String raw;
    final String context;
    final P paragraph;
    final List<Object> blockList;
    final List<Object> inlineList;
    final List<TableStep> tables;
    final List<Integer> boxes;
    boolean control;
    int block = -1;

    Occurrence(int id, Tag tag, boolean picture, String part, String place, String raw, String context, P paragraph,
               List<Object> blockList, List<Object> inlineList, List<TableStep> tables, List<Integer> boxes) {
        this.id = id;
        this.tag = tag;
        this.picture = picture;
        this.part = part;
        this.place = place;
        this.raw = raw;
        this.context = context;
        this.paragraph = paragraph;
        this.blockList = blockList;
        this.inlineList = inlineList;
        this.tables = List.copyOf(tables);
        this.boxes = List.copyOf(boxes);
    }

    boolean isBlockTag() {
        return !picture && Tag.isBlockTag(tag);
    }
}
