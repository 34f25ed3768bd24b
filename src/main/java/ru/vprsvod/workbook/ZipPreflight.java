package ru.vprsvod.workbook;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;

/**
 * Looks inside a zip before any spreadsheet parser touches it: tells .xlsx/.xlsm/.ods from .xlsb, .docx and
 * plain archives, and proves the archive is safe to parse.
 *
 * <p>fastexcel-reader opens the archive with plain commons-compress and trusts it completely, so this check
 * uses the same library and therefore sees the same entries: it caps the entry count, rejects duplicate
 * names (CVE-2025-31672: different tools would read different parts), and actually inflates every entry,
 * counting real bytes rather than trusting the sizes declared in the headers, until the total passes
 * {@link ReadLimits#maxInflatedBytes()}. Inflating costs far less than parsing, so this adds little.
 */
final class ZipPreflight {

    /**
     * Ratio check, applied only once an entry has inflated past this many bytes. POI's rule (1:100 past
     * 100 KB) is known to reject legitimate, very repetitive sheets; a school's 300-row results sheet is a
     * few hundred KB at 10–40:1, and the largest legitimate entry in the 511-file POI corpus is 43:1. Real
     * bombs are runs of one byte, which deflate squeezes about 1000:1, so they are caught after 1 MB instead
     * of after the full {@code maxInflatedBytes}. The total cap, not this heuristic, is the actual protection.
     */
    static final long RATIO_GRACE_BYTES = 1024 * 1024;
    static final long MAX_RATIO = 100;

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String MIMETYPE = "mimetype";
    private static final String MANIFEST = "META-INF/manifest.xml";
    private static final int SMALL_PART_LIMIT = 4 * 1024 * 1024;
    private static final Pattern MANIFEST_ROOT = Pattern.compile(
            "full-path=\"/\"[^>]*?media-type=\"([^\"]*)\"|media-type=\"([^\"]*)\"[^>]*?full-path=\"/\"");

    private final Path file;
    private final ReadLimits limits;
    /** Parts read whole for classification, by name; the main pass does not inflate them again. */
    private final Map<String, byte[]> smallParts = new HashMap<>();
    private long inflated;

    private ZipPreflight(Path file, ReadLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    /**
     * Returns the spreadsheet format of a safe archive, or throws {@link Rejected} saying what the file is
     * instead (another document, an .xlsb, a bomb, a broken archive).
     */
    static FileFormat inspect(Path file, ReadLimits limits) {
        return new ZipPreflight(file, limits).run();
    }

    private FileFormat run() {
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            List<ZipArchiveEntry> entries = checkedEntries(zip);
            FileFormat format = classify(zip);
            XlsxGuard guard = format == FileFormat.ODS ? null : new XlsxGuard(format);
            for (ZipArchiveEntry entry : entries) {
                if (entry.isDirectory() || smallParts.containsKey(entry.getName())) {
                    continue;
                }
                try (InputStream in = open(zip, entry)) {
                    if (guard == null) {
                        in.transferTo(OutputStream.nullOutputStream());
                    } else {
                        guard.scan(in);
                    }
                }
            }
            if (guard != null) {
                guard.finish();
            }
            return format;
        } catch (IOException e) {
            throw new Rejected(Messages.brokenArchive(file.getFileName().toString()));
        }
    }

    private List<ZipArchiveEntry> checkedEntries(ZipFile zip) {
        List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
        if (entries.size() > limits.maxArchiveEntries()) {
            throw new Rejected(Messages.tooManyEntries(limits.maxArchiveEntries()));
        }
        Set<String> names = new HashSet<>();
        for (ZipArchiveEntry entry : entries) {
            // Case-insensitive, because fastexcel falls back to a case-insensitive lookup of part names.
            if (!names.add(entry.getName().toLowerCase(Locale.ROOT))) {
                throw new Rejected(Messages.duplicateEntry(entry.getName()));
            }
        }
        return entries;
    }

