package ru.vprsvod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.consolidation.ReceivedFile;
import ru.vprsvod.submission.Status;
import ru.vprsvod.testing.MutableClock;
import ru.vprsvod.testing.Protocol;

/**
 * Many clerks uploading through the web form at the same moment ({@link Pipeline#upload}, the method the form
 * calls), several rounds: every upload is recorded once, with its own bytes, name and school, and gets its own
 * receipt; the school's file in force sent again in a later round is a duplicate, not counted twice.
 */
class ConcurrentUploadsTest {

    private static final int CLERKS = 60;
    private static final int ROUNDS = 3;

    @TempDir
    Path dir;

    private record Upload(int clerk, String school, byte[] bytes, boolean broken) {
    }

    private record Result(Upload upload, String name, ReceivedFile file, long millis) {
    }

    @Test
    void sixtyClerksUploadingAtOnceRepeatedlyLoseNothingMixNothingUpAndEachGetTheirOwnReceipt() throws Exception {
        Department d = new Department(dir);
        List<Upload> uploads = new ArrayList<>();
        for (int c = 0; c < CLERKS; c++) {
            String school = "edu99000" + (1 + c % 8);
            byte[] bytes;
            boolean broken = c % 10 == 9;
            if (broken) {
                bytes = ("таблица сохранена как текст, клерк " + c).getBytes(StandardCharsets.UTF_8);
            } else {
                Protocol form = Protocol.math4();
                for (int p = 0; p <= c % 3; p++) {
                    form.pupilScoring(40_000 + c * 10 + p, "4А", 4, (c + p) % 21);
                }
                bytes = Files.readAllBytes(form.write(dir.resolve("form" + c + ".xlsx")));
            }
            uploads.add(new Upload(c, school, bytes, broken));
        }

        List<Result> results = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        try (App app = d.open(d.settings(), MutableClock.spring2026())) {
            ExecutorService clerks = Executors.newFixedThreadPool(CLERKS);
            try {
                for (int round = 1; round <= ROUNDS; round++) {
                    CyclicBarrier together = new CyclicBarrier(CLERKS);
                    List<Future<Result>> sent = new ArrayList<>();
                    for (Upload upload : uploads) {
                        // Unique names as browsers make them; a name with other words would be read as a subject.
                        String name = upload.school() + "_Математика_4_2026 (" + (round * 100 + upload.clerk()) + ").xlsx";
                        sent.add(clerks.submit(() -> {
                            together.await();
                            long start = System.nanoTime();
                            ReceivedFile file = app.pipeline().upload(new ByteArrayInputStream(upload.bytes()), name,
                                    upload.school(), "Математика", 4, 2026).orElseThrow();
                            return new Result(upload, name, file, (System.nanoTime() - start) / 1_000_000);
                        }));
                    }
                    for (Future<Result> f : sent) {
                        results.add(f.get(5, TimeUnit.MINUTES));
                    }
                }
            } finally {
                clerks.shutdownNow();
            }

            // Several clerks share a school: a repeat is a duplicate only of the school's file in force when it is
            // recorded (the latest file a school sends counts), so the expectation follows the recorded order.
            java.util.Map<String, String> inForce = new java.util.HashMap<>();
            java.util.Map<Long, Status> expectedStatus = new java.util.HashMap<>();
            results.stream().sorted(java.util.Comparator.comparingLong(r -> r.file().id())).forEach(r -> {
                String sha = Department.sha256(r.upload().bytes());
                Status status = r.upload().broken() ? Status.REJECTED
                        : sha.equals(inForce.get(r.upload().school())) ? Status.DUPLICATE : Status.ACCEPTED;
                if (status == Status.ACCEPTED) {
                    inForce.put(r.upload().school(), sha);
                }
                expectedStatus.put(r.file().id(), status);
            });
            Set<Long> ids = new HashSet<>();
            for (Result r : results) {
                ReceivedFile file = r.file();
                assertTrue(ids.add(file.id()), "each upload is its own journal entry");
                assertEquals(r.name(), file.originalName(), "the clerk's own file came back");
                assertEquals(Department.sha256(r.upload().bytes()), file.sha256(), "the clerk's own bytes: " + r.name());
                assertEquals(r.upload().school(), file.school());
                assertEquals(Department.sha256(r.upload().bytes()), Department.sha256(d.data.resolve(file.archivePath())));
                Status expected = expectedStatus.get(file.id());
                if (r.name().contains(" (1")) {
                    assertTrue(expected != Status.DUPLICATE, "the first round has no repeats: " + r.name());
                }
                assertEquals(expected, file.status(), r.name());
                Path receipt = d.outbox.resolve(file.receiptPath());
                assertTrue(file.receiptPath().startsWith(r.upload().school() + "/"), file.receiptPath());
                String text = new String(Files.readAllBytes(receipt), StandardCharsets.UTF_8);
                assertTrue(text.contains("ПРОТОКОЛ ПРОВЕРКИ ФАЙЛА № " + file.id() + "\r\n"), text);
                assertTrue(text.contains("Файл:      " + r.name() + "\r\n"), text);
                assertTrue(text.contains("(" + r.upload().school() + ")"), text);
            }
            assertEquals(CLERKS * ROUNDS, results.size());
            assertEquals(CLERKS * ROUNDS, app.store.files().size(), "nothing lost, nothing extra");
            assertEquals(List.of(), app.store.journal().unrecordedClaims());
            assertEquals(List.of(), Department.filesUnder(d.workFolder()));
            assertEquals(8, app.store.currentSubmissions(2026).size(), "one current result per school");
            for (Result r : results) {
                if (r.file().status() == Status.DUPLICATE) {
                    ReceivedFile original = app.store.file(r.file().duplicateOf()).orElseThrow();
                    assertEquals(r.file().sha256(), original.sha256(), "a duplicate of the same bytes");
                    assertEquals(r.upload().school(), original.school(), "a duplicate of the same school's file");
                }
            }
            assertNotNull(app.pipeline().health());
        }
        List<Long> latencies = results.stream().map(Result::millis).sorted().toList();
        System.out.printf("%n=== Concurrent uploads: %d rounds × %d clerks at once = %d uploads in %d ms; latency per upload:"
                        + " median %d ms, max %d ms (uploads are processed one at a time)%n", ROUNDS, CLERKS, results.size(),
                (System.nanoTime() - started) / 1_000_000, latencies.get(latencies.size() / 2),
                latencies.get(latencies.size() - 1));
    }
}
