package ru.vprsvod.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import ru.vprsvod.consolidation.Campaign;
import ru.vprsvod.consolidation.Consolidator;
import ru.vprsvod.consolidation.ResultsStore;
import ru.vprsvod.consolidation.SchoolResult;
import ru.vprsvod.consolidation.WorkResults;
import ru.vprsvod.document.DocxTemplate;
import ru.vprsvod.document.Rendering;
import ru.vprsvod.document.TemplateLoading;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.ReferenceSource;
import ru.vprsvod.statistics.Percent;
import ru.vprsvod.statistics.WorkStats;

/**
 * The documents benchmark against docxtemplater: one template laid out twice — in our tag syntax and in
 * docxtemplater's — holding what the analytical report's largest part holds: for every work a heading and a
 * table with a row per school (share of each mark, quality, success, mean score) and the district's row, with
 * the product's cell formatting. Both fill it with the same data (the campaign the product consolidated from a
 * generated district or region), read the template, render, zip and write the file each time.
 *
 * <p>{@code DocsBench --data DIR --db DATA_DIR [--rounds 5] [--node bench/docxtemplater]}: DIR holds the
 * generator's {@code справочник.xlsx}; DATA_DIR is a data folder the product filled from DIR's inbox.
 */
public final class DocsBench {

    private DocsBench() {
    }

    public static void main(String[] args) throws Exception {
        Path data = null;
        Path db = null;
        Path node = Path.of("bench", "docxtemplater");
        int rounds = 5;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[i + 1]);
                case "--db" -> db = Path.of(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--node" -> node = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path work = Files.createTempDirectory("vpr-bench-docs");
        Race race = race(data.resolve("справочник.xlsx"), db, node, work, true);
        // render.js runs docxtemplater three times a round and reports the runs after the first, so V8 is warm in
        // every round; our engine gets five rounds of warm-up for its JIT to match.
        race.run(5, rounds);
        System.out.println();
        System.out.print(race.table("docxtemplater"));
    }