    private FileFormat classify(ZipFile zip) throws IOException {
        byte[] mimetype = smallPart(zip, MIMETYPE);
        if (mimetype != null) {
            return classifyOdf(zip, new String(mimetype, StandardCharsets.US_ASCII).strip());
        }
        byte[] manifest = smallPart(zip, MANIFEST);
        if (manifest != null) {
            // The mimetype entry is only recommended; the manifest's root entry names the type as well.
            Matcher root = MANIFEST_ROOT.matcher(new String(manifest, StandardCharsets.UTF_8));
            if (root.find()) {
                return classifyOdf(zip, root.group(1) != null ? root.group(1) : root.group(2));
            }
        }
        byte[] contentTypes = smallPart(zip, CONTENT_TYPES);
        if (contentTypes != null) {
            return ContentTypes.format(new ByteArrayInputStream(contentTypes), file.getFileName().toString());
        }
        if (zip.getEntry("xl/workbook.xml") != null || zip.getEntry("content.xml") != null) {
            throw new Rejected(Messages.brokenArchive(file.getFileName().toString()));
        }
        throw new Rejected(Messages.ZIP);
    }

    private FileFormat classifyOdf(ZipFile zip, String mimetype) throws IOException {
        if (mimetype.startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
            byte[] manifest = smallPart(zip, MANIFEST);
            // Encrypted .ods keeps its manifest readable and names the cipher for every encrypted part.
            if (manifest != null && new String(manifest, StandardCharsets.UTF_8).contains("encryption-data")) {
                throw new Rejected(Messages.PASSWORD);
            }
            return FileFormat.ODS;
        }
        if (mimetype.startsWith("application/vnd.oasis.opendocument.text")) {
            throw new Rejected(Messages.WRITER);
        }
        if (mimetype.startsWith("application/vnd.oasis.opendocument.presentation")) {
            throw new Rejected(Messages.IMPRESS);
        }
        if (mimetype.startsWith("application/vnd.oasis.opendocument.")) {
            throw new Rejected(Messages.OTHER_ODF);
        }
        throw new Rejected(Messages.ZIP);
    }

    /** The bytes of a small, well-known part, or null when absent; counted against the limits once. */
    private byte[] smallPart(ZipFile zip, String name) throws IOException {
        if (smallParts.containsKey(name)) {
            return smallParts.get(name);
        }
        ZipArchiveEntry entry = zip.getEntry(name);
        if (entry == null) {
            return null;
        }
        try (InputStream in = open(zip, entry)) {
            byte[] bytes = in.readNBytes(SMALL_PART_LIMIT);
            if (bytes.length == SMALL_PART_LIMIT) {
                throw new Rejected(Messages.brokenArchive(file.getFileName().toString()));
            }
            smallParts.put(name, bytes);
            return bytes;
        }
    }

    private InputStream open(ZipFile zip, ZipArchiveEntry entry) throws IOException {
        if (!zip.canReadEntryData(entry)) {
            // An encrypted zip entry or an exotic compression method: no spreadsheet program writes those.
            throw new Rejected(Messages.brokenArchive(file.getFileName().toString()));
        }
        return new Meter(zip.getInputStream(entry), entry);
    }

    /** Counts inflated bytes of one entry into the archive's total and watches the entry's ratio. */
    private final class Meter extends FilterInputStream {
        private final ZipArchiveEntry entry;
        private long entryBytes;

        Meter(InputStream in, ZipArchiveEntry entry) {
            super(in);
            this.entry = entry;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // Skipping still inflates; route it through read so every byte is counted.
            byte[] buffer = new byte[8192];
            long skipped = 0;
            while (skipped < n) {
                int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                if (r < 0) {
                    break;
                }
                skipped += r;
            }
            return skipped;
        }

        private void count(int n) {
            entryBytes += n;
            inflated += n;
            if (inflated > limits.maxInflatedBytes()) {
                throw new Rejected(Messages.tooMuchInflated(limits.maxInflatedBytes()));
            }
            if (entryBytes > RATIO_GRACE_BYTES) {
                long compressed = in instanceof InputStreamStatistics
                        ? ((InputStreamStatistics) in).getCompressedCount()
                        : entry.getCompressedSize();
                if (compressed * MAX_RATIO < entryBytes) {
                    throw new Rejected(Messages.suspiciousRatio(entry.getName(), entryBytes / Math.max(1, compressed)));
                }
            }
        }
    }
}
