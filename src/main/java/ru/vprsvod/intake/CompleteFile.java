package ru.vprsvod.intake;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * Whether a file's structure is whole, judged from a few kilobytes without parsing it. A copy in progress
 * (or one that broke off) looks like a good file cut short; both containers we read keep their directory at
 * a place a cut-short copy does not have yet:
 * <ul>
 *   <li>a zip (.xlsx, .xlsm, .ods) ends with its end-of-central-directory record;</li>
 *   <li>an OLE2 compound file (.xls, an encrypted .xlsx) starts with a header naming its allocation-table
 *       sectors, and the tables name every sector in use: none may lie beyond the end of the file.</li>
 * </ul>
 * Other files (a CSV, a PDF sent by mistake) are judged by size and modification time alone. A whole container
 * needs only a short wait for its last writes to land ({@link Inbox}); the others wait the full settle time.
 */
final class CompleteFile {

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final int OLE2_HEADER = 512;
    private static final int FREE_SECTOR = 0xFFFFFFFF;
    /** Sector numbers above this are markers (end of chain, FAT sector, DIFAT sector, free). */
    private static final long MAX_REGULAR_SECTOR = 0xFFFFFFFAL;

    private CompleteFile() {
    }

    /** What a file's structure says about whether it is all there. */
    enum Structure {
        /** A zip or OLE2 container with its directory in place: the copy is complete. */
        WHOLE,
        /** A zip or OLE2 container cut short: the copy is not complete yet. */
        CUT_SHORT,
        /** Not a container we know: only an unchanged size and time can tell. */
        UNKNOWN
    }

    static boolean isComplete(Path file) {
        return structure(file) != Structure.CUT_SHORT;
    }

    static Structure structure(Path file) {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long length = f.length();
            if (length == 0) {
                // Nothing is there to tell: taken after the settle time like any other file, and answered «файл пуст»
                // (a copy that has not begun writing stays empty only a moment).
                return Structure.UNKNOWN;
            }
            if (length < 8) {
                return !startsLike(f, length) ? Structure.UNKNOWN : Structure.CUT_SHORT;
            }
            byte[] head = new byte[8];
            f.readFully(head);
            if (head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                return zipHasEnd(f, length) ? Structure.WHOLE : Structure.CUT_SHORT;
            }
            if (java.util.Arrays.equals(head, OLE2)) {
                return ole2SectorsPresent(f, length) ? Structure.WHOLE : Structure.CUT_SHORT;
            }
            return Structure.UNKNOWN;
        } catch (IOException e) {
            return Structure.CUT_SHORT;
        }
    }

    /** A file of fewer than 8 bytes that begins like a zip or OLE2 file is certainly cut short. */
    private static boolean startsLike(RandomAccessFile f, long length) throws IOException {
        byte[] head = new byte[(int) length];
        f.readFully(head);
        boolean zip = head[0] == 'P' && (length < 2 || head[1] == 'K');
        boolean ole2 = head[0] == OLE2[0] && (length < 2 || head[1] == OLE2[1]);
        return zip || ole2;
    }

    private static boolean zipHasEnd(RandomAccessFile f, long length) throws IOException {
        // The end record is 22 bytes plus a comment of at most 65,535 bytes.
        int tail = (int) Math.min(length, 22 + 65_535);
        byte[] end = new byte[tail];
        f.seek(length - tail);
        f.readFully(end);
        for (int i = tail - 22; i >= 0; i--) {
            if (end[i] == 'P' && end[i + 1] == 'K' && end[i + 2] == 5 && end[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    /**
     * The header's sector size, directory start and the allocation-table sectors it lists must lie inside the
     * file, and so must every sector those tables mark as used. Files over ~7 MB keep more table sectors in an
     * extra chain (DIFAT); only its start is checked — the first 109 tables cover the start of the file and the
     * others lie further on, so a cut-short copy still shows.
     */
    private static boolean ole2SectorsPresent(RandomAccessFile f, long length) throws IOException {
        if (length < OLE2_HEADER) {
            return false;
        }
        byte[] header = new byte[OLE2_HEADER];
        f.seek(0);
        f.readFully(header);
        ByteBuffer h = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        int shift = h.getShort(0x1E) & 0xFFFF;
        if (shift != 9 && shift != 12) {
            return true; // not a header we understand: let the reader say what is wrong with it
        }
        int sectorSize = 1 << shift;
        // Sector n starts at (n + 1) × size. A last sector cut short still counts: some writers end files that way
        // (four such real files are in POI's test corpus, and POI reads them); a copy that stopped inside its very
        // last sector is left to the size-and-time check.
        long sectors = Math.max(0, (length - sectorSize + sectorSize - 1) / sectorSize);
        long fatSectors = h.getInt(0x2C) & 0xFFFFFFFFL;
        if (!inFile(h.getInt(0x30), sectors)) {
            return false;
        }
        long difatStart = h.getInt(0x44) & 0xFFFFFFFFL;
        if (fatSectors > 109 && difatStart <= MAX_REGULAR_SECTOR && difatStart >= sectors) {
            return false;
        }
        long highestUsed = -1;
        byte[] table = new byte[sectorSize];
        for (int i = 0; i < Math.min(fatSectors, 109); i++) {
            int fat = h.getInt(0x4C + 4 * i);
            if ((fat & 0xFFFFFFFFL) > MAX_REGULAR_SECTOR) {
                continue;
            }
            if (!inFile(fat, sectors)) {
                return false;
            }
            f.seek((long) (fat + 1) * sectorSize);
            int read = f.read(table);
            ByteBuffer t = ByteBuffer.wrap(table, 0, Math.max(0, read)).order(ByteOrder.LITTLE_ENDIAN);
            for (int e = 0; e + 4 <= Math.max(0, read); e += 4) {
                if (t.getInt(e) != FREE_SECTOR) {
                    highestUsed = Math.max(highestUsed, (long) i * (sectorSize / 4) + e / 4);
                }
            }
        }
        return highestUsed < sectors;
    }

    private static boolean inFile(int sector, long sectors) {
        long s = sector & 0xFFFFFFFFL;
        return s > MAX_REGULAR_SECTOR || s < sectors;
    }
}