    /** The race; {@code withDocxtemplater} false leaves the peer out (the smoke test, where Node may be absent). */
    static Race race(Path referenceFile, Path db, Path node, Path work, boolean withDocxtemplater) throws IOException {
        Map<String, Object> values = data(referenceFile, db);
        Files.createDirectories(work);
        Path ours = write(work.resolve("ours.docx"), true);
        Path theirs = write(work.resolve("docxtemplater.docx"), false);
        Path json = work.resolve("data.json");
        new ObjectMapper().writeValue(json.toFile(), values);
        int rows = ((List<?>) values.get("works")).stream().mapToInt(w -> ((List<?>) ((Map<?, ?>) w).get("schools")).size()).sum();
        System.out.printf(Locale.ROOT, "%d works, %d school rows%n", ((List<?>) values.get("works")).size(), rows);
        Race race = new Race();
        race.add("our engine (DocxTemplate)", () -> {
            long start = System.nanoTime();
            DocxTemplate template = ((TemplateLoading.Loaded) DocxTemplate.load(ours)).template();
            Rendering r = template.render(values);
            if (!(r instanceof Rendering.Rendered rendered)) {
                throw new IllegalStateException("our engine failed: " + r);
            }
            try (OutputStream out = Files.newOutputStream(work.resolve("ours-out.docx"))) {
                rendered.writeTo(out);
            }
            return System.nanoTime() - start;
        });
        if (!withDocxtemplater) {
            return race;
        }
        race.add("docxtemplater", () -> {
            Process p = new ProcessBuilder("node", node.resolve("render.js").toString(), theirs.toString(), json.toString(),
                    work.resolve("docxtemplater-out.docx").toString(), "3").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("docxtemplater failed: " + out);
            }
            String last = out.strip().lines().reduce((a, b) -> b).orElse("");
            return Math.round(Double.parseDouble(last.substring(last.indexOf('=') + 1)) * 1e9);
        });
        return race;
    }

    /** The works of the campaign year as plain lists and maps with Latin keys, which both engines read. */
    static Map<String, Object> data(Path referenceFile, Path db) {
        ReferenceSource source = new ReferenceSource(referenceFile);
        source.refresh();
        Reference reference = source.current().orElseThrow();
        List<Object> works = new ArrayList<>();
        try (ResultsStore store = ResultsStore.open(db.resolve("vpr-svod.db"))) {
            Campaign campaign = new Consolidator(store).campaign(reference.campaignYear(), reference);
            for (WorkResults w : campaign.works()) {
                List<Object> schools = new ArrayList<>();
                int n = 1;
                for (SchoolResult s : w.schools()) {
                    schools.add(row(n++, s.school().name(), s.stats()));
                }
                Map<String, Object> work = new LinkedHashMap<>();
                work.put("title", w.spec().work().subject() + ", " + w.spec().work().grade() + " класс");
                work.put("schools", schools);
                work.put("district", List.of(row(0, "Итого", w.district())));
                works.add(work);
            }
        }
        return Map.of("works", works);
    }

    private static Map<String, Object> row(int n, String name, WorkStats s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("n", n == 0 ? "" : Integer.toString(n));
        row.put("name", name);
        row.put("listed", Integer.toString(s.listed()));
        row.put("present", Integer.toString(s.present()));
        for (int mark = 2; mark <= 5; mark++) {
            row.put("m" + mark, Percent.format(s.markPercent(mark)));
        }
        row.put("quality", Percent.format(s.quality()));
        row.put("success", Percent.format(s.success()));
        row.put("mean", String.format(Locale.ROOT, "%.1f", s.meanScore()).replace('.', ','));
        return row;
    }

    private static final String[] COLUMNS = {"n", "name", "listed", "present", "m2", "m3", "m4", "m5", "quality", "success", "mean"};
    private static final String[] HEADERS = {"№", "Школа", "По списку", "Писали", "«2», %", "«3», %", "«4», %", "«5», %",
        "Качество, %", "Успеваемость, %", "Средний балл"};

    /** The template in our syntax ({@code ours}) or in docxtemplater's; the same layout and formatting. */
    static Path write(Path file, boolean ours) {
        StringBuilder body = new StringBuilder();
        body.append(paragraph(ours ? "{{#каждый work из works}}" : "{#works}", false));
        body.append(paragraph(ours ? "{{ work.title }}" : "{title}", true));
        body.append("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblBorders>");
        for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            body.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>");
        }
        body.append("</w:tblBorders></w:tblPr><w:tblGrid>");
        for (String column : COLUMNS) {
            body.append("<w:gridCol w:w=\"").append(column.equals("name") ? 2296 : 728).append("\"/>");
        }
        body.append("</w:tblGrid><w:tr><w:trPr><w:tblHeader/></w:trPr>");
        for (String h : HEADERS) {
            body.append(cell(h, true));
        }
        body.append("</w:tr>");
        for (String list : new String[] {"schools", "district"}) {
            body.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            for (int c = 0; c < COLUMNS.length; c++) {
                String open = c == 0 ? (ours ? "{{#каждый s из work." + list + "}}" : "{#" + list + "}") : "";
                String close = c == COLUMNS.length - 1 ? (ours ? "{{/каждый}}" : "{/" + list + "}") : "";
                // The district's row has no number: in our syntax a blank value must be allowed to be blank.
                String tag = COLUMNS[c].equals("n") ? "{{ s.n | пусто }}" : "{{ s." + COLUMNS[c] + " }}";
                body.append(cell(open + (ours ? tag : "{" + COLUMNS[c] + "}") + close, false));
            }
            body.append("</w:tr>");
        }
        body.append("</w:tbl>");
        body.append(paragraph(ours ? "{{/каждый}}" : "{/works}", false));
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>" + body
                + "<w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"
                + "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"850\" w:left=\"1134\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/>"
                + "</w:sectPr></w:body></w:document>";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            entry(zip, "word/document.xml", document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static String paragraph(String text, boolean bold) {
        return "<w:p><w:r>" + (bold ? "<w:rPr><w:b/></w:rPr>" : "") + "<w:t xml:space=\"preserve\">" + escape(text)
                + "</w:t></w:r></w:p>";
    }

    private static String cell(String text, boolean header) {
        String rPr = "<w:rPr>" + (header ? "<w:b/>" : "") + "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/></w:rPr>";
        return "<w:tc><w:tcPr><w:tcW w:w=\"728\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\""
                + " w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>" + rPr + "</w:pPr><w:r>" + rPr
                + "<w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r></w:p></w:tc>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
