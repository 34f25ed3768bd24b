package ru.vprsvod.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void aPasswordOnTheCommandLineIsRefused() {
        assertEquals("Пароль базы данных нельзя указывать в командной строке: её видят все пользователи компьютера."
                        + " Уберите password= из адреса и задайте пароль в файле, путь к которому указан в переменной"
                        + " окружения VPR_DB_PASSWORD_FILE (файл должен быть доступен только программе), или в переменной"
                        + " окружения VPR_DB_PASSWORD.",
                Database.of("jdbc:postgresql://db/vpr?user=vpr&password=secret", Map.of()).problem());
    }

    @Test
    void pgDumpReachesTheServerOfTheUrlWithThePasswordInItsEnvironmentNeverItsArguments() {
        Database database = Database.of("jdbc:postgresql://db.rcoi.local:5433/vpr?user=vpr&currentSchema=district7",
                Map.of("VPR_DB_PASSWORD", "s3cret")).database();
        assertEquals(Map.of("PGHOST", "db.rcoi.local", "PGPORT", "5433", "PGDATABASE", "vpr", "PGUSER", "vpr",
                "PGPASSWORD", "s3cret", "PGAPPNAME", "vpr-svod"), database.clientEnvironment());
        assertEquals(java.util.Optional.of("district7"), database.schema());
        Database userFromEnvironment = Database.of("jdbc:postgresql://db/vpr", Map.of("VPR_DB_USER", "svod")).database();
        assertEquals("svod", userFromEnvironment.clientEnvironment().get("PGUSER"));
        assertEquals("5432", userFromEnvironment.clientEnvironment().get("PGPORT"));
        assertEquals(java.util.Optional.empty(), userFromEnvironment.schema());
        assertEquals(Map.of(), Database.sqlite(dir.resolve("vpr-svod.db")).clientEnvironment());
    }

    @Test
    void somethingElseThanAPostgresUrlIsExplained() {
        assertEquals("Параметр --database ожидает адрес сервера PostgreSQL вида jdbc:postgresql://сервер:5432/vpr,"
                + " указано «/srv/vpr.db».", Database.of("/srv/vpr.db", Map.of()).problem());
    }

    @Test
    void aPasswordFileOthersCanReadIsRefusedAndAPrivateOneIsUsedWithoutShowingIt() throws Exception {
        Path file = dir.resolve("vpr.pw");
        Files.writeString(file, "s3cret-phrase\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Map<String, String> env = Map.of("VPR_DB_PASSWORD_FILE", file.toString(), "VPR_DB_PASSWORD", "other");
        assertEquals("Файл с паролем базы данных " + file.toAbsolutePath() + " могут читать другие пользователи"
                + " компьютера. Оставьте доступ только владельцу: chmod 600 " + file + ".",
                Database.of("jdbc:postgresql://db/vpr", env).problem());

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Database.Choice choice = Database.of("jdbc:postgresql://db/vpr?user=vpr", env);
        assertNull(choice.problem());
        assertEquals("s3cret-phrase", choice.database().credentials().getProperty("password"));
        assertFalse(choice.database().toString().contains("s3cret"));
        assertEquals("jdbc:postgresql://db/vpr?user=vpr", choice.database().describe());
    }

    @Test
    void theUserAndPasswordComeFromTheEnvironmentWhenNoFileIsNamed() {
        Database d = Database.of("jdbc:postgresql://db/vpr", Map.of("PGUSER", "vpr", "PGPASSWORD", "p")).database();
        assertEquals("vpr", d.credentials().getProperty("user"));
        assertEquals("p", d.credentials().getProperty("password"));
        Database v = Database.of("jdbc:postgresql://db/vpr", Map.of("VPR_DB_USER", "svod", "PGUSER", "vpr",
                "VPR_DB_PASSWORD", "q", "PGPASSWORD", "p")).database();
        assertEquals("svod", v.credentials().getProperty("user"));
        assertEquals("q", v.credentials().getProperty("password"));
    }
}
