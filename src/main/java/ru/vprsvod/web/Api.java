package ru.vprsvod.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.vprsvod.consolidation.Campaign;
import ru.vprsvod.consolidation.Consolidator;
import ru.vprsvod.consolidation.MissingWork;
import ru.vprsvod.consolidation.ResultsStore;
import ru.vprsvod.consolidation.StatusBoard;
import ru.vprsvod.consolidation.WorkResults;
import ru.vprsvod.publishing.Outbox;
import ru.vprsvod.publishing.OutboxNames;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.ReferenceSource;
import ru.vprsvod.report.JsonReport;

/**
 * The JSON API: the same data as the pages, under the same role rules (a clerk gets only their school), in
 * the shapes of report.json where they overlap. Documented in the README («JSON API»).
 */
final class Api {

    private final ReferenceSource references;
    private final ResultsStore store;
    private final Consolidator consolidator;
    private final Dashboard dashboard;
    private final Intake intake;
    private final Documents documents;
    private final Outbox outbox;

    Api(ReferenceSource references, ResultsStore store, Consolidator consolidator, Dashboard dashboard, Intake intake,
        Documents documents, Outbox outbox) {
        this.references = references;
        this.store = store;
        this.consolidator = consolidator;
        this.dashboard = dashboard;
        this.intake = intake;
        this.documents = documents;
        this.outbox = outbox;
    }

    static Map<String, Object> me(Session session) {
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("login", session.account().login());
        me.put("role", session.isCoordinator() ? "coordinator" : "school");
        me.put("school", session.school());
        me.put("mustChangePassword", session.account().mustChangePassword());
        return me;
    }

    void me(Context ctx) {
        ctx.json(me(Guard.session(ctx)));
    }

    void years(Context ctx) {
        Reference reference = reference();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaignYear", reference.campaignYear());
        body.put("years", consolidator.years(reference));
        ctx.json(body);
    }

    void campaign(Context ctx) {
        Reference reference = reference();
        Campaign campaign = consolidator.campaign(year(ctx, reference), reference);
        String school = Guard.session(ctx).school();
        if (school != null) {
            campaign = onlySchool(campaign, school);
        }
        Campaign shown = campaign;
        json(ctx, out -> JsonReport.writeCampaign(out, shown));
    }

    /** A clerk's view of a year: their own results beside the district's totals, and what they have not sent. */
    private static Campaign onlySchool(Campaign c, String school) {
        List<WorkResults> works = new ArrayList<>();
        for (WorkResults w : c.works()) {
            works.add(new WorkResults(w.spec(), w.schools().stream().filter(r -> r.school().login().equals(school)).toList(),
                    w.district()));
        }
        List<MissingWork> missing = c.missing().stream().filter(m -> m.school().login().equals(school)).toList();
        return new Campaign(c.year(), works, missing);
    }

    void status(Context ctx) {
        Reference reference = reference();
        StatusBoard board = StatusBoard.of(reference, year(ctx, reference), store);
        List<Map<String, Object>> cells = new ArrayList<>();
        for (StatusBoard.Row row : board.rows()) {
            for (StatusBoard.Cell cell : row.cells()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("school", row.school().login());
                m.put("subject", cell.work().subject());
                m.put("grade", cell.work().grade());
                m.put("year", cell.work().year());
                m.put("status", cell.state().name());
                m.put("statusText", cell.state().label());
                m.put("fileId", cell.latest() == null ? null : cell.latest().id());
                m.put("changedAt", cell.latest() == null ? null : cell.latest().receivedAt().toString());
                m.put("versions", cell.versions());
                m.put("laterRejected", cell.laterRejected());
                cells.add(m);
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", board.year());
        body.put("lastChange", board.optionalLastChange().map(Object::toString).orElse(null));
        body.put("cells", cells);
        ctx.json(body);
    }

    void files(Context ctx) {
        String school = Guard.session(ctx).school();
        var files = school == null ? store.files() : store.filesOf(school);
        json(ctx, out -> JsonReport.writeFiles(out, files));
    }

    void file(Context ctx) {
        var file = intake.visibleFile(ctx);
        json(ctx, out -> JsonReport.writeFile(out, file));
    }

    void job(Context ctx) {
        Regeneration.Job job = documents.job(ctx);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", job.id());
        body.put("state", job.state().name());
        body.put("stateText", Documents.stateText(job));
        body.put("steps", job.steps());
        body.put("startedAt", job.startedAt().toString());
        body.put("finishedAt", job.finishedAt() == null ? null : job.finishedAt().toString());
        ctx.json(body);
    }

    void report(Context ctx) {
        java.nio.file.Path file = outbox.resolve(OutboxNames.REPORT_JSON);
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new Guard.Refusal(HttpStatus.NOT_FOUND, "report.json ещё не сформирован.");
        }
        try {
            ctx.contentType("application/json").result(java.nio.file.Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int year(Context ctx, Reference reference) {
        try {
            int year = Integer.parseInt(ctx.pathParam("year"));
            if (consolidator.years(reference).contains(year)) {
                return year;
            }
        } catch (NumberFormatException e) {
            // not found below
        }
        throw new Guard.Refusal(HttpStatus.NOT_FOUND, "Нет данных за этот год.");
    }

    private static void json(Context ctx, Outbox.Content writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.contentType("application/json").result(out.toByteArray());
    }

    private Reference reference() {
        return Guard.reference(references);
    }
}
