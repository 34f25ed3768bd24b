package ru.vprsvod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.consolidation.ReceivedFile;
import ru.vprsvod.testing.MutableClock;
import ru.vprsvod.testing.Protocol;

/**
 * XML external entities, tried in every XML part of an .xlsx and an .ods sent through the real service: no
 * parser reads a local file or opens a connection, and nothing of the secret reaches a receipt, the database
 * or the outbox. Each part is tried on its own, so every parser that reads some part is tried.
 */
class ExternalEntitiesTest {

    private static final Object[] FULL = {1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 2};
    private static final String SECRET = "СЕКРЕТНОЕ-СОДЕРЖИМОЕ-42";

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("try") // each accepted connection is only counted, then closed
    void noParserFollowsAnExternalEntityInAnyPartOfAnXlsxOrOds() throws Exception {
        Department d = new Department(dir);
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread listener = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket ignored = server.accept()) {
                        connections.incrementAndGet();
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            listener.setDaemon(true);
            listener.start();
            String doctype = "<!DOCTYPE r [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\"><!ENTITY remote SYSTEM"
                    + " \"http://127.0.0.1:" + server.getLocalPort() + "/xxe\"><!ENTITY % p SYSTEM \"http://127.0.0.1:"
                    + server.getLocalPort() + "/dtd\"> %p;]>";

            List<String> names = new ArrayList<>();
            for (String format : List.of("xlsx", "ods")) {
                Path plain = Protocol.math4().pupil(40001, "4А", 5, FULL).write(dir.resolve("plain." + format));
                try (ZipFile zip = new ZipFile(plain.toFile())) {
                    for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                        String part = e.nextElement().getName();
                        if (part.endsWith(".xml") || part.endsWith(".rels")) {
                            String name = "edu990001_Математика_4_2026 (" + format + " " + part.replace('/', '_') + ")." + format;
                            withEntities(zip, part, doctype, d.inbox.resolve(name));
                            names.add(name);
                        }
                    }
                }
            }

            try (App app = d.open(d.settings(), MutableClock.spring2026())) {
                List<ReceivedFile> files = app.pipeline().runOnce().files();
                assertEquals(names.size(), files.size());
                for (ReceivedFile file : files) {
                    String receipt = Files.readString(d.outbox.resolve(file.receiptPath()), StandardCharsets.UTF_8);
                    assertTrue(!receipt.contains(SECRET), file.originalName());
                }
                System.out.printf("%n=== External entities: %d parts tried (%d rejected, %d read without the entity)%n",
                        files.size(), files.stream().filter(f -> !f.status().accepted()).count(),
                        files.stream().filter(f -> f.status().accepted()).count());
            }
            assertEquals(0, connections.get(), "a parser fetched an external entity or DTD");
        }
        for (Path file : Department.filesUnder(d.outbox)) {
            assertTrue(!new String(Files.readAllBytes(file), StandardCharsets.UTF_8).contains(SECRET), file.toString());
        }
        assertTrue(!new String(Files.readAllBytes(d.data.resolve("vpr-svod.db")), StandardCharsets.UTF_8).contains(SECRET));
    }

    /** A copy of the package with a DOCTYPE declaring external entities in one part, and a reference to them. */
    private static void withEntities(ZipFile zip, String part, String doctype, Path target) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                byte[] content = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(part)) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int declarationEnd = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
                    int rootEnd = xml.indexOf('>', xml.indexOf('<', declarationEnd + 1)) + 1;
                    xml = xml.substring(0, declarationEnd) + doctype + xml.substring(declarationEnd, rootEnd) + "&secret;&remote;"
                            + xml.substring(rootEnd);
                    content = xml.getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                out.putNextEntry(copy);
                out.write(content);
                out.closeEntry();
            }
        }
        Files.write(target, bytes.toByteArray());
    }
}
