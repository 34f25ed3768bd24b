package ru.vprsvod.document;

/**
 * One position in a list being rendered: a piece of the document, a block tag (from a paragraph that
 * held only block tags, from a run, or placed around table rows), or a page break that stood in a
 * paragraph of block tags and must survive it.
 */
sealed interface Slot {

    record Item(Object item) implements Slot {
    }

    /** @param source the run or paragraph the tag came from (its formatting is reused), or null */
    record Control(int tag, Object source) implements Slot {
    }

    record PageBreak() implements Slot {
    }
}
