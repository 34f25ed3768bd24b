package ru.vprsvod.intake;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A fault of the machine, not of a file: a folder the service writes is full, read-only, not writable by the
 * service's user, or gone. While it lasts no file is taken (the ones already taken wait in the work folder), and
 * the user is told once, in Russian, what is wrong and where.
 *
 * @param folder   the folder that cannot be written, as the user named it
 * @param role     what the folder is for, in Russian: «папка данных», «папка исходящих», «рабочая папка входящих»
 * @param sentence the whole message a person reads (console, /health, the desk)
 */
public record Fault(Kind kind, Path folder, String role, String sentence) {

    public enum Kind {
        /** No space left on the folder's disk. */
        NO_SPACE,
        /** The folder's file system is mounted read-only. */
        READ_ONLY,
        /** The service's user may not write there. */
        NO_PERMISSION,
        /** The folder does not exist (deleted, a network share not mounted). */
        MISSING,
        /** Writing failed for another reason of the system, given in the sentence. */
        OTHER
    }

    /**
     * What a school sending a file is told: that intake is paused and why in general words, without the paths of
     * the department's computer.
     */
    public String forSenders() {
        String what = switch (kind) {
            case NO_SPACE -> "на компьютере управления образования закончилось место на диске";
            case READ_ONLY, NO_PERMISSION, MISSING, OTHER -> "на компьютере управления образования неполадка с дисками";
        };
        return "Приём файлов временно приостановлен: " + what + ". Координатор видит это сообщение; отправьте файл"
                + " позже — файлы, отправленные раньше, сохранены.";
    }

    public Fault {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(sentence, "sentence");
    }
}
