package ru.vprsvod.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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
        assertEquals(6, built.size());
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
     * Each entry's content as text (parts are XML; a picture is compared by its hash). The order in which JAXB declares
     * namespaces changes from one JVM to another, so the declarations are left out.
     */
    private static Map<String, String> entries(Path docx) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                byte[] bytes = zip.readAllBytes();
                entries.put(e.getName(), e.getName().endsWith(".png") ? Integer.toHexString(java.util.Arrays.hashCode(bytes))
                        : new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replaceAll(" xmlns(:\\w+)?=\"[^\"]*\"", "")
                                .replaceAll(" mc:Ignorable=\"[^\"]*\"", ""));
            }
        }
        return entries;
    }
}
