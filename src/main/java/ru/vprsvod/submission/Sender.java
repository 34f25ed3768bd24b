package ru.vprsvod.submission;

import java.util.Objects;

/**
 * Who sent a file and what they said about it outside the file.
 *
 * @param originalName the file name as the sender gave it (used for metadata and messages, never as a path)
 * @param school       the school known from the inbox subfolder or the clerk's sign-in, or null
 * @param schoolIsAuthoritative true when the school comes from a sign-in or a school's own folder:
 *                     a file naming another school is then rejected
 * @param subject      subject chosen in the upload form, or null
 * @param grade        grade chosen in the upload form, or null
 * @param year         year chosen in the upload form, or null
 */
public record Sender(String originalName, String school, boolean schoolIsAuthoritative,
                     String subject, Integer grade, Integer year) {

    public Sender {
        Objects.requireNonNull(originalName, "originalName");
    }

    /** A file dropped into the common inbox folder: nothing known but its name. */
    public static Sender anonymous(String originalName) {
        return new Sender(originalName, null, false, null, null, null);
    }

    /** A file dropped into a school's own subfolder of the inbox (or uploaded by its signed-in clerk). */
    public static Sender school(String originalName, String school) {
        return new Sender(originalName, school, true, null, null, null);
    }
}
