package ru.vprsvod.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.vprsvod.checks.Findings;
import ru.vprsvod.checks.Flag;
import ru.vprsvod.checks.IndexPoint;
import ru.vprsvod.checks.RecheckSelection;
import ru.vprsvod.checks.RecommendedSchool;
import ru.vprsvod.checks.Rule;
import ru.vprsvod.checks.SchoolFindings;
import ru.vprsvod.checks.SelectedWork;
import ru.vprsvod.checks.Skip;
import ru.vprsvod.checks.WorkFindings;
import ru.vprsvod.checks.YearFindings;
import ru.vprsvod.recheck.RecheckComparison;
import ru.vprsvod.reference.School;
import ru.vprsvod.reference.Setting;

/** The «objectivity» section of report.json: rules in force, flags per year, risk group, index history, re-check. */
final class ObjectivityJson {

    private ObjectivityJson() {
    }

    static void write(JsonGenerator g, Findings f) throws IOException {
        g.writeObjectFieldStart("objectivity");
        g.writeArrayFieldStart("rules");
        for (Setting s : f.rules().all()) {
            setting(g, s);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("years");
        for (YearFindings y : f.years()) {
            year(g, y);
        }
        g.writeEndArray();
        history(g, f);
        recheck(g, f.recheck());
        recheckResults(g, f.recheckResults());
        g.writeEndObject();
    }

    private static void recheckResults(JsonGenerator g, RecheckComparison c) throws IOException {
        g.writeObjectFieldStart("recheckResults");
        g.writeNumberField("works", c.works().size());
        g.writeNumberField("changedScores", c.changedScores());
        g.writeNumberField("changedMarks", c.changedMarks());
        g.writeNumberField("lowered", c.lowered());
        g.writeNumberField("raised", c.raised());
        double held = ru.vprsvod.statistics.Percent.round1(c.heldPercent());
        if (Double.isNaN(held)) {
            g.writeNullField("heldPercent");
        } else {
            g.writeNumberField("heldPercent", held);
        }
        strings(g, "notes", c.notes());
        g.writeArrayFieldStart("items");
        for (RecheckComparison.Compared w : c.works()) {
            g.writeStartObject();
            g.writeStringField("login", w.school());
            g.writeStringField("subject", w.work().subject());
            g.writeNumberField("grade", w.work().grade());
            g.writeStringField("code", w.code());
            g.writeNumberField("scoreBefore", w.scoreBefore());
            g.writeNumberField("scoreAfter", w.scoreAfter());
            g.writeNumberField("markBefore", w.markBefore());
            g.writeNumberField("markAfter", w.markAfter());
            g.writeStringField("direction", w.direction());
            strings(g, "changedTasks", w.changedTasks());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void year(JsonGenerator g, YearFindings y) throws IOException {
        g.writeStartObject();
        g.writeNumberField("year", y.year());
        g.writeArrayFieldStart("riskGroup");
        for (SchoolFindings s : y.riskGroup()) {
            g.writeStartObject();
            g.writeStringField("login", s.school().login());
            g.writeStringField("name", s.school().name());
            g.writeNumberField("index", s.index());
            strings(g, "reasons", s.riskReasons());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("recommended");
        for (SchoolFindings s : y.recommended()) {
            g.writeStartObject();
            g.writeStringField("login", s.school().login());
            g.writeStringField("name", s.school().name());
            g.writeNumberField("index", s.index());
            strings(g, "reasons", s.recommendReasons());
            g.writeEndObject();
        }
        g.writeEndArray();
        skips(g, y.skipped());
        g.writeObjectFieldStart("flaggedBy");
        for (Rule rule : Rule.values()) {
            strings(g, rule.name(), y.flaggedBy(rule).stream().map(s -> s.school().login()).toList());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("schools");
        for (SchoolFindings s : y.schools()) {
            school(g, s);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void school(JsonGenerator g, SchoolFindings s) throws IOException {
        g.writeStartObject();
        g.writeStringField("login", s.school().login());
        g.writeStringField("name", s.school().name());
        g.writeStringField("type", s.school().type());
        g.writeNumberField("index", s.index());
        g.writeBooleanField("riskGroup", s.riskGroup());
        strings(g, "riskReasons", s.riskReasons());
        g.writeBooleanField("recheckRecommended", s.recheckRecommended());
        strings(g, "recommendReasons", s.recommendReasons());
        markers(g, s.markers());
        flags(g, s.schoolFlags());
        skips(g, s.schoolSkips());
        g.writeArrayFieldStart("works");
        for (WorkFindings w : s.works()) {
            g.writeStartObject();
            g.writeStringField("subject", w.work().subject());
            g.writeNumberField("grade", w.work().grade());
            g.writeNumberField("year", w.work().year());
            flags(g, w.flags());
            skips(g, w.skipped());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void flags(JsonGenerator g, List<Flag> flags) throws IOException {
        g.writeArrayFieldStart("flags");
        for (Flag f : flags) {
            g.writeStartObject();
            g.writeStringField("rule", f.rule().name());
            g.writeStringField("kind", f.kind());
            g.writeStringField("text", f.text());
            strings(g, "details", f.details());
            g.writeArrayFieldStart("thresholds");
            for (Setting s : f.thresholds()) {
                setting(g, s);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void skips(JsonGenerator g, List<Skip> skips) throws IOException {
        g.writeArrayFieldStart("skipped");
        for (Skip s : skips) {
            g.writeStartObject();
            g.writeStringField("rule", s.rule().name());
            g.writeStringField("reason", s.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void setting(JsonGenerator g, Setting s) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", s.parameter().rule());
        g.writeStringField("parameter", s.parameter().label());
        g.writeStringField("key", s.parameter().name());
        if (!s.subject().isEmpty()) {
            g.writeStringField("subject", s.subject());
        }
        if (s.grade() != 0) {
            g.writeNumberField("grade", s.grade());
        }
        g.writeStringField("value", s.value());
        g.writeStringField("source", s.source());
        g.writeBooleanField("default", s.byDefault());
        if (!s.cell().isEmpty()) {
            g.writeStringField("cell", s.cell());
        }
        g.writeEndObject();
    }

    private static void markers(JsonGenerator g, Map<Rule, Integer> markers) throws IOException {
        g.writeObjectFieldStart("markers");
        for (Map.Entry<Rule, Integer> m : markers.entrySet()) {
            g.writeNumberField(m.getKey().name(), m.getValue());
        }
        g.writeEndObject();
    }

    private static void history(JsonGenerator g, Findings f) throws IOException {
        Map<String, School> schools = new LinkedHashMap<>();
        f.years().forEach(y -> y.schools().forEach(s -> schools.putIfAbsent(s.school().login(), s.school())));
        g.writeArrayFieldStart("history");
        for (School school : schools.values()) {
            g.writeStartObject();
            g.writeStringField("login", school.login());
            g.writeStringField("name", school.name());
            g.writeArrayFieldStart("years");
            for (IndexPoint p : f.history(school.login())) {
                g.writeStartObject();
                g.writeNumberField("year", p.year());
                g.writeNumberField("index", p.index());
                g.writeBooleanField("riskGroup", p.riskGroup());
                markers(g, p.markers().entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        Map.Entry::getValue, (a, b) -> a, () -> new java.util.EnumMap<>(Rule.class))));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void recheck(JsonGenerator g, RecheckSelection r) throws IOException {
        g.writeObjectFieldStart("recheck");
        g.writeNumberField("year", r.year());
        g.writeNumberField("districtWorks", r.districtWorks());
        g.writeNumberField("required", r.required());
        g.writeNumberField("selected", r.works().size());
        g.writeStringField("seed", Long.toString(r.seed()));
        g.writeStringField("seedOrigin", r.seedOrigin());
        if (r.deadline() != null) {
            g.writeStringField("deadline", r.deadline().toString());
        } else {
            g.writeNullField("deadline");
        }
        if (r.keepUntil() != null) {
            g.writeStringField("keepUntil", r.keepUntil().toString());
        } else {
            g.writeNullField("keepUntil");
        }
        strings(g, "notes", r.notes());
        g.writeArrayFieldStart("settings");
        for (Setting s : r.settings()) {
            setting(g, s);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("works");
        for (SelectedWork w : r.works()) {
            g.writeStartObject();
            g.writeStringField("login", w.school().login());
            g.writeStringField("school", w.school().name());
            g.writeStringField("subject", w.work().subject());
            g.writeNumberField("grade", w.work().grade());
            g.writeStringField("code", w.code());
            g.writeStringField("class", w.className());
            g.writeStringField("variant", w.variant());
            g.writeNumberField("primaryScore", w.primaryScore());
            g.writeNumberField("mark", w.mark());
            g.writeStringField("reason", w.reason().name());
            g.writeStringField("why", w.why());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("recommended");
        for (RecommendedSchool s : r.recommended()) {
            g.writeStartObject();
            g.writeStringField("login", s.school().login());
            g.writeStringField("school", s.school().name());
            g.writeNumberField("index", s.index());
            strings(g, "rules", s.rules().stream().map(Rule::name).toList());
            strings(g, "reasons", s.reasons());
            g.writeNumberField("boundaryWorks", s.boundaryWorks());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
