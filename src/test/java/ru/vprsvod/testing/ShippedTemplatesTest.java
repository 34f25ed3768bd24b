package ru.vprsvod.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The templates shipped in templates/ are exactly what {@link ExampleTemplates} writes: they can always be rebuilt. */
class ShippedTemplatesTest {

    @Test
    void theShippedTemplatesAreTheBuildersOutput(@TempDir Path dir) throws IOException {
        ExampleTemplates.main(new String[] {dir.toString()});
        List<Path> built;
        try (Stream<Path> files = Files.list(dir)) {
            built = files.sorted().toList();
        }
        assertEquals(11, built.size());
        for (Path file : built) {
            Map<String, String> fresh = entries(file);
            Map<String, String> shipped = entries(Path.of("templates").resolve(file.getFileName()));
            List<String> differ = fresh.keySet().stream().filter(k -> !fresh.get(k).equals(shipped.get(k))).toList();
            assertEquals(List.of(), differ, file.getFileName() + " differs from what ExampleTemplates writes: regenerate the"
                    + " shipped templates (README, «Developers»)");
            assertEquals(fresh.keySet(), shipped.keySet());
        }
    }

    /**
     * Each part as docx4j sees it, marshalled in this JVM (pictures by their hash). Comparing the raw XML would fail
     * by chance: JAXB picks namespace prefixes by what was loaded earlier in the same JVM.
     */
    private static Map<String, String> entries(Path docx) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try {
            var pkg = org.docx4j.openpackaging.packages.WordprocessingMLPackage.load(docx.toFile());
            for (var e : pkg.getParts().getParts().entrySet()) {
                var part = e.getValue();
                String name = e.getKey().getName();
                if (part instanceof org.docx4j.openpackaging.parts.JaxbXmlPart<?> xml) {
                    entries.put(name, xml.getXML());
                } else if (part instanceof org.docx4j.openpackaging.parts.WordprocessingML.BinaryPart binary) {
                    entries.put(name, Integer.toHexString(java.util.Arrays.hashCode(binary.getBytes())));
                } else {
                    entries.put(name, part.getClass().getSimpleName());
                }
            }
        } catch (org.docx4j.openpackaging.exceptions.Docx4JException e) {
            throw new IOException("cannot open " + docx, e);
        }
        return entries;
    }
}
