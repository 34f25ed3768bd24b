package ru.vprsvod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.consolidation.ReceivedFile;
import ru.vprsvod.testing.Protocol;

/**
 * Sixty uploads through the real form at the same instant, twice: clerks of two schools and the coordinator
 * sending for the others. Each answer is the receipt of the sender's own file, each file is recorded once.
 */
class ConcurrentWebUploadsIT {

    private static final int AT_ONCE = 60;
    private static final int ROUNDS = 2;

    @TempDir
    Path dir;

    private record Sent(String name, String school, long millis, Browser.Response answer) {
    }

    @Test
    void sixtyUploadsAtOnceThroughTheFormEachGetTheirOwnReceipt() throws Exception {
        long[] slowest = {0};
        try (Desk desk = new Desk(dir)) {
            JavalinTest.test(desk.app.web(), (server, client) -> {
                Browser clerkA = new Browser(server.port());
                clerkA.signIn(Desk.SCHOOL_A, Desk.PASSWORD);
                Browser clerkB = new Browser(server.port());
                clerkB.signIn(Desk.SCHOOL_B, Desk.PASSWORD);
                Browser coordinator = new Browser(server.port());
                coordinator.signIn(Desk.COORDINATOR, Desk.PASSWORD);
                coordinator.get("/upload");
                clerkA.get("/");
                clerkB.get("/");

                List<Sent> all = new ArrayList<>();
                ExecutorService senders = Executors.newFixedThreadPool(AT_ONCE);
                try {
                    for (int round = 1; round <= ROUNDS; round++) {
                        CyclicBarrier together = new CyclicBarrier(AT_ONCE);
                        List<Future<Sent>> sent = new ArrayList<>();
                        for (int i = 0; i < AT_ONCE; i++) {
                            int n = round * 100 + i;
                            String school = i % 3 == 0 ? Desk.SCHOOL_A : i % 3 == 1 ? Desk.SCHOOL_B : "edu99000" + (3 + i % 6);
                            Browser browser = i % 3 == 0 ? clerkA : i % 3 == 1 ? clerkB : coordinator;
                            Map<String, String> fields = browser == coordinator ? Map.of("school", school) : Map.of();
                            String name = school + "_Математика_4_2026 (" + n + ").xlsx";
                            byte[] bytes = Uploading.xlsx(Protocol.math4().pupilScoring(40_000 + n, "4А", 4, n % 21));
                            sent.add(senders.submit(() -> {
                                together.await();
                                long start = System.nanoTime();
                                Browser.Response answer = browser.multipart("/upload", fields,
                                        List.of(new Browser.Part("files", name, bytes)));
                                return new Sent(name, school, (System.nanoTime() - start) / 1_000_000, answer);
                            }));
                        }
                        for (Future<Sent> f : sent) {
                            all.add(f.get(5, TimeUnit.MINUTES));
                        }
                    }
                } finally {
                    senders.shutdownNow();
                }

                Set<String> receipts = new HashSet<>();
                for (Sent s : all) {
                    assertEquals(200, s.answer().status(), s.name() + ": " + s.answer().text());
                    List<Element> shown = s.answer().html().select("section.receipt");
                    assertEquals(1, shown.size(), s.name());
                    String title = shown.get(0).select("h2").text();
                    assertTrue(title.endsWith(" — " + s.name()), "the sender's own receipt: " + title + " for " + s.name());
                    assertTrue(receipts.add(title), "a receipt given twice: " + title);
                    assertEquals("Результат: принят. Замечаний нет, данные учтены.", shown.get(0).select("p.verdict").text(),
                            s.name());
                }
                List<ReceivedFile> files = desk.app.pipeline().runOnce().files();
                assertEquals(List.of(), files, "nothing left behind in the work folder");
                JsonNode journal = new ObjectMapper().readTree(coordinator.get("/api/files").body()).get("files");
                assertEquals(AT_ONCE * ROUNDS, journal.size(), "each upload recorded once");
                Set<String> recorded = new HashSet<>();
                journal.forEach(f -> recorded.add(f.get("name").asText() + "|" + f.get("school").asText()));
                for (Sent s : all) {
                    assertTrue(recorded.contains(s.name() + "|" + s.school()), s.name());
                }
                slowest[0] = all.stream().mapToLong(Sent::millis).max().orElse(0);
            });
        }
        // JavalinTest captures what is printed inside it.
        System.out.printf("%n=== Web uploads: %d rounds × %d at once through POST /upload: every answer its own receipt;"
                + " slowest answer %d ms%n", ROUNDS, AT_ONCE, slowest[0]);
    }
}
