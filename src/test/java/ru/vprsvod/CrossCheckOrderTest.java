package ru.vprsvod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.publishing.OutboxNames;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.testing.DistrictGenerator;
import ru.vprsvod.testing.DocxText;
import ru.vprsvod.testing.MutableClock;
import ru.vprsvod.testing.ReferenceWorkbook;

/**
 * The order on cross-checking made by the real product from a generated district of two years: read back with
 * docx4j, every subject pairs each school with another, last year's risk group is checked from outside it, the
 * same data and seed give the same pairs, and a district too small to pair says so.
 */
class CrossCheckOrderTest {

    @TempDir
    Path dir;

    private static final String ORDER = OutboxNames.crossCheckOrder(2026);

    /** One row of the appendix: the subject section it stands under, the checked school, its grades, the checker, the note. */
    record Row(String subject, String checked, String grades, String checker, String note) {
    }

    private Path run(String name, ReferenceWorkbook reference, DistrictGenerator district) throws Exception {
        Path root = dir.resolve(name);
        for (String folder : List.of("inbox", "outbox", "data", "templates")) {
            Files.createDirectories(root.resolve(folder));
        }
        Files.copy(Path.of("templates", ru.vprsvod.report.CrossCheckOrder.TEMPLATE),
                root.resolve("templates").resolve(ru.vprsvod.report.CrossCheckOrder.TEMPLATE));
        if (district != null) {
            district.write(root.resolve("ignored.xlsx"), root.resolve("inbox"));
        }
        reference.write(root.resolve("справочник.xlsx"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int code = Main.run(List.of("process", "--inbox", root.resolve("inbox").toString(), "--outbox", root.resolve("outbox").toString(),
                "--reference", root.resolve("справочник.xlsx").toString(), "--templates", root.resolve("templates").toString(),
                "--data", root.resolve("data").toString(), "--pdf", "нет"), new PrintStream(printed, true, StandardCharsets.UTF_8),
                MutableClock.spring2026());
        assertEquals(0, code, printed.toString(StandardCharsets.UTF_8));
        return root.resolve("outbox");
    }

    private static List<Row> appendix(Path outbox) {
        List<List<List<String>>> tables = DocxText.open(outbox.resolve(ORDER)).tables();
        List<List<String>> table = tables.get(tables.size() - 1);
        assertEquals(List.of("№ п/п", "Образовательная организация, работы которой проверяются", "Классы",
                "Образовательная организация, учителя которой проверяют", "Примечание"), table.get(0).stream()
                .map(CrossCheckOrderTest::plain).toList());
        List<Row> rows = new ArrayList<>();
        String subject = null;
        for (List<String> r : table.subList(1, table.size())) {
            if (r.size() == 1) {
                subject = r.get(0);
            } else {
                rows.add(new Row(plain(subject), plain(r.get(1)), r.get(2), plain(r.get(3)), plain(r.get(4))));
            }
        }
        return rows;
    }

    /** The text as read, without the soft hyphens and no-break spaces the typography puts in. */
    private static String plain(String text) {
        return text.replace("\u00ad", "").replace('\u00a0', ' ');
    }

    private static Set<String> riskGroupNames(Path outbox, int year) throws Exception {
        Set<String> names = new HashSet<>();
        for (JsonNode y : new ObjectMapper().readTree(outbox.resolve("report.json").toFile()).get("objectivity").get("years")) {
            if (y.get("year").asInt() == year) {
                y.get("riskGroup").forEach(s -> names.add(s.get("name").asText()));
            }
        }
        return names;
    }

    @Test
    void everySubjectPairsEachSchoolWithAnotherAndLastYearsRiskGroupIsCheckedFromOutside() throws Exception {
        DistrictGenerator district = DistrictGenerator.generate(DistrictGenerator.Settings.standard(1));
        Path outbox = run("first", district.reference(), district);
        Set<String> group = riskGroupNames(outbox, 2025);
        assertFalse(group.isEmpty(), "the generated district has a risk group in 2025");
        List<Row> rows = appendix(outbox);
        Set<String> schools = new HashSet<>();
        district.schools().forEach(s -> schools.add(s.name()));
        Map<String, Set<String>> checkedPerSubject = new LinkedHashMap<>();
        for (Row r : rows) {
            assertNotEquals(r.checked(), r.checker(), "no school checks itself: " + r);
            assertTrue(schools.contains(r.checked()) && schools.contains(r.checker()), r.toString());
            assertTrue(checkedPerSubject.computeIfAbsent(r.subject(), k -> new HashSet<>()).add(r.checked()), "once per subject: " + r);
            if (group.contains(r.checked())) {
                assertFalse(group.contains(r.checker()), "the risk group is checked from outside: " + r);
                assertEquals("группа риска 2025 г.", r.note());
            } else {
                assertEquals("—", r.note());
            }
        }
        assertEquals(List.of("Математика — 4 и 5 классы", "Русский язык — 4 класс"), List.copyOf(checkedPerSubject.keySet()));
        checkedPerSubject.values().forEach(v -> assertEquals(schools, v, "every school of the subject is checked"));

        String text = plain(DocxText.open(outbox.resolve(ORDER)).text());
        assertTrue(text.contains("в муниципальную группу риска по итогам ВПР 2025 года (" ), text);
        Matcher seed = Pattern.compile("Начальное число распределения — (\\d+) \\(вычислено из года и состава школ").matcher(text);
        assertTrue(seed.find(), text);

        // The same data again: the same pairs. The printed seed written into «Правила»: still the same pairs.
        assertEquals(rows, appendix(run("again", district.reference(), district)));
        assertEquals(rows, appendix(run("seeded", district.reference().rule(RuleParameter.CROSS_SEED, null, null, seed.group(1)),
                district)));
        List<Row> other = appendix(run("other seed", district.reference().rule(RuleParameter.CROSS_SEED, null, null, "7"), district));
        assertNotEquals(rows, other, "another seed, another distribution");
        assertTrue(plain(DocxText.open(dir.resolve("other seed").resolve("outbox").resolve(ORDER)).text())
                .contains("Начальное число распределения — 7 (задано в справочнике: «7» ("));

        // Switched off on «Правила»: the risk group is not kept apart, and the order says nothing of it.
        Path off = run("off", district.reference().rule(RuleParameter.CROSS_RISK_OUTSIDE, null, null, "нет"), district);
        appendix(off).forEach(r -> assertEquals("—", r.note()));
        assertFalse(DocxText.open(off.resolve(ORDER)).text().contains("группу риска"));
    }

    @Test
    void aDistrictOfOneSchoolGetsANoteSayingWhyThereIsNoOrder() throws Exception {
        ReferenceWorkbook reference = ReferenceWorkbook.example();
        List<Object> first = reference.schools.get(0);
        reference.schools.clear();
        reference.schools.add(first);
        Path outbox = run("one", reference, null);
        assertFalse(Files.exists(outbox.resolve(ORDER)));
        String note = Files.readString(outbox.resolve(OutboxNames.crossCheckNotMade(2026)));
        assertTrue(note.startsWith("\ufeffПриказ о проведении перекрёстной проверки ВПР 2026 не сформирован: по предмету «"), note);
        assertTrue(note.contains("пишет только одна школа (МБОУ «СОШ № 1 г. Энска»): перекрёстной проверки по нему не будет — нужны не"
                + " менее двух школ"), note);
    }
}
