package ru.vprsvod.intake;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.DosFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.vprsvod.consolidation.InboxSeen;
import ru.vprsvod.workbook.Workbooks;

/**
 * The inbox folder, scanned periodically (a file watch sees nothing written by other machines on a network
 * share, so it can only wake the scan up). A file is handed over only once it is complete: its size and
 * modification time have not changed for a while, measured by our own clock (copies may keep the source's old
 * modification time), and its structure is whole (see {@link CompleteFile}). How long a while depends on what the
 * structure says: a workbook whose container is whole (a zip's end record, every OLE2 sector) needs only
 * {@link #WHOLE_FILE_SETTLE}, for the last writes of a copy to land, so a school's file is answered within seconds;
 * a file whose structure tells nothing waits the full settle time. Office lock and temporary files are never taken;
 * nor is a workbook while Excel holds it open («~$» owner file).
 *
 * <p>Nothing waits silently for ever: a file that still looks incomplete after the give-up time is handed over
 * marked incomplete (to be rejected with a receipt), and one that keeps changing that long is reported once.
 */
public final class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    /** Excel saves through a temporary file named with 8 hex digits and no extension, then renames it. */
    private static final Pattern EXCEL_SAVE_TEMP = Pattern.compile("[0-9A-F]{8}");

    /** What one scan found. */
    public record Scan(List<InboxFile> ready, List<Waiting> overdue) {
        public Scan {
            ready = List.copyOf(ready);
            overdue = List.copyOf(overdue);
        }
    }

    /** A file not taken yet, and how long ago it was first seen by this run. */
    public record Waiting(InboxFile file, Duration since) {
    }

    /**
     * @param since     when size or modification time last changed (by our clock)
     * @param firstSeen when this run first saw the file
     * @param reported  whether it was already reported as overdue
     */
    private record Seen(long size, long modified, Instant since, Instant firstSeen, boolean reported) {
    }

    /**
     * How long a file whose structure is whole must stay unchanged: long enough for writes still in flight when
     * the end record landed (a copier that writes pieces out of order), short enough that a clerk sees the receipt
     * at once. The end record is written last, so a copy in progress is never taken for a whole one by it.
     */
    public static final Duration WHOLE_FILE_SETTLE = Duration.ofSeconds(1);

    private final Path root;
    private final Clock clock;
    private final Duration settle;
    private final Duration wholeSettle;
    private final Duration giveUp;
    private final Map<Path, Seen> seen = new HashMap<>();
    private final Map<Path, InboxFile> notTaken = new HashMap<>();
    /** When each file not taken by the last scan may be taken if it stays as it is. */
    private final Map<Path, Instant> readyAt = new HashMap<>();
    /**
     * Files whose structure looks cut short but stays so, by path, with the size and time at which their container
     * was tried: whether it opened. Tried once per version of the file.
     */
    private final Map<Path, Tried> tried = new HashMap<>();

    private record Tried(long size, long modified, boolean opens) {
    }

    /**
     * @param settle how long a file must stay unchanged before it is taken when its structure does not show it
     *               whole (0 takes complete files at once); a whole one waits at most {@link #WHOLE_FILE_SETTLE}
     * @param giveUp after this long, a file that still looks incomplete is taken anyway, to be rejected with a
     *               receipt, and a file that keeps changing is reported
     */
    public Inbox(Path root, Clock clock, Duration settle, Duration giveUp) {
        this.root = root.toAbsolutePath().normalize();
        this.clock = clock;
        this.settle = settle;
        this.wholeSettle = settle.compareTo(WHOLE_FILE_SETTLE) < 0 ? settle : WHOLE_FILE_SETTLE;
        this.giveUp = giveUp;
    }

    public Path root() {
        return root;
    }

    /** The files ready to be taken now. */
    public List<InboxFile> ready() {
        return scan().ready();
    }

    /** Looks at every file once: which are ready, and which have just become overdue (each reported once). */
    public synchronized Scan scan() {
        Instant now = clock.instant();
        List<InboxFile> ready = new ArrayList<>();
        List<Waiting> overdue = new ArrayList<>();
        Map<Path, Seen> still = new HashMap<>();
        notTaken.clear();
        readyAt.clear();
        for (InboxFile file : list()) {
            Seen before = seen.get(file.path());
            Seen current;
            if (before == null) {
                current = new Seen(file.size(), file.modifiedMillis(), now, now, false);
            } else if (before.size() == file.size() && before.modified() == file.modifiedMillis()) {
                current = before;
            } else {
                current = new Seen(file.size(), file.modifiedMillis(), now, before.firstSeen(), before.reported());
            }
            Duration unchanged = Duration.between(current.since(), now);
            Duration waiting = Duration.between(current.firstSeen(), now);
            // Until the short settle has passed nothing can be taken: the structure is not even looked at.
            CompleteFile.Structure structure = unchanged.compareTo(wholeSettle) >= 0
                    ? CompleteFile.structure(file.path()) : CompleteFile.Structure.WHOLE;
            if (structure == CompleteFile.Structure.CUT_SHORT && unchanged.compareTo(settle) >= 0 && opens(file)) {
                structure = CompleteFile.Structure.WHOLE; // sectors past its end, yet whole: odd, not unfinished
            }
            Duration needed = switch (structure) {
                case WHOLE -> wholeSettle;
                case UNKNOWN -> settle;
                case CUT_SHORT -> settle.compareTo(giveUp) > 0 ? settle : giveUp;
            };
            if (unchanged.compareTo(needed) >= 0 && structure != CompleteFile.Structure.CUT_SHORT) {
                ready.add(file);
            } else if (unchanged.compareTo(needed) >= 0) {
                ready.add(new InboxFile(file.path(), file.name(), file.schoolFolder(), file.size(), file.modifiedMillis(),
                        false));
            } else {
                notTaken.put(file.path(), file);
                readyAt.put(file.path(), current.since().plus(needed));
                if (waiting.compareTo(giveUp) >= 0 && !current.reported()) {
                    overdue.add(new Waiting(file, waiting));
                    current = new Seen(current.size(), current.modified(), current.since(), current.firstSeen(), true);
                }
            }
            still.put(file.path(), current);
        }
        seen.clear();
        seen.putAll(still);
        tried.keySet().retainAll(still.keySet());
        return new Scan(ready, overdue);
    }

    private boolean opens(InboxFile file) {
        Tried before = tried.get(file.path());
        if (before != null && before.size() == file.size() && before.modified() == file.modifiedMillis()) {
            return before.opens();
        }
        boolean opens = Workbooks.containerOpens(file.path());
        tried.put(file.path(), new Tried(file.size(), file.modifiedMillis(), opens));
        return opens;
    }

    /**
     * What this inbox remembers of the files not taken yet, to be kept between runs ({@link #remember}): so a
     * file that never becomes whole is given up on after the give-up time even by runs of {@code process} that
     * each last a minute.
     */
    public synchronized List<InboxSeen> memory() {
        List<InboxSeen> memory = new ArrayList<>();
        seen.forEach((path, s) -> memory.add(new InboxSeen(root.relativize(path).toString().replace('\\', '/'), s.size(),
                s.modified(), s.since(), s.firstSeen(), s.reported())));
        memory.sort(Comparator.comparing(InboxSeen::path));
        return memory;
    }

    /**
     * Takes up what an earlier run saw. A file changed since (other size or time) counts as changed now; one that
     * is gone is forgotten at the next scan.
     */
    public synchronized void remember(List<InboxSeen> earlier) {
        for (InboxSeen f : earlier) {
            Path path = root.resolve(f.path()).normalize();
            if (path.startsWith(root)) {
                seen.putIfAbsent(path, new Seen(f.size(), f.modified(), f.since(), f.firstSeen(), f.reported()));
            }
        }
    }

    /** Files the last scan did not take (still changing or looking incomplete), longest waiting first. */
    public synchronized List<Waiting> waiting() {
        Instant now = clock.instant();
        List<Waiting> waiting = new ArrayList<>();
        notTaken.forEach((path, file) -> waiting.add(new Waiting(file, Duration.between(seen.get(path).firstSeen(), now))));
        waiting.sort(Comparator.comparing(Waiting::since).reversed());
        return waiting;
    }

    /**
     * The earliest moment a file the last scan left may be taken, if it stays as it is: the scan to make then.
     * A file still being copied changes meanwhile, and the watch (or the next poll) sees it again.
     */
    public synchronized Optional<Instant> nextLook() {
        return readyAt.values().stream().min(Comparator.naturalOrder());
    }

    /** How long a file may look incomplete before it is reported or taken as incomplete. */
    public Duration giveUp() {
        return giveUp;
    }

    /**
     * The inbox and its school folders, two levels deep. A folder we may not read or a file that disappears
     * while listing (taken by Office's save-and-rename) is skipped, not fatal: the next scan sees it again.
     */
    private List<InboxFile> list() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<InboxFile> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.noneOf(java.nio.file.FileVisitOption.class), 3, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return dir.equals(root) || !isIgnored(dir.getFileName().toString(), attributes)
                            ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    Path relative = root.relativize(file);
                    if (!attributes.isRegularFile() || isIgnored(file.getFileName().toString(), attributes)
                            || isOpenInExcel(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String school = relative.getNameCount() > 1 ? relative.getName(0).toString() : null;
                    files.add(new InboxFile(file, file.getFileName().toString(), school, attributes.size(),
                            attributes.lastModifiedTime().toMillis(), true));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    log.debug("Skipping {} in this scan: {}", file, e.toString());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            log.warn("Cannot list the inbox {}: {}", root, e.toString());
        }
        return files;
    }

    /**
     * Office's lock and save files, system clutter and our own temporary names are never taken; nor are hidden
     * folders (our work folder is one). A hidden file, or one whose name starts with a dot, is taken when it is named
     * like a workbook: «..edu671001_Математика_4_2026.xlsx» is a school's file with a slip of the keyboard, and ignoring
     * it would leave the school without an answer for ever.
     */
    private static boolean isIgnored(String name, BasicFileAttributes attributes) {
        boolean hidden = name.startsWith(".") || attributes instanceof DosFileAttributes dos && dos.isHidden();
        if (attributes.isDirectory()) {
            return hidden || isTemporary(name);
        }
        return isTemporary(name) || hidden && !looksLikeAWorkbook(name);
    }

    /** Office lock and save files, partial downloads, system clutter, our own temporary names. */
    static boolean isTemporary(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.startsWith("~$") || name.startsWith(".~") || name.startsWith("._") || lower.endsWith(".tmp")
                || lower.endsWith(".part") || lower.endsWith(".crdownload") || lower.equals("thumbs.db")
                || lower.equals("desktop.ini") || lower.equals(".ds_store") || EXCEL_SAVE_TEMP.matcher(name).matches();
    }

    private static boolean looksLikeAWorkbook(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls") || lower.endsWith(".ods");
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
}
