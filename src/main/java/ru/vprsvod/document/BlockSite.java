package ru.vprsvod.document;

/**
 * One {@code {{#каждый}}} or {{#если}} block and what it spans.
 *
 * @param level      what repeats or is shown: paragraphs (and tables) between tags standing alone in their
 *                   paragraphs, rows of a table, or text inside one paragraph
 * @param tableDepth for rows: how many tables enclose the table whose rows these are (0 for a top-level table)
 * @param elseTag    the {{иначе}} tag, or -1
 */
record BlockSite(int id, Tag.BlockKind kind, Level level, int tableDepth, int open, int elseTag, int close) {

    enum Level { PARAGRAPHS, ROWS, INLINE }
}
