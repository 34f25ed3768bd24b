package ru.vprsvod.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock tests move by hand, so nothing has to sleep. */
public final class MutableClock extends Clock {

    public static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private Instant now;
    private final ZoneId zone;

    public MutableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    /** 21.05.2026 10:00 Moscow time. */
    public static MutableClock spring2026() {
        return new MutableClock(Instant.parse("2026-05-21T07:00:00Z"), MOSCOW);
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MutableClock(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
