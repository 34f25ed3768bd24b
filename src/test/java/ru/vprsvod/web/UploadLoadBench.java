package ru.vprsvod.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import io.javalin.Javalin;
import ru.vprsvod.testing.DistrictGenerator;
import ru.vprsvod.testing.Protocol;

/**
 * What a clerk waits for when many send at once: a generated district (16 schools, two years) is taken in first, so
 * that every refresh makes real documents; then, round after round, {@code --uploads} (49) forms are sent through
 * the real web form at the same instant while {@code --drops} (14) forms land in the inbox and a pass takes them.
 * Each upload's time from sending to its receipts page (the upload's redirect followed) is measured; the median and maximum are printed.
 *
 * <p>{@code UploadLoadBench [--rounds 3] [--uploads 49] [--drops 14]} from the project root (it uses templates/).
 */
public final class UploadLoadBench {

    private static final Object[] FULL = {1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 2};

    private UploadLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = 3;
        int uploads = 49;
        int drops = 14;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--uploads" -> uploads = Integer.parseInt(args[i + 1]);
                case "--drops" -> drops = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path dir = Files.createTempDirectory("vpr-bench-uploads");
        DistrictGenerator district = DistrictGenerator.generate(DistrictGenerator.Settings.standard(1));
        List<Double> all = new ArrayList<>();
        try (Desk desk = new Desk(dir, district.reference(), true)) {
            district.write(dir.resolve("ignored-reference.xlsx"), dir.resolve("inbox"));
            desk.app.pipeline().runOnce();
            desk.clock.advance(java.time.Duration.ofMinutes(1));
            desk.app.pipeline().runOnce();
            Javalin web = desk.app.web().start("127.0.0.1", 0);
            try {
                List<String> schools = district.schools().stream().map(DistrictGenerator.GeneratedSchool::login).toList();
                for (int round = 0; round <= rounds; round++) {
                    List<Double> seconds = round(web.port(), desk, schools, uploads, drops, round);
                    Collections.sort(seconds);
                    System.out.printf(Locale.ROOT, "%s round %d: %d uploads with %d inbox drops: median %.3f s, max %.3f s%n",
                            round == 0 ? "warmup" : "      ", round, uploads, drops, median(seconds),
                            seconds.get(seconds.size() - 1));
                    if (round > 0) {
                        all.addAll(seconds);
                    }
                }
            } finally {
                web.stop();
            }
        }
        Collections.sort(all);
        System.out.printf(Locale.ROOT, "uploads under load: median %.3f s, max %.3f s over %d uploads%n", median(all),
                all.get(all.size() - 1), all.size());
    }

    private static List<Double> round(int port, Desk desk, List<String> schools, int uploads, int drops, int round)
            throws Exception {
        Browser coordinator = new Browser(port);
        coordinator.signIn(Desk.COORDINATOR, Desk.PASSWORD);
        coordinator.get("/upload");
        ExecutorService senders = Executors.newFixedThreadPool(uploads + 1);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Double>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < uploads; i++) {
                String school = schools.get(i % schools.size());
                byte[] form = Uploading.xlsx(pupils(round * 1000 + i));
                answers.add(senders.submit(() -> {
                    go.await();
                    long start = System.nanoTime();
                    Browser.Response r = coordinator.multipart("/upload", Map.of("school", school),
                            List.of(new Browser.Part("files", school + "_Математика_4_2026.xlsx", form)));
                    if (r.status() != 200) {
                        throw new IllegalStateException("upload answered " + r.status() + ": " + r.body());
                    }
                    return (System.nanoTime() - start) / 1e9;
                }));
            }
            for (int i = 0; i < drops; i++) {
                String school = schools.get((i + 3) % schools.size());
                pupils(round * 1000 + 500 + i).write(desk.dir.resolve("inbox").resolve(school)
                        .resolve(school + "_Математика_4_2026 (" + round + "-" + i + ").xlsx"));
            }
            desk.app.pipeline().runOnce(); // sees the drops; they are taken once settled, by the pass below
            desk.clock.advance(java.time.Duration.ofMinutes(1));
            Future<?> pass = senders.submit(() -> {
                go.await();
                return desk.app.pipeline().runOnce();
            });
            go.countDown();
            List<Double> seconds = new ArrayList<>();
            for (Future<Double> answer : answers) {
                seconds.add(answer.get());
            }
            pass.get();
            return seconds;
        } finally {
            senders.shutdown();
        }
    }

    private static Protocol pupils(int seed) {
        Protocol form = Protocol.math4();
        for (int p = 0; p < 25; p++) {
            form.pupil(10_000 + seed * 30 + p, "4А", 2 + (p + seed) % 4, FULL);
        }
        return form;
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
