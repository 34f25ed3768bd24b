package ru.vprsvod.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.vprsvod.intake.Pipeline;

/**
 * «Сформировать заново» as a background job, one at a time: the page that started it shows its progress (the
 * outputs made so far) until it ends. Asking again while one runs joins the running job.
 */
final class Regeneration {

    private static final Logger log = LoggerFactory.getLogger(Regeneration.class);

    enum State { RUNNING, DONE, NO_REFERENCE, FAILED }

    /** A job's state as pages and the API show it; {@code steps} are the outputs begun, in order. */
    record Job(long id, State state, List<String> steps, Instant startedAt, Instant finishedAt, String startedBy) {
        Job {
            steps = List.copyOf(steps);
        }
    }

    private final Pipeline pipeline;
    private final Clock clock;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Job> jobs = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Job> eldest) {
            return size() > 50;
        }
    });
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "regeneration");
        t.setDaemon(true); // outputs are written to temporary names and moved: stopping mid-way leaves nothing half-done
        return t;
    });

    Regeneration(Pipeline pipeline, Clock clock) {
        this.pipeline = pipeline;
        this.clock = clock;
    }

    synchronized Job start(String by) {
        Optional<Job> running = jobs.values().stream().filter(j -> j.state() == State.RUNNING).findFirst();
        if (running.isPresent()) {
            return running.get();
        }
        long id = ids.incrementAndGet();
        Job job = new Job(id, State.RUNNING, List.of(), clock.instant(), null, by);
        jobs.put(id, job);
        worker.execute(() -> run(id));
        return job;
    }

    Optional<Job> job(long id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void run(long id) {
        List<String> steps = new ArrayList<>();
        try {
            boolean ran = pipeline.regenerate(name -> {
                steps.add(name);
                update(id, State.RUNNING, steps, null);
            });
            update(id, ran ? State.DONE : State.NO_REFERENCE, steps, clock.instant());
        } catch (RuntimeException e) {
            log.error("Regeneration {} failed", id, e);
            update(id, State.FAILED, steps, clock.instant());
        }
    }

    private void update(long id, State state, List<String> steps, Instant finished) {
        Job old = jobs.get(id);
        jobs.put(id, new Job(id, state, steps, old.startedAt(), finished, old.startedBy()));
    }
}
