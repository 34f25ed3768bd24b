package ru.vprsvod.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void intakeTimingsAreReadInTheirOwnUnits() {
        Settings s = ((CommandLine.Run) CommandLine.parse(List.of("serve", "--settle", "90", "--poll", "15", "--give-up", "240")))
                .settings();
        assertEquals(Duration.ofSeconds(90), s.settle());
        assertEquals(Duration.ofSeconds(15), s.poll());
        assertEquals(Duration.ofHours(4), s.giveUp());
        assertEquals(Duration.ofMinutes(2), s.readTimeout());
    }

    @Test
    void backupNeedsATargetAndTakesTheDataFolder() {
        CommandLine.Parsed parsed = CommandLine.parse(List.of("backup", "--to", "/mnt/копии/сегодня", "--data", "d"));
        assertEquals(new CommandLine.Backup(Path.of("d"), Path.of("/mnt/копии/сегодня")), parsed);
        assertEquals(new CommandLine.Message("Укажите, куда сохранить резервную копию: backup --to ПАПКА.", true),
                CommandLine.parse(List.of("backup")));
        CommandLine.Message wrong = assertInstanceOf(CommandLine.Message.class,
                CommandLine.parse(List.of("backup", "--to", "x", "--inbox", "y")));
        assertTrue(wrong.error() && wrong.text().startsWith("Команда backup принимает только --to, --data, --database и"
                + " --pg-dump; указано «--inbox»."), wrong.text());
    }

    @Test
    void aBackupOfAPostgresServerNamesItAndMayNamePgDumpButNeverTakesAPasswordInTheAddress() {
        assertEquals(new CommandLine.Backup(Path.of("/srv/vpr/data"), Path.of("копия"), "jdbc:postgresql://db:5432/vpr?user=vpr",
                        Path.of("/opt/pg/bin/pg_dump")),
                CommandLine.parse(List.of("backup", "--to", "копия", "--data", "/srv/vpr/data", "--database",
                        "jdbc:postgresql://db:5432/vpr?user=vpr", "--pg-dump", "/opt/pg/bin/pg_dump")));
        CommandLine.Message secret = assertInstanceOf(CommandLine.Message.class, CommandLine.parse(List.of("backup", "--to", "x",
                "--database", "jdbc:postgresql://db/vpr?user=vpr&password=секрет")));
        assertTrue(secret.error() && secret.text().startsWith("Пароль базы данных нельзя указывать в командной строке"),
                secret.text());
        assertEquals(new CommandLine.Message("--pg-dump нужен только вместе с --database (копия базы на сервере PostgreSQL).",
                true), CommandLine.parse(List.of("backup", "--to", "x", "--pg-dump", "/usr/bin/pg_dump")));
    }

    @Test
    void theFoldersNamedOnTheCommandLineAreToldFromTheDefaults() {
        CommandLine.Run run = (CommandLine.Run) CommandLine.parse(List.of("process", "--inbox", "/srv/входящие", "--pdf", "нет"));
        assertEquals(java.util.Set.of("--inbox", "--pdf"), run.given(), "a named folder must exist; a default one may be made");
        assertEquals(Path.of("outbox"), run.settings().outbox());
    }

    @Test
    void aGiveUpTimeOutOfRangeIsAUsageError() {
        CommandLine.Message m = assertInstanceOf(CommandLine.Message.class, CommandLine.parse(List.of("--give-up", "0")));
        assertEquals("--give-up: нужно число минут от 1 до 10080, указано «0».", m.text());
    }
}
