package ru.vprsvod.intake;

import java.nio.file.Path;

/**
 * A file found in the inbox.
 *
 * @param name         the file's name as the sender gave it
 * @param schoolFolder the name of the school's subfolder it was dropped in, or null for the inbox itself
 */
public record InboxFile(Path path, String name, String schoolFolder, long size, long modifiedMillis) {
}
