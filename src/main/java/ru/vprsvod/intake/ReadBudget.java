package ru.vprsvod.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The heap that files being read at the same time may take together — the files a pass reads ahead and the uploads
 * being read beside it. A file is charged by its size ({@link #HEAP_PER_FILE_BYTE}); one file alone is always let
 * through, however large, so a large file is read by itself rather than refused.
 */
final class ReadBudget {

    /**
     * What reading a file may take of the heap, per byte of the file: a workbook's XML compresses about tenfold,
     * and its cells as objects take a few times the XML. Measured: a 30 000-row .xlsx of 1,7 MB is read at -Xmx96m
     * but not at -Xmx64m.
     */
    static final long HEAP_PER_FILE_BYTE = 40;

    private final long capacity;
    private long reserved;
    private int readers;

    /** @param capacity the heap all reads together may take, in bytes */
    ReadBudget(long capacity) {
        this.capacity = capacity;
    }

    /** Half the heap: the rest is for what is not reading (documents, the checks, the web pages). */
    static ReadBudget halfTheHeap() {
        return new ReadBudget(Runtime.getRuntime().maxMemory() / 2);
    }

    /** The heap reading this file may take. */
    static long need(Path file) {
        try {
            return Files.size(file) * HEAP_PER_FILE_BYTE;
        } catch (IOException e) {
            return 0; // reading will tell what is wrong
        }
    }

    /** Takes {@code need} when it fits beside what is being read (or nothing is); false, taking nothing, when not. */
    synchronized boolean tryTake(long need) {
        if (readers > 0 && reserved + need > capacity) {
            return false;
        }
        reserved += need;
        readers++;
        return true;
    }

    /** Waits until {@code need} fits beside what is being read (or nothing is), then takes it. */
    synchronized void take(long need) throws InterruptedException {
        while (readers > 0 && reserved + need > capacity) {
            wait();
        }
        reserved += need;
        readers++;
    }

    /** Waits until nothing else is being read, then takes the whole budget: a file read again alone. */
    synchronized void takeAll() throws InterruptedException {
        while (readers > 0) {
            wait();
        }
        reserved = capacity;
        readers = 1;
    }

    /** Gives back what {@link #tryTake}, {@link #take} or {@link #takeAll} took ({@code need}, or the capacity). */
    synchronized void giveBack(long need) {
        reserved = Math.max(0, reserved - need);
        readers = Math.max(0, readers - 1);
        notifyAll();
    }

    long capacity() {
        return capacity;
    }
}
