package ru.vprsvod.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * The folders of a run, checked before anything is opened, so that a mistake is a Russian sentence instead of a
 * folder silently made in the wrong place. A folder named on the command line must exist: a misspelt
 * {@code --inbox} would otherwise be created empty, and the run would report «Обработано файлов: 0» as if all were
 * well. Only the default folders of the current folder (inbox, outbox, data) may be created, by {@code serve} on a
 * first start; {@code process} has nothing to do without an inbox, so a missing one is an error there too.
 */
public final class Folders {

    private Folders() {
    }

    /** Why the run cannot start with these folders; empty when they are fine. */
    public static Optional<String> problem(Settings settings, Set<String> given) {
        Folder[] folders = {
            new Folder("--inbox", "входящих", settings.inbox()),
            new Folder("--outbox", "исходящих", settings.outbox()),
            new Folder("--data", "данных", settings.data()),
            new Folder("--templates", "шаблонов", settings.templates()),
        };
        for (Folder f : folders) {
            if (Files.exists(f.path()) && !Files.isDirectory(f.path())) {
                return Optional.of("«" + absolute(f.path()) + "» — это файл, а не папка: укажите папку " + f.what()
                        + " (" + f.option() + ").");
            }
        }
        if (Files.isDirectory(settings.reference())) {
            return Optional.of("«" + absolute(settings.reference()) + "» — это папка, а не файл справочника: укажите файл"
                    + " (--reference ФАЙЛ.xlsx).");
        }
        for (Folder f : folders) {
            if (given.contains(f.option()) && !Files.isDirectory(f.path())) {
                return Optional.of("Папка " + f.what() + " «" + absolute(f.path()) + "» не найдена (" + f.option()
                        + "). Проверьте путь; папки, указанные в параметрах, программа не создаёт, чтобы опечатка не прошла"
                        + " незамеченной.");
            }
        }
        if (settings.mode() == Settings.Mode.PROCESS && !Files.isDirectory(settings.inbox())) {
            return Optional.of("Папки входящих «" + absolute(settings.inbox()) + "» нет: обрабатывать нечего. Запустите"
                    + " программу из её папки (там, где лежат inbox и templates) или укажите папку: --inbox ПАПКА.");
        }
        return Optional.empty();
    }

    /** The data folder of {@code coordinator}: it must be the service's, so it is never created here. */
    public static Optional<String> dataProblem(Path data) {
        if (Files.isDirectory(data)) {
            return Optional.empty();
        }
        if (Files.exists(data)) {
            return Optional.of("«" + absolute(data) + "» — это файл, а не папка: укажите папку данных (--data).");
        }
        return Optional.of("Папка данных «" + absolute(data) + "» не найдена. Запустите команду из той же папки, из которой"
                + " запускаете программу (там, где лежат inbox и templates), или укажите папку данных программы: --data"
                + " ПАПКА; если программа ещё ни разу не запускалась, сначала запустите её — папку данных она создаст сама.");
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    private record Folder(String option, String what, Path path) {
    }
}
