package ru.vprsvod.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import ru.vprsvod.checks.Findings;
import ru.vprsvod.consolidation.Campaign;
import ru.vprsvod.consolidation.MissingWork;
import ru.vprsvod.consolidation.ReceivedFile;
import ru.vprsvod.consolidation.SchoolResult;
import ru.vprsvod.consolidation.StoredObserverReport;
import ru.vprsvod.consolidation.WorkResults;
import ru.vprsvod.observers.Visit;
import ru.vprsvod.reference.Requisites;
import ru.vprsvod.reference.Task;
import ru.vprsvod.reference.Work;
import ru.vprsvod.schedule.Sitting;
import ru.vprsvod.statistics.JournalComparison;
import ru.vprsvod.statistics.Percent;
import ru.vprsvod.statistics.TaskResult;
import ru.vprsvod.statistics.WorkStats;
import ru.vprsvod.workbook.Problem;

/**
 * The machine-readable report (report.json): the same content as the receipts and the consolidated workbook,
 * for other tools. Streamed, so a region's data does not have to fit in memory twice. The schema is described
 * in the README; keys are English, values (names, messages) Russian.
 */
public final class JsonReport {

    /** Bumped when a key is removed or changes meaning; new keys may appear without a bump. */
    public static final int FORMAT_VERSION = 1;

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonReport() {
    }

    public static void write(OutputStream out, List<Campaign> campaigns, List<ReceivedFile> files,
                             Requisites requisites, Instant generatedAt) throws IOException {
        write(out, campaigns, files, requisites, null, generatedAt);
    }

    /** With the objectivity checks' findings (section «objectivity»), when they were computed. */
    public static void write(OutputStream out, List<Campaign> campaigns, List<ReceivedFile> files,
                             Requisites requisites, Findings findings, Instant generatedAt) throws IOException {
        write(out, campaigns, files, requisites, findings, null, generatedAt);
    }

    /**
     * How the campaign year's works are conducted: the schools' schedules in force, and the observers' order as
     * issued with the report that counts for each visit (section «conduct»).
     *
     * @param reports the year's observers' reports, oldest first (the latest accepted one of a visit counts)
     */
    public record Conduct(int year, List<Sitting> schedule, List<Visit> visits, List<StoredObserverReport> reports) {
        public Conduct {
            schedule = List.copyOf(schedule);
            visits = List.copyOf(visits);
            reports = List.copyOf(reports);
        }
    }

