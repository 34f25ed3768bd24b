package ru.vprsvod.document;

import java.util.List;

/**
 * What the analysis of a template learnt about one tag: what it means and where a user finds it.
 * Holds no docx4j objects, so a template can keep these for its whole life.
 *
 * @param id       the number in the tag's marker
 * @param picture  true for a tag in a picture's alternative text
 * @param block    the block this tag opens, splits or closes; -1 for a value tag
 * @param scope    the blocks around the tag, outermost first (what loop variables it sees)
 */
record TagSite(int id, Tag tag, boolean picture, String part, String place, String raw, String context,
               int block, List<Integer> scope) {

    TagSite {
        scope = List.copyOf(scope);
    }
}
