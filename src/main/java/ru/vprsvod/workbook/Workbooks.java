package ru.vprsvod.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The package's reading door: opens a spreadsheet file of any supported format as plain values.
 *
 * <p>The format is decided by the file's content, never by its name. Whatever the sender put in the file,
 * the answer is a {@link WorkbookReading}: the values, or a Russian sentence saying why the file cannot be
 * read and what to do. Only failures to read the file itself from disk (missing, no permission) are thrown,
 * as {@link UncheckedIOException}: they are not the sender's fault. The file is only ever opened for reading.
 */
public final class Workbooks {

    private static final Logger log = LoggerFactory.getLogger(Workbooks.class);

    private Workbooks() {
    }

    /** Reads with {@link ReadLimits#defaults()}. */
    public static WorkbookReading read(Path file) {
        return read(file, ReadLimits.defaults());
    }

    public static WorkbookReading read(Path file, ReadLimits limits) {
        long size = size(file);
        if (size == 0) {
            return new WorkbookReading.Unreadable(Messages.EMPTY);
        }
        if (size > limits.maxFileBytes()) {
            return new WorkbookReading.Unreadable(Messages.tooLargeFile(size, limits.maxFileBytes()));
        }
        byte[] head = head(file);
        FileFormat format = null;
        try {
            switch (Sniff.of(head)) {
                case ZIP -> {
                    format = ZipPreflight.inspect(file, limits);
                    Workbook workbook = format == FileFormat.ODS
                            ? OdsReader.read(file, limits)
                            : XlsxReader.read(file, format, limits);
                    return new WorkbookReading.Opened(workbook);
                }
                case OLE2 -> {
                    format = FileFormat.XLS;
                    return new WorkbookReading.Opened(XlsReader.read(file, limits));
                }
                default -> {
                    return new WorkbookReading.Unreadable(Sniff.describe(head));
                }
            }
        } catch (Rejected e) {
            return new WorkbookReading.Unreadable(e.reason());
        } catch (Exception | StackOverflowError e) {
            // Parsers of hostile files throw anything (POI's security guidance says so, StackOverflowError
            // included); every such failure means the content is broken. Both unwind cleanly: a deep
            // recursion leaves nothing behind once the stack is unwound.
            log.debug("Cannot read {} as {}", file, format, e);
            return new WorkbookReading.Unreadable(Messages.corrupt(format));
        } catch (OutOfMemoryError e) {
            // Caught only here, at the per-file boundary: what the parser allocated for this file is garbage
            // once we return, so the service survives a single hostile allocation. Other errors (linkage,
            // internal VM errors) mean our deployment is broken and must not be reported as the sender's fault.
            log.warn("Out of memory while reading {} as {}", file, format);
            return new WorkbookReading.Unreadable(Messages.OUT_OF_MEMORY, true);
        }
    }

    /** Why a file whose reading ran out of memory is rejected. */
    public static final String OUT_OF_MEMORY = Messages.OUT_OF_MEMORY;

    /**
     * Whether the file's container (a zip, an OLE2 compound file) opens, its directory readable — asked of a file
     * whose structure looks cut short but stays as it is: some whole files (written by odd programs) keep sectors
     * past their end, and must not wait in the inbox as if still being copied. Nothing of the content is parsed.
     */
    public static boolean containerOpens(Path file) {
        try {
            return switch (Sniff.of(head(file))) {
                case ZIP -> {
                    try (org.apache.commons.compress.archivers.zip.ZipFile zip =
                                 org.apache.commons.compress.archivers.zip.ZipFile.builder().setPath(file).get()) {
                        yield zip.getEntries().hasMoreElements();
                    }
                }
                case OLE2 -> {
                    try (InputStream in = Files.newInputStream(file);
                         org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(in)) {
                        yield fs.getRoot().getEntryCount() > 0;
                    }
                }
                default -> false;
            };
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            return false; // a broken or hostile container does not open: it waits as cut short
        }
    }

    /** How many leading bytes {@link #whyNotASpreadsheet} looks at. */
    public static final int HEAD_BYTES = Sniff.HEAD_BYTES;

    /**
     * A first look at a file's leading bytes, for refusing obvious non-spreadsheets (a PDF, a photo, an archive)
     * before they are even stored: the Russian reason, or empty when the content may be a workbook (a zip or
     * an OLE2 container; {@link #read} decides the rest).
     */
    public static Optional<String> whyNotASpreadsheet(byte[] head) {
        if (head.length == 0) {
            return Optional.of(Messages.EMPTY);
        }
        return Sniff.of(head) == Sniff.Container.OTHER ? Optional.of(Sniff.describe(head)) : Optional.empty();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(Sniff.HEAD_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