    /** With the campaign year's schedules and observers too (section «conduct»), when given. */
    public static void write(OutputStream out, List<Campaign> campaigns, List<ReceivedFile> files, Requisites requisites,
                             Findings findings, Conduct conduct, Instant generatedAt) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", "vpr-svod-report");
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            g.writeStringField("generatedAt", generatedAt.toString());
            g.writeObjectFieldStart("department");
            g.writeStringField("name", requisites.bodyName());
            g.writeStringField("district", requisites.district());
            g.writeNumberField("campaignYear", requisites.campaignYear());
            g.writeEndObject();
            g.writeArrayFieldStart("years");
            for (Campaign c : campaigns) {
                campaign(g, c);
            }
            g.writeEndArray();
            if (findings != null) {
                ObjectivityJson.write(g, findings);
            }
            if (conduct != null) {
                conduct(g, conduct);
            }
            files(g, files);
            g.writeEndObject();
        }
    }

    private static void conduct(JsonGenerator g, Conduct conduct) throws IOException {
        g.writeObjectFieldStart("conduct");
        g.writeNumberField("year", conduct.year());
        g.writeArrayFieldStart("schedule");
        for (Sitting s : conduct.schedule()) {
            g.writeStartObject();
            g.writeStringField("login", s.school());
            g.writeStringField("date", s.date().toString());
            g.writeStringField("subject", s.work().subject());
            g.writeNumberField("grade", s.work().grade());
            g.writeArrayFieldStart("classes");
            for (String c : s.classes()) {
                g.writeString(c);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        java.util.Map<String, StoredObserverReport> counting = new java.util.HashMap<>();
        conduct.reports().stream().filter(r -> r.accepted() && r.date() != null)
                .forEach(r -> counting.put(r.school() + "|" + r.date(), r));
        g.writeArrayFieldStart("observers");
        for (Visit v : conduct.visits()) {
            g.writeStartObject();
            g.writeStringField("login", v.school());
            g.writeStringField("date", v.date().toString());
            g.writeStringField("works", v.works());
            g.writeStringField("observer", v.observer());
            g.writeStringField("reportDue", v.reportDue().toString());
            StoredObserverReport r = counting.get(v.school() + "|" + v.date());
            if (r == null) {
                g.writeNullField("report");
            } else {
                g.writeObjectFieldStart("report");
                g.writeNumberField("fileId", r.fileId());
                g.writeStringField("receivedAt", r.receivedAt().toString());
                g.writeStringField("observer", r.observer());
                g.writeArrayFieldStart("violations");
                for (String violation : r.violations()) {
                    g.writeString(violation);
                }
                g.writeEndArray();
                g.writeStringField("remarks", r.remarks());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** One year's object, exactly as an item of report.json's {@code years} (for the JSON API). */
    public static void writeCampaign(OutputStream out, Campaign campaign) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            campaign(g, campaign);
        }
    }

    /** {@code {"objectivity": …}} exactly as in report.json (for the JSON API). */
    public static void writeObjectivity(OutputStream out, Findings findings) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            ObjectivityJson.write(g, findings);
            g.writeEndObject();
        }
    }

    /** {@code {"files": [...]}} with each file as in report.json (for the JSON API). */
    public static void writeFiles(OutputStream out, List<ReceivedFile> files) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            files(g, files);
            g.writeEndObject();
        }
    }

    /** One file as in report.json's {@code files} (for the JSON API). */
    public static void writeFile(OutputStream out, ReceivedFile file) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            file(g, file);
        }
    }

    private static void files(JsonGenerator g, List<ReceivedFile> files) throws IOException {
        g.writeArrayFieldStart("files");
        for (ReceivedFile f : files) {
            file(g, f);
        }
        g.writeEndArray();
    }

    private static void campaign(JsonGenerator g, Campaign c) throws IOException {
        g.writeStartObject();
        g.writeNumberField("year", c.year());
        g.writeArrayFieldStart("works");
        for (WorkResults w : c.works()) {
            g.writeStartObject();
            work(g, w.spec().work());
            g.writeNumberField("maxScore", w.spec().scale().maxScore());
            g.writeObjectFieldStart("scale");
            g.writeNumberField("min3", w.spec().scale().min3());
            g.writeNumberField("min4", w.spec().scale().min4());
            g.writeNumberField("min5", w.spec().scale().min5());
            g.writeEndObject();
            g.writeArrayFieldStart("schools");
            for (SchoolResult r : w.schools()) {
                g.writeStartObject();
                g.writeStringField("login", r.school().login());
                g.writeStringField("name", r.school().name());
                g.writeNumberField("fileId", r.submission().fileId());
                g.writeStringField("acceptedAt", r.submission().acceptedAt().toString());
                g.writeFieldName("stats");
                stats(g, r.stats());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeFieldName("district");
            stats(g, w.district());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("missing");
        for (MissingWork m : c.missing()) {
            g.writeStartObject();
            g.writeStringField("login", m.school().login());
            g.writeStringField("name", m.school().name());
            g.writeArrayFieldStart("works");
            for (Work w : m.works()) {
                g.writeStartObject();
                work(g, w);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void work(JsonGenerator g, Work w) throws IOException {
        g.writeStringField("subject", w.subject());
        g.writeNumberField("grade", w.grade());
        g.writeNumberField("year", w.year());
    }

    static void stats(JsonGenerator g, WorkStats s) throws IOException {
        g.writeStartObject();
        g.writeNumberField("listed", s.listed());
        g.writeNumberField("present", s.present());
        g.writeNumberField("absent", s.absent());
        g.writeObjectFieldStart("marks");
        for (int mark = 2; mark <= 5; mark++) {
            g.writeObjectFieldStart(String.valueOf(mark));
            g.writeNumberField("count", s.markCount(mark));
            percent(g, "percent", s.markPercent(mark));
            g.writeEndObject();
        }
        g.writeEndObject();
        percent(g, "quality", s.quality());
        percent(g, "success", s.success());
        number(g, "meanScore", Percent.round1(s.meanScore()));
        JournalComparison j = s.journal();
        g.writeObjectFieldStart("journal");
        g.writeNumberField("compared", j.compared());
        g.writeNumberField("lowered", j.lowered());
        g.writeNumberField("confirmed", j.confirmed());
        g.writeNumberField("raised", j.raised());
        percent(g, "loweredPercent", j.loweredPercent());
        percent(g, "confirmedPercent", j.confirmedPercent());
        percent(g, "raisedPercent", j.raisedPercent());
        g.writeNumberField("differByTwoOrMore", j.differByTwoOrMore());
        g.writeEndObject();
        g.writeArrayFieldStart("scoreDistribution");
        for (int score = 0; score <= s.maxScore(); score++) {
            g.writeNumber(s.scoreCount(score));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("tasks");
        for (TaskResult t : s.tasks()) {
            Task task = t.task();
            g.writeStartObject();
            g.writeStringField("code", task.code());
            g.writeNumberField("max", task.maxPoints());
            if (task.level() != null) {
                g.writeStringField("level", task.level().letter());
            }
            percent(g, "solveRate", t.solveRate());
            g.writeObjectFieldStart("solveRateByMark");
            for (int mark = 2; mark <= 5; mark++) {
                percent(g, String.valueOf(mark), t.solveRate(mark));
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void file(JsonGenerator g, ReceivedFile f) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", f.id());
        g.writeStringField("name", f.originalName());
        g.writeStringField("school", f.school());
        g.writeStringField("source", f.source());
        g.writeStringField("receivedAt", f.receivedAt().toString());
        g.writeStringField("status", f.status().name());
        g.writeStringField("statusText", f.status().label());
        g.writeStringField("sha256", f.sha256());
        g.writeStringField("receipt", f.receiptPath());
        if (f.duplicateOf() != null) {
            g.writeNumberField("duplicateOf", f.duplicateOf());
        }
        g.writeArrayFieldStart("problems");
        for (Problem p : f.problems()) {
            g.writeStartObject();
            g.writeStringField("severity", p.isError() ? "error" : "warning");
            g.writeStringField("sheet", p.sheet());
            g.writeStringField("cell", p.cell());
            g.writeStringField("message", p.message());
            g.writeStringField("found", p.found());
            g.writeStringField("expected", p.expected());
            g.writeStringField("text", p.describe());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("omittedProblems", f.omittedProblems());
        g.writeEndObject();
    }

    /** A percentage rounded to one decimal as shown everywhere, or null when undefined (empty group). */
    private static void percent(JsonGenerator g, String field, double value) throws IOException {
        number(g, field, Percent.round1(value));
    }

    private static void number(JsonGenerator g, String field, double value) throws IOException {
        if (Double.isNaN(value)) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, value);
        }
    }
}
