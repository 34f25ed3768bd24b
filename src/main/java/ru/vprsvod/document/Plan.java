package ru.vprsvod.document;

import java.util.List;

/**
 * Everything the analysis of a template found: each tag by its marker number, each block, and the
 * problems that need no data to be seen, in document order (with their order numbers, so later passes can
 * put their own problems among them). Immutable and free of docx4j objects, so one plan serves any
 * number of renderings, also at the same time.
 */
record Plan(List<TagSite> tags, List<BlockSite> blocks, List<TemplateProblem> problems, List<Long> problemOrder) {

    Plan {
        tags = List.copyOf(tags);
        blocks = List.copyOf(blocks);
        problems = List.copyOf(problems);
        problemOrder = List.copyOf(problemOrder);
        if (problemOrder.size() != problems.size()) {
            throw new IllegalStateException(problems.size() + " problems but " + problemOrder.size() + " orders");
        }
        for (int i = 0; i < tags.size(); i++) {
            if (tags.get(i).id() != i) {
                throw new IllegalStateException("tag " + i + " has id " + tags.get(i).id());
            }
        }
    }

    TagSite tag(int id) {
        return tags.get(id);
    }

    BlockSite block(int id) {
        return blocks.get(id);
    }

    /** The block this tag belongs to (opens, splits or closes), or null. */
    BlockSite blockOf(int tagId) {
        int block = tags.get(tagId).block();
        return block < 0 ? null : blocks.get(block);
    }

    boolean isBlockTag(int tagId) {
        TagSite site = tags.get(tagId);
        return !site.picture() && Tag.isBlockTag(site.tag());
    }
}
