package ru.vprsvod.intake;

import java.nio.file.Path;

/**
 * A file found in the inbox.
 *
 * @param name         the file's name as the sender gave it
 * @param schoolFolder the name of the school's subfolder it was dropped in, or null for the inbox itself
 * @param complete     false when the file never looked whole (a zip without its central directory, an OLE2 file
 *                     shorter than its own allocation table) and is handed over only because it waited too long
 */
public record InboxFile(Path path, String name, String schoolFolder, long size, long modifiedMillis, boolean complete) {
}
