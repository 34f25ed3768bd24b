package ru.vprsvod.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.DocxWriter;

/**
 * The pool against real LibreOffice processes (skipped where LibreOffice is not installed) and against a stand-in
 * program that never finishes, for the timeout.
 */
class PdfConverterIT {

    /** Shared, so the workers' LibreOffice profiles are made once for the class (that takes a few seconds). */
    @TempDir
    static Path dir;

    private static boolean libreOffice() {
        return Office.find(null).isPresent();
    }

    private byte[] docx(String text) throws Exception {
        Path file = dir.resolve("source-" + text.hashCode() + ".docx");
        new DocxWriter().paragraph(text).save(file);
        return Files.readAllBytes(file);
    }

    @Test
    void documentsAreConvertedInBatchesAndEachProcessTakesAtMostItsShare() throws Exception {
        assumeTrue(libreOffice(), "LibreOffice is not installed");
        PdfConverter pdf = PdfConverter.start(null, dir.resolve("pdf"), new PdfConverter.Options(1, Duration.ofSeconds(60),
                Duration.ofSeconds(60), 2));
        try {
            assertTrue(pdf.available(), pdf.status());
            assertTrue(pdf.status().startsWith("PDF формирует LibreOffice"), pdf.status());
            List<CompletableFuture<PdfResult>> results = new ArrayList<>();
            for (String text : List.of("Приказ № 1", "Приказ № 2", "Приказ № 3")) {
                results.add(pdf.convert(text, docx(text)));
            }
            for (CompletableFuture<PdfResult> result : results) {
                PdfResult.Converted converted = assertInstanceOf(PdfResult.Converted.class, result.get(3, TimeUnit.MINUTES));
                assertTrue(new String(converted.pdf(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
            }
            assertEquals(2, pdf.processesStarted(), "two documents in the first process, the third in a new one");
        } finally {
            pdf.close();
        }
        try (var left = Files.list(dir.resolve("pdf").resolve("worker-1"))) {
            assertEquals(List.of("profile"), left.map(p -> p.getFileName().toString()).toList(), "no job folder left");
        }
    }

    /** The README's default data folder is relative («data»): no PDF was ever made with it (a regression test). */
    @Test
    void aRelativeDataFolderGivesPdfsToo() throws Exception {
        assumeTrue(libreOffice(), "LibreOffice is not installed");
        Path relative = Path.of("").toAbsolutePath().relativize(dir.resolve("relative").toAbsolutePath());
        assertFalse(relative.isAbsolute());
        try (PdfConverter pdf = PdfConverter.start(null, relative.resolve("pdf"), PdfConverter.Options.defaults())) {
            PdfResult result = pdf.convert("Распоряжение", docx("Распоряжение о проведении ВПР")).get(3, TimeUnit.MINUTES);
            assertInstanceOf(PdfResult.Converted.class, result, result.toString());
        }
    }

    @Test
    void aDamagedDocumentFailsWithAReasonAndTheOthersAreStillConverted() throws Exception {
        assumeTrue(libreOffice(), "LibreOffice is not installed");
        try (PdfConverter pdf = PdfConverter.start(null, dir.resolve("pdf"), PdfConverter.Options.defaults())) {
            CompletableFuture<PdfResult> damaged = pdf.convert("damaged", "PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1));
            CompletableFuture<PdfResult> good = pdf.convert("good", docx("Распоряжение"));
            PdfResult.Failed failed = assertInstanceOf(PdfResult.Failed.class, damaged.get(3, TimeUnit.MINUTES));
            assertTrue(failed.reason().startsWith("LibreOffice не смог преобразовать документ"), failed.reason());
            assertInstanceOf(PdfResult.Converted.class, good.get(3, TimeUnit.MINUTES));
        }
    }

    @Test
    void aDocumentThatTakesTooLongIsGivenUpAndItsProcessKilled() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell for the stand-in program");
        // A stand-in for soffice: answers --version like LibreOffice, then hangs on every conversion.
        Path program = dir.resolve("slow-soffice");
        Files.deleteIfExists(dir.resolve("pid"));
        Files.writeString(program, "#!/bin/sh\nif [ \"$1\" = \"--version\" ]; then echo 'LibreOffice 0.0 (stand-in)'; exit 0; fi\n"
                + "echo $$ > \"" + dir.resolve("pid") + "\"\nexec sleep 300\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwx------"));
        PdfConverter pdf = PdfConverter.start(program, dir.resolve("stand-in"), new PdfConverter.Options(1, Duration.ofSeconds(1),
                Duration.ofSeconds(1), 20));
        try {
            assertEquals("PDF формирует LibreOffice 0.0 (stand-in) (1 процесс)", pdf.status());
            long start = System.nanoTime();
            PdfResult result = pdf.convert("slow", docx("Долгий документ")).get(1, TimeUnit.MINUTES);
            assertEquals(new PdfResult.Failed("LibreOffice не сформировал PDF за 1 с и был остановлен"), result);
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20), "given up after its time, not after the sleep");
            long pid = Long.parseLong(Files.readString(dir.resolve("pid")).strip());
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the stuck process was killed");
        } finally {
            pdf.close(Duration.ofSeconds(5));
        }
    }

    @Test
    void withoutLibreOfficeTheConverterSaysWhyAndFailsAtOnce() throws Exception {
        PdfConverter pdf = PdfConverter.start(dir.resolve("нет такой программы"), dir.resolve("pdf"), PdfConverter.Options.defaults());
        assertFalse(pdf.available());
        assertTrue(pdf.status().startsWith("PDF не формируются: программа ") && pdf.status().contains("не найдена или не запускается"),
                pdf.status());
        PdfResult result = pdf.convert("x", new byte[] {1}).get(1, TimeUnit.SECONDS);
        assertEquals(new PdfResult.Failed(pdf.status()), result);
        assertTrue(pdf.awaitIdle(Duration.ZERO));
        pdf.close();
        assertEquals("PDF не формируются: отключено параметром --pdf нет.", PdfConverter.off("отключено параметром --pdf нет").status());
    }
}
