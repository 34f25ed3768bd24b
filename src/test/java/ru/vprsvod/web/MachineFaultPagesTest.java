package ru.vprsvod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.Protocol;
import ru.vprsvod.testing.Tmpfs;

/** A disk the service cannot write, as the people at the desk meet it: every page says so, uploads are refused. */
class MachineFaultPagesTest {

    private static final Object[] FULL = {1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 2};

    @TempDir
    Path dir;

    @Test
    void aReadOnlyOutboxIsToldOnEveryPageAndAnUploadIsRefusedWithoutTakingIt() throws Exception {
        try (Tmpfs tmpfs = Tmpfs.required()) {
            tmpfs.mount(dir.resolve("outbox"), "20m");
            try (Desk desk = new Desk(dir)) {
                tmpfs.remount(dir.resolve("outbox"), "ro");
                desk.app.pipeline().runOnce();
                JavalinTest.test(desk.app.web(), (server, client) -> {
                    Browser coordinator = new Browser(server.port());
                    coordinator.signIn(Desk.COORDINATOR, Desk.PASSWORD);
                    String sentence = "Запись невозможна: папка исходящих " + dir.resolve("outbox").toAbsolutePath()
                            + " — диск доступен только для чтения.";
                    assertTrue(coordinator.get("/").html().select("p.error[role=alert]").text().startsWith(sentence),
                            coordinator.get("/").body());
                    assertTrue(coordinator.get("/files").body().contains(sentence));

                    Browser clerk = new Browser(server.port());
                    clerk.signIn(Desk.SCHOOL_A, Desk.PASSWORD);
                    String paused = "Приём файлов временно приостановлен: на компьютере управления образования неполадка"
                            + " с дисками.";
                    assertTrue(clerk.get("/").html().select("p.error[role=alert]").text().startsWith(paused));
                    assertFalse(clerk.get("/").body().contains(dir.toString()), "a clerk is not shown the server's folders");

                    byte[] valid = Uploading.xlsx(Protocol.math4().pupil(40001, "4А", 5, FULL));
                    Browser.Response refused = clerk.multipart("/upload", Map.of(),
                            List.of(new Browser.Part("files", "edu990001_Математика_4_2026.xlsx", valid)));
                    assertEquals(503, refused.status());
                    assertTrue(refused.html().text().contains(paused), refused.body());
                    assertTrue(desk.app.pipeline().health().problems().stream().anyMatch(p -> p.startsWith(sentence)));
                    assertFalse(desk.app.pipeline().health().writable());
                    assertEquals(0, desk.app.pipeline().health().inProcessing(), "the refused upload was not kept");
                });
            }
        }
    }
}
