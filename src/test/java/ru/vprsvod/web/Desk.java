package ru.vprsvod.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import ru.vprsvod.App;
import ru.vprsvod.accounts.Accounts;
import ru.vprsvod.config.Settings;
import ru.vprsvod.testing.MutableClock;
import ru.vprsvod.testing.ReferenceWorkbook;

/**
 * The real service on temporary folders, as the web tests use it: the example reference and the shipped
 * templates, a coordinator and two school clerks with passwords of their own already set.
 */
final class Desk implements AutoCloseable {

    static final String COORDINATOR = "petrova";
    static final String SCHOOL_A = "edu990001";
    static final String SCHOOL_B = "edu990002";
    static final String PASSWORD = "длинный пароль для проверки";

    final Path dir;
    final MutableClock clock = MutableClock.spring2026();
    private final Settings settings;
    App app;

    Desk(Path dir) {
        this(dir, ReferenceWorkbook.example());
    }

    /** The desk over another reference (e.g. a generated district's); it must list schools edu990001 and edu990002. */
    Desk(Path dir, ReferenceWorkbook reference) {
        this(dir, reference, false);
    }

    /** @param everyTemplate all shipped templates, so that every document is made (else only the analytical report) */
    Desk(Path dir, ReferenceWorkbook reference, boolean everyTemplate) {
        this(dir, reference, everyTemplate, null);
    }

    /** The desk on a PostgreSQL server's database ({@code --database}), whose folders a second instance may share. */
    Desk(Path dir, String databaseUrl) {
        this(dir, ReferenceWorkbook.example(), false, databaseUrl);
    }

    private Desk(Path dir, ReferenceWorkbook reference, boolean everyTemplate, String databaseUrl) {
        this.dir = dir;
        try {
            Path templates = Files.createDirectories(dir.resolve("templates"));
            reference.write(templates.resolve("справочник.xlsx"));
            try (var shipped = Files.newDirectoryStream(Path.of("templates"), everyTemplate ? "*.docx" : "Аналитическая справка.docx")) {
                for (Path template : shipped) {
                    Files.copy(template, templates.resolve(template.getFileName().toString()));
                }
            }
            Files.copy(Path.of("templates", "README.md"), templates.resolve("README.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Settings settings = new Settings(Settings.Mode.SERVE, dir.resolve("inbox"), dir.resolve("outbox"),
                dir.resolve("templates").resolve("справочник.xlsx"), dir.resolve("templates"), dir.resolve("data"),
                "127.0.0.1", 0, Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofMinutes(2), null, false, null,
                databaseUrl);
        this.settings = settings;
        app = App.open(settings, clock).orElseThrow();
        app.pipeline().runOnce();
        Accounts accounts = app.accounts();
        String once = accounts.issueCoordinator(COORDINATOR).orElseThrow().password();
        accounts.changePassword(COORDINATOR, once, PASSWORD).ifPresent(p -> {
            throw new IllegalStateException(p);
        });
        for (var issued : accounts.issueSchools(java.util.List.of(SCHOOL_A, SCHOOL_B))) {
            accounts.changePassword(issued.account().login(), issued.password(), PASSWORD).ifPresent(p -> {
                throw new IllegalStateException(p);
            });
        }
    }

    /** Stops the service and starts it again on the same folders, as a restart of the machine would. */
    void restart() {
        app.close();
        app = App.open(settings, clock).orElseThrow();
    }

    /** Another instance on the same folders and database (PostgreSQL only: SQLite's data folder is locked). */
    App another() {
        return App.open(settings, clock).orElseThrow();
    }

    Path outbox() {
        return dir.resolve("outbox");
    }

    @Override
    public void close() {
        app.close();
    }
}
