package ru.vprsvod;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.nio.file.Path;
import ru.vprsvod.intake.Pipeline;
import ru.vprsvod.backup.Backup;
import ru.vprsvod.accounts.Accounts;
import ru.vprsvod.accounts.Issued;
import ru.vprsvod.config.CommandLine;
import ru.vprsvod.config.Folders;
import ru.vprsvod.config.Settings;
import ru.vprsvod.consolidation.ReceivedFile;
import ru.vprsvod.database.Database;
import ru.vprsvod.intake.Inbox;
import ru.vprsvod.platform.BatchJvm;
import ru.vprsvod.platform.FileNameEncoding;
import ru.vprsvod.platform.Port;
import ru.vprsvod.submission.Status;
import ru.vprsvod.workbook.Problem;

/** Entry point: {@code serve} (the default) runs the service; {@code process} makes one pass and exits. */
public final class Main {

    static final int OK = 0;
    static final int COULD_NOT_RUN = 1;
    static final int USAGE = 2;
    /** A fault of the machine stopped the pass: a folder is full, read-only or not writable (the message says which). */
    static final int MACHINE_FAULT = 3;

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = console();
        if (!FileNameEncoding.usable()) {
            // Before any path is named: under a non-UTF-8 locale the first Cyrillic one would end the JVM with a trace.
            FileNameEncoding.Relaunch relaunch = FileNameEncoding.relaunch();
            if (relaunch instanceof FileNameEncoding.Impossible impossible) {
                out.println(impossible.sentence());
                System.exit(COULD_NOT_RUN);
            }
            System.exit(((FileNameEncoding.Finished) relaunch).exitCode());
        }
        if (args.length > 0 && args[0].equals("process")) {
            // A one-pass batch: in a JVM tuned for a short run (see BatchJvm), unless the user tuned this one.
            Optional<Integer> batch = BatchJvm.relaunch(Main.class.getName(), List.of(args));
            if (batch.isPresent()) {
                System.exit(batch.get());
            }
        }
        int code = run(List.of(args), out, Clock.systemDefaultZone());
        if (code != OK || !isServe(args)) {
            System.exit(code);
        }
    }

    /**
     * The console in its own encoding: a Windows console's code page (866 in Russian Windows) when there is one,
     * UTF-8 otherwise (Linux terminals, Notepad and logs read it).
     */
    private static PrintStream console() {
        String encoding = System.getProperty("sun.stdout.encoding");
        Charset charset = encoding != null && Charset.isSupported(encoding) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
        return new PrintStream(new FileOutputStream(FileDescriptor.out), true, charset);
    }

    private static boolean isServe(String[] args) {
        return args.length == 0 || args[0].startsWith("--") || args[0].equals("serve");
    }

    static int run(List<String> args, PrintStream out, Clock clock) {
        CommandLine.Parsed parsed = CommandLine.parse(args);
        if (parsed instanceof CommandLine.Message message) {
            out.println(message.text());
            return message.error() ? USAGE : OK;
        }
        if (parsed instanceof CommandLine.Backup backup) {
            return Backup.run(backup, out) ? OK : COULD_NOT_RUN;
        }
        if (parsed instanceof CommandLine.Coordinator coordinator) {
            return coordinator(coordinator, out, clock);
        }
        CommandLine.Run command = (CommandLine.Run) parsed;
        Settings settings = command.settings();
        Optional<String> folders = Folders.problem(settings, command.given());
        if (folders.isPresent()) {
            out.println(folders.get());
            return COULD_NOT_RUN;
        }
        Optional<String> database = Optional.ofNullable(settings.store(System.getenv()).problem());
        if (database.isPresent()) {
            out.println(database.get());
            return COULD_NOT_RUN;
        }
        if (settings.mode() == Settings.Mode.SERVE) {
            Optional<String> port = Port.problem(settings.host(), settings.port());
            if (port.isPresent()) {
                out.println(port.get());
                return COULD_NOT_RUN;
            }
        }
        Optional<App> opened;
        try {
            opened = App.open(settings, clock);
        } catch (UncheckedIOException | IllegalStateException e) {
            out.println("Не удаётся открыть рабочие папки или базу данных: " + e.getMessage());
            return COULD_NOT_RUN;
        }
        if (opened.isEmpty()) {
            out.println("С папкой данных " + settings.data().toAbsolutePath() + " уже работает другая копия программы."
                    + " Остановите её или укажите другую папку (--data).");
            return COULD_NOT_RUN;
        }
        App app = opened.get();
        if (settings.mode() == Settings.Mode.PROCESS) {
            try (app) {
                return processOnce(app, out);
            }
        }
        return Service.start(app, out) ? OK : COULD_NOT_RUN;
    }

    /**
     * The first-run procedure (and a forgotten coordinator's password): a one-time password is printed here and
     * must be changed at the first sign-in. Works beside a running service: it only touches the accounts table.
     */
    private static int coordinator(CommandLine.Coordinator command, PrintStream out, Clock clock) {
        Optional<String> problem = Accounts.loginProblem(command.login());
        if (problem.isPresent()) {
            out.println(problem.get());
            return USAGE;
        }
        Optional<String> folder = Folders.dataProblem(command.data());
        if (folder.isPresent()) {
            out.println(folder.get());
            return COULD_NOT_RUN;
        }
        Database.Choice choice = command.database() == null
                ? new Database.Choice(Database.sqlite(command.data().resolve(Settings.DATABASE_FILE)), null)
                : Database.of(command.database(), System.getenv());
        if (choice.problem() != null) {
            out.println(choice.problem());
            return COULD_NOT_RUN;
        }
        Database database = choice.database();
        try (Accounts accounts = Accounts.open(database, clock)) {
            boolean existed = accounts.find(command.login()).isPresent();
            Optional<Issued> issued = accounts.issueCoordinator(command.login());
            if (issued.isEmpty()) {
                out.println("Логин «" + command.login() + "» принадлежит школе; выберите для координатора другой логин.");
                return USAGE;
            }
            out.println((existed ? "Координатору «" : "Создана учётная запись координатора «") + issued.get().account().login()
                    + (existed ? "» выдан новый пароль." : "»."));
            out.println("Одноразовый пароль: " + issued.get().password());
            out.println("Войдите на веб-странице с этим паролем и сразу задайте свой (не короче "
                    + Accounts.MIN_PASSWORD_LENGTH + " символов).");
            return OK;
        } catch (IllegalStateException | UncheckedIOException e) {
            out.println("Не удаётся открыть базу данных " + database.describe() + ": " + e.getMessage());
            return COULD_NOT_RUN;
        }
    }

    private static int processOnce(App app, PrintStream out) {
        Pipeline.Pass pass = app.pipeline().runOnce();
        if (!pass.ran()) {
            out.println("Обработка невозможна: справочник " + app.settings.reference().toAbsolutePath()
                    + (app.references.problems().isEmpty() ? " не найден." : " содержит ошибки:"));
            for (Problem p : app.references.problems()) {
                out.println("  " + p.severity().label() + ": " + p.describe());
            }
            return COULD_NOT_RUN;
        }
        List<ReceivedFile> files = pass.files();
        if (files.isEmpty() && pass.fault().isPresent()) {
            out.println("Обработка невозможна. " + pass.fault().get().sentence());
            return MACHINE_FAULT;
        }
        long accepted = files.stream().filter(f -> f.status() == Status.ACCEPTED).count();
        long warned = files.stream().filter(f -> f.status() == Status.ACCEPTED_WITH_WARNINGS).count();
        long rejected = files.stream().filter(f -> f.status() == Status.REJECTED).count();
        long duplicates = files.stream().filter(f -> f.status() == Status.DUPLICATE).count();
        out.println("Обработано файлов: " + files.size() + " (принято: " + accepted + ", принято с замечаниями: " + warned
                + ", отклонено: " + rejected + ", повторных: " + duplicates + ").");
        for (ReceivedFile f : files) {
            out.println("  " + f.originalName() + " — " + f.status().label() + "; протокол: " + f.receiptPath());
        }
        if (!pass.waiting().isEmpty()) {
            out.println("Оставлены во входящих — ещё копируются или скопированы не полностью (будут взяты позже, а через "
                    + app.settings.giveUp().toMinutes() + " мин. недокопированный файл будет отклонён с протоколом):");
            for (Inbox.Waiting w : pass.waiting()) {
                out.println("  " + app.settings.inbox().toAbsolutePath().normalize().relativize(w.file().path()));
            }
        }
        out.println("Результаты: " + app.outbox.root());
        if (pass.fault().isPresent()) {
            out.println("Обработка прервана. " + pass.fault().get().sentence());
            return MACHINE_FAULT;
        }
        return OK;
    }
}
