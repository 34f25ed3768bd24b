package ru.vprsvod.intake;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The inbox folder, scanned periodically. A file is handed over only once it is complete: its size and
 * modification time have not changed for the settle time, measured by our own clock (copies may keep the
 * source's old modification time), and its structure is whole (a zip has its central directory). Office lock
 * and temporary files are never taken; nor is a workbook while Excel holds it open («~$» owner file).
 */
public final class Inbox {

    private record Seen(long size, long modified, Instant since) {
    }

    private final Path root;
    private final Clock clock;
    private final Duration settle;
    private final Duration giveUp;
    private final Map<Path, Seen> seen = new HashMap<>();

    /**
     * @param settle how long a file must stay unchanged before it is taken (0 takes complete files at once)
     * @param giveUp after this long, a file that still looks incomplete is taken anyway, to be rejected with a
     *               receipt instead of waiting forever unnoticed
     */
    public Inbox(Path root, Clock clock, Duration settle, Duration giveUp) {
        this.root = root.toAbsolutePath().normalize();
        this.clock = clock;
        this.settle = settle;
        this.giveUp = giveUp;
    }

    public Path root() {
        return root;
    }

    /** The files ready to be taken now. */
    public synchronized List<InboxFile> ready() {
        Instant now = clock.instant();
        List<InboxFile> ready = new ArrayList<>();
        Map<Path, Seen> still = new HashMap<>();
        for (InboxFile file : list()) {
            Seen before = seen.get(file.path());
            Seen current = before != null && before.size() == file.size() && before.modified() == file.modifiedMillis()
                    ? before : new Seen(file.size(), file.modifiedMillis(), now);
            still.put(file.path(), current);
            Duration unchanged = Duration.between(current.since(), now);
            if (unchanged.compareTo(settle) >= 0 && (isComplete(file.path()) || unchanged.compareTo(giveUp) >= 0)) {
                ready.add(file);
            }
        }
        seen.clear();
        seen.putAll(still);
        return ready;
    }

    /** Files waiting because they still change or look incomplete, with how long they have been seen. */
    public synchronized Map<Path, Duration> waiting() {
        Instant now = clock.instant();
        Map<Path, Duration> waiting = new HashMap<>();
        seen.forEach((path, s) -> waiting.put(path, Duration.between(s.since(), now)));
        return waiting;
    }

    private List<InboxFile> list() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(root, 3)) {
            List<InboxFile> files = new ArrayList<>();
            paths.filter(p -> !p.equals(root)).forEach(p -> {
                Path relative = root.relativize(p);
                if (isIgnored(relative)) {
                    return;
                }
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    if (!a.isRegularFile() || isOpenInExcel(p)) {
                        return;
                    }
                    String school = relative.getNameCount() > 1 ? relative.getName(0).toString() : null;
                    files.add(new InboxFile(p, p.getFileName().toString(), school, a.size(), a.lastModifiedTime().toMillis()));
                } catch (IOException e) {
                    // Gone between listing and reading (taken by someone, renamed by Office): seen next time.
                }
            });
            return files;
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException("cannot list the inbox " + root, e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
    }

    /** Hidden and temporary files and folders (ours included), Office lock files, system clutter. */
    static boolean isIgnored(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            String lower = name.toLowerCase(Locale.ROOT);
            if (name.startsWith(".") || name.startsWith("~$") || lower.endsWith(".tmp") || lower.endsWith(".part")
                    || lower.endsWith(".crdownload") || lower.equals("thumbs.db") || lower.equals("desktop.ini")
                    || name.startsWith("._")) {
                return true;
            }
        }
        return false;
    }

    /** Excel keeps «~$name.xlsx» (first two letters replaced for long names) beside a workbook it has open. */
    private static boolean isOpenInExcel(Path file) {
        String name = file.getFileName().toString();
        Path dir = file.getParent();
        if (Files.exists(dir.resolve("~$" + name)) || Files.exists(dir.resolve(".~lock." + name + "#"))) {
            return true;
        }
        return name.length() > 2 && Files.exists(dir.resolve("~$" + name.substring(2)));
    }

    /**
     * Whether a file's structure is whole: a zip (xlsx, ods) must end with its end-of-central-directory record,
     * which a copy in progress does not have yet. Other files (old .xls, anything else) are judged by size alone.
     */
    static boolean isComplete(Path file) {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long length = f.length();
            if (length < 4) {
                return length > 0;
            }
            byte[] head = new byte[4];
            f.readFully(head);
            if (!(head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4)) {
                return true;
            }
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
        } catch (IOException e) {
            return false;
        }
    }
}
