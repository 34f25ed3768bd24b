package ru.vprsvod.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import ru.vprsvod.testing.Protocol;

/** Workbooks as bytes, for sending through the forms. */
final class Uploading {

    private Uploading() {
    }

    static byte[] xlsx(Protocol protocol) {
        try {
            Path file = Files.createTempFile("upload-", ".xlsx");
            try {
                protocol.write(file);
                return Files.readAllBytes(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
