package ru.vprsvod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.DistrictGenerator;
import ru.vprsvod.testing.DocumentLayout;
import ru.vprsvod.testing.DocxText;
import ru.vprsvod.testing.MutableClock;
import ru.vprsvod.testing.ReferenceWorkbook;

/**
 * «Ready to sign»: every document the product makes for a generated district of two years, read back as a records
 * manager reads it — once with the example's full requisites and once with every optional requisite left out (no
 * municipality, coordinator, executor, address). Each check lists every place it fails, by document and text.
 */
class DocumentQualityTest {

    @TempDir
    static Path dir;
    /** Outbox-relative names (prefixed by the run) → the document. */
    static final Map<String, DocxText> documents = new TreeMap<>();
    static final Map<String, DocumentLayout> layouts = new TreeMap<>();

    /** The optional requisites the second run leaves out. */
    private static final List<String> OPTIONAL = List.of("Муниципальное образование", "Должность муниципального координатора",
            "Муниципальный координатор ВПР", "Исполнитель", "Телефон исполнителя", "Адрес", "Телефон, e-mail",
            "Наименование органа в родительном падеже", "Краткое наименование органа");

    @BeforeAll
    static void twoDistrictsThroughThePipeline() throws Exception {
        DistrictGenerator district = DistrictGenerator.generate(DistrictGenerator.Settings.standard(1));
        run("полные реквизиты", district, withExperts(district.reference(), district));
        ReferenceWorkbook bare = withExperts(district.reference(), district);
        bare.requisites.removeIf(r -> OPTIONAL.contains(String.valueOf(r.get(0))));
        bare.documents.clear();
        run("без необязательных реквизитов", district, bare);
        assertTrue(documents.size() >= 2 * 11, "the documents of both runs: " + documents.keySet());
    }

    /** A bank of experts, so that the subject commissions' directive is made and read too. */
    private static ReferenceWorkbook withExperts(ReferenceWorkbook reference, DistrictGenerator district) {
        String[] surnames = {"Алексеева", "Борисова", "Васильева", "Григорьева", "Дмитриева", "Егорова", "Жукова", "Зайцева"};
        int n = 0;
        for (var school : district.schools()) {
            for (String subject : List.of("Математика", "Русский язык")) {
                reference.expert(surnames[n % surnames.length] + " Мария " + (n / surnames.length == 0 ? "Ивановна" : "Петровна"
                        + n), school.login(), subject, "да", 10, n < 2 ? subject : null);
                n++;
            }
        }
        return reference;
    }

    /** Two schools' «График», so that the directive's appendix 3 is read too (the others named as not sent). */
    private static void schedules(Path root, DistrictGenerator district) {
        ru.vprsvod.reference.Reference loaded = ((ru.vprsvod.reference.ReferenceReading.Loaded) ru.vprsvod.reference
                .ReferenceLoader.load(root.resolve("справочник.xlsx"))).reference();
        for (var school : district.schools().subList(0, 2)) {
            ru.vprsvod.testing.FilledSchedule schedule = new ru.vprsvod.testing.FilledSchedule(loaded, school.login());
            int day = 14;
            for (var spec : ru.vprsvod.schedule.ScheduleForm.expectedWorks(loaded, loaded.school(school.login()).orElseThrow())) {
                schedule.line(java.time.LocalDate.of(2026, 4, day++), spec.work().subject(), spec.work().grade(),
                        spec.work().grade() + "А, " + spec.work().grade() + "Б");
            }
            schedule.write(root.resolve("inbox").resolve(school.login()).resolve("график.xlsx"), root);
        }
    }

    private static void run(String name, DistrictGenerator district, ReferenceWorkbook reference) throws Exception {
        Path root = Files.createDirectories(dir.resolve(name));
        district.write(root.resolve("справочник.xlsx"), root.resolve("inbox"));
        reference.write(root.resolve("справочник.xlsx"));
        schedules(root, district);
        Path templates = Files.createDirectories(root.resolve("templates"));
        try (Stream<Path> shipped = Files.list(Path.of("templates"))) {
            for (Path t : shipped.filter(p -> p.toString().endsWith(".docx")).toList()) {
                Files.copy(t, templates.resolve(t.getFileName()));
            }
        }
        // A department's folders exist before the program is pointed at them (named folders are never created).
        Path outbox = Files.createDirectories(root.resolve("outbox"));
        Files.createDirectories(root.resolve("data"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int code = Main.run(List.of("process", "--inbox", root.resolve("inbox").toString(), "--outbox", outbox.toString(),
                "--reference", root.resolve("справочник.xlsx").toString(), "--templates", templates.toString(),
                "--data", root.resolve("data").toString(), "--pdf", "нет"), new PrintStream(printed, true, StandardCharsets.UTF_8),
                MutableClock.spring2026());
        assertEquals(0, code, printed.toString(StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.walk(outbox)) {
            List<Path> notes = files.filter(p -> p.getFileName().toString().endsWith("ошибки шаблона.txt")).toList();
            assertEquals(List.of(), notes, "every document was made");
        }
        try (Stream<Path> files = Files.walk(outbox)) {
            for (Path docx : files.filter(p -> p.toString().endsWith(".docx")).sorted().toList()) {
                String key = name + ": " + outbox.relativize(docx);
                DocxText doc = DocxText.open(docx);
                documents.put(key, doc);
                layouts.put(key, DocumentLayout.of(doc));
            }
        }
        String directive = DocxText.open(outbox.resolve(ru.vprsvod.publishing.OutboxNames.directive(2026))).plain().text();
        assertTrue(directive.contains("График проведения всероссийских проверочных работ"), "the schedules were taken: "
                + name);
    }

    /** Every paragraph of every document, as «document: text». */
    private static List<String[]> paragraphs() {
        List<String[]> all = new ArrayList<>();
        layouts.forEach((name, layout) -> layout.paragraphs().forEach(p -> all.add(new String[] {name, p.number(), p.text()})));
        return all;
    }

    private static void noneFound(List<String> found, String what) {
        assertTrue(found.isEmpty(), found.size() + " " + what + ":\n" + String.join("\n", found.subList(0, Math.min(40, found.size()))));
    }

    /** The road-map order's pages were 207.4 × 293.4 mm. */
    @Test
    void everySectionOfEveryDocumentIsA4PortraitOrLandscape() {
        List<String> found = new ArrayList<>();
        layouts.forEach((name, layout) -> {
            for (DocumentLayout.Page page : layout.pages()) {
                // A4 is 210 × 297 mm = 11906.6 × 16837.8 twips: Word writes 11906 × 16838.
                boolean portrait = !page.landscape() && Math.abs(page.width() - 11906) <= 1 && Math.abs(page.height() - 16838) <= 1;
                boolean landscape = page.landscape() && Math.abs(page.width() - 16838) <= 1 && Math.abs(page.height() - 11906) <= 1;
                if (!portrait && !landscape) {
                    found.add(name + ": " + page.width() / 56.7 + " × " + page.height() / 56.7 + " мм");
                }
            }
        });
        noneFound(found, "sections not A4");
    }

    /** «…муниципального образования «» в 2025 году», a tag left, «null», a gap where a value was empty. */
    @Test
    void noEmptyQuotesTagNullOrDoubleSpace() {
        List<String> found = new ArrayList<>();
        Pattern bad = Pattern.compile("«[\\s\u00a0]*»|\\{\\{|}}|(?<![\\p{L}])null(?![\\p{L}])|(?<=\\S)[ \u00a0]{2,}(?=\\S)|\\( |"
                + " [.,;:)]");
        for (String[] p : paragraphs()) {
            Matcher m = bad.matcher(p[2]);
            if (m.find()) {
                found.add(p[0] + ": «" + m.group() + "» in «" + p[2] + "»");
            }
        }
        // Headers, footers and notes too (a tag split across runs would hide from a paragraph's text).
        documents.forEach((name, doc) -> {
            Matcher m = Pattern.compile("\\{\\{|}}|(?<![\\p{L}])null(?![\\p{L}])|«[\\s\u00a0]*»").matcher(doc.allText());
            if (m.find()) {
                found.add(name + ": «" + m.group() + "» in a part of the document");
            }
        });
        noneFound(found, "empty quotes, tags, nulls or double spaces");
    }

    /** «2025 / г.», «51,5 / %», «№ / 3» broke across lines. */
    @Test
    void noNumberIsPartedFromItsPercentYearOrNumberSignByABreakingSpace() {
        List<String> found = new ArrayList<>();
        Pattern parted = Pattern.compile("\\d %|\\d г\\.|№ \\d|№ _|(?<![\\p{L}])\\p{Lu}\\.\\p{Lu}\\. \\p{Lu}\\p{Ll}");
        for (String[] p : paragraphs()) {
            Matcher m = parted.matcher(p[2]);
            while (m.find()) {
                found.add(p[0] + ": «" + m.group() + "» in «" + p[2] + "»");
            }
        }
        noneFound(found, "breaking spaces inside a number and its unit, «№» and its number or initials and a surname");
    }

    @Test
    void everyDocumentIsHyphenated() {
        List<String> found = new ArrayList<>();
        layouts.forEach((name, layout) -> {
            if (!layout.hyphenated()) {
                found.add(name);
            }
        });
        noneFound(found, "documents without automatic hyphenation");
    }

    /** «миниму|м ОО», «Перепров|ерка»: narrow columns split words without a hyphen. */
    @Test
    void noTableColumnIsNarrowerThanItsLongestWordAtItsFontSize() {
        assumeTrue(DocumentLayout.fontAvailable(), "Liberation Serif (fonts-liberation2) is not installed: widths cannot be measured");
        Map<String, String> found = new LinkedHashMap<>();
        layouts.forEach((name, layout) -> {
            for (DocumentLayout.Word w : layout.tableWords()) {
                double width = DocumentLayout.width(w);
                if (width > w.widthPoints() + 0.01) {
                    found.putIfAbsent(name.replaceFirst("^[^:]+: ", "") + " " + w.where() + " «" + w.word() + "»",
                            String.format("%.1f pt in %.1f pt (%s pt%s)", width, w.widthPoints(), w.points(), w.bold() ? ", bold" : ""));
                }
            }
        });
        noneFound(found.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList(), "words wider than their column");
    }

    /** The three stamps of a school's road map touched each other. */
    @Test
    void blocksSetSideBySideKeepAGapBetweenThem() {
        List<String> found = new ArrayList<>();
        layouts.forEach((name, layout) -> {
            for (List<double[]> row : layout.layoutGaps()) {
                for (double[] gap : row) {
                    if (gap[0] < 4 * 72 / 25.4) {
                        found.add(name + String.format(": %.1f mm", gap[0] * 25.4 / 72));
                    }
                }
            }
        });
        noneFound(found, "neighbouring blocks closer than 4 mm");
    }

    private static final Pattern POINTS = Pattern.compile("(?<![\\p{L}])(п\\.|пункт[а-я]*)[ \u00a0]+(\\d+(?:\\.\\d+)*)"
            + "((?:[ \u00a0]*(?:–|—|-|,|и)[ \u00a0]*\\d+(?:\\.\\d+)*)*)");
    private static final Pattern SECTIONS = Pattern.compile("(?<![\\p{L}])раздел[а-я]*[ \u00a0]+(\\d+)");
    private static final Pattern APPENDICES = Pattern.compile("(?<![\\p{L}])приложени[а-я]*[ \u00a0]+№[ \u00a0]*(\\d+)");
    private static final Pattern HEADING = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.\\s");

    /**
     * The directive cited «разделом 6 Порядка», the re-check order «пункты 6.1–6.3», the report «Порядок МО, п. 6.3» while
     * the product's own Порядок had sections 1–5. Every «п.», «пункт», «раздел» and «приложение №» either names the
     * Порядок (appendix 2 of the directive), and then that point is in it, or points into the same document.
     */
    @Test
    void everyReferenceToAPointNamesOneThatExists() {
        List<String> found = new ArrayList<>();
        for (String run : List.of("полные реквизиты", "без необязательных реквизитов")) {
            Set<String> order = orderPoints(run);
            assertTrue(order.containsAll(List.of("5.9", "5.10", "6", "6.3", "6.4", "6.5", "7.4")), "the Порядок's points: " + order);
            layouts.forEach((name, layout) -> {
                if (!name.startsWith(run + ":")) {
                    return;
                }
                Set<String> own = ownPoints(layout);
                Set<String> appendices = new LinkedHashSet<>();
                for (DocumentLayout.Paragraph p : layout.paragraphs()) {
                    Matcher a = Pattern.compile("^Приложение[ \u00a0]+№[ \u00a0]*(\\d+)").matcher(p.text());
                    if (a.find()) {
                        appendices.add(a.group(1));
                    }
                }
                for (DocumentLayout.Paragraph p : layout.paragraphs()) {
                    String text = p.text();
                    Matcher m = POINTS.matcher(text);
                    while (m.find()) {
                        List<String> numbers = new ArrayList<>(List.of(m.group(2)));
                        Matcher more = Pattern.compile("\\d+(?:\\.\\d+)*").matcher(m.group(3));
                        while (more.find()) {
                            numbers.add(more.group());
                        }
                        boolean toOrder = namesTheOrder(context(text, m.start(), m.end()));
                        for (String n : numbers) {
                            if (!(toOrder ? order : own).contains(n)) {
                                found.add(name + ": «" + m.group() + "» (" + (toOrder ? "Порядок" : "этот документ") + ") in «" + text + "»");
                            }
                        }
                    }
                    Matcher s = SECTIONS.matcher(text);
                    while (s.find()) {
                        boolean toOrder = namesTheOrder(context(text, s.start(), s.end()));
                        if (!(toOrder ? order : own).contains(s.group(1))) {
                            found.add(name + ": «" + s.group() + "» in «" + text + "»");
                        }
                    }
                    Matcher a = APPENDICES.matcher(text);
                    while (a.find()) {
                        if (!appendices.contains(a.group(1))) {
                            found.add(name + ": «" + a.group() + "» in «" + text + "»");
                        }
                    }
                }
            });
        }
        noneFound(found, "references to points that do not exist");
    }

    private static boolean namesTheOrder(String context) {
        return context.contains("Порядок") || context.contains("Порядк");
    }

    private static String context(String text, int start, int end) {
        return text.substring(Math.max(0, start - 60), Math.min(text.length(), end + 40));
    }

    /** The numbers of the Порядок, appendix 2 of the directive: what follows its title. */
    private static Set<String> orderPoints(String run) {
        DocumentLayout directive = layouts.get(run + ": Распоряжение об организации и проведении ВПР 2026.docx");
        Set<String> points = new LinkedHashSet<>();
        boolean inOrder = false;
        for (DocumentLayout.Paragraph p : directive.paragraphs()) {
            inOrder |= p.text().startsWith("Порядок проведения всероссийских проверочных работ");
            if (inOrder && !p.number().isEmpty()) {
                points.add(p.number().replaceAll("\\.$", ""));
            }
        }
        return points;
    }

    /** A document's own numbers: its numbered points and the numbers its headings are typed with. */
    private static Set<String> ownPoints(DocumentLayout layout) {
        Set<String> own = new LinkedHashSet<>();
        for (DocumentLayout.Paragraph p : layout.paragraphs()) {
            if (!p.number().isEmpty() && !p.inTable()) {
                own.add(p.number().replaceAll("\\.$", ""));
            }
            Matcher h = HEADING.matcher(p.text());
            if (h.find() && !p.inTable()) {
                own.add(h.group(1));
            }
        }
        return own;
    }

    /**
     * The road-map order listed under «Меры в отношении образовательных организаций группы риска» schools with one sign
     * that are not in the group, and called named schools' results «завышенные» as a fact.
     */
    @Test
    void theRiskGroupSectionOfTheRoadMapNamesOnlyTheGroupAndSignsAreCalledSigns() {
        int checked = 0;
        for (Map.Entry<String, DocxText> e : documents.entrySet()) {
            String name = e.getKey();
            if (!name.contains("Приказ об утверждении дорожной карты")) {
                continue;
            }
            DocxText doc = e.getValue().plain();
            Matcher point = Pattern.compile("Включить в муниципальную группу риска[^:]*: ([^\\n]+)\\.\\n").matcher(doc.text());
            assertTrue(point.find(), name + ": the point naming the risk group:\n" + doc.text());
            List<String> group = List.of(point.group(1).split(", (?=МБОУ)"));
            List<List<String>> map = doc.tables().get(1);
            String section = "";
            for (List<String> row : map) {
                if (row.size() == 1) {
                    section = row.get(0);
                } else if (section.contains("группы риска") && row.size() == 6) {
                    for (String school : row.get(2).split(", (?=МБОУ)")) {
                        assertTrue(group.contains(school), name + ": «" + school + "» under «" + section + "» is not in the group "
                                + group);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 0, "rows of the risk-group section were checked");
        for (Map.Entry<String, DocxText> e : documents.entrySet()) {
            if (e.getKey().contains("Приказ об утверждении дорожной карты") || e.getKey().contains("План по повышению")) {
                String text = e.getValue().plain().text();
                assertTrue(!text.contains("с завышенными результатами") && !text.contains("(завышенные результаты"),
                        e.getKey() + " speaks of inflated results as a fact:\n" + text);
            }
        }
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("январь", 1), Map.entry("февраль", 2),
            Map.entry("март", 3), Map.entry("апрель", 4), Map.entry("май", 5), Map.entry("июнь", 6), Map.entry("июль", 7),
            Map.entry("август", 8), Map.entry("сентябрь", 9), Map.entry("октябрь", 10), Map.entry("ноябрь", 11),
            Map.entry("декабрь", 12), Map.entry("января", 1), Map.entry("февраля", 2), Map.entry("марта", 3),
            Map.entry("апреля", 4), Map.entry("мая", 5), Map.entry("июня", 6), Map.entry("июля", 7), Map.entry("августа", 8),
            Map.entry("сентября", 9), Map.entry("октября", 10), Map.entry("ноября", 11), Map.entry("декабря", 12));

    /**
     * The road maps and the plan are for the school year 2026/2027 (1 September 2026 – 31 August 2027), yet listed
     * events in August 2026 and the re-check's deadline in July: every date in their tables is inside that year.
     */
    @Test
    void theDatesOfARoadMapOrPlanStayInsideItsSchoolYear() {
        LocalDate from = LocalDate.of(2026, 9, 1);
        LocalDate to = LocalDate.of(2027, 8, 31);
        Pattern monthYear = Pattern.compile("(?iu)(январ[ья]|феврал[ья]|март[а]?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|август[а]?"
                + "|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья])(?:[ \u00a0]+(\\d{4}))?");
        Pattern digits = Pattern.compile("(\\d{2})\\.(\\d{2})\\.(\\d{4})");
        List<String> found = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, DocumentLayout> e : layouts.entrySet()) {
            String name = e.getKey();
            if (!(name.contains("Приказ об утверждении дорожной карты") || name.contains("План по повышению")
                    || name.contains("Дорожная карта"))) {
                continue;
            }
            for (DocumentLayout.Paragraph p : e.getValue().paragraphs()) {
                if (!p.inTable()) {
                    continue;
                }
                Matcher d = digits.matcher(p.text());
                while (d.find()) {
                    LocalDate date = LocalDate.of(Integer.parseInt(d.group(3)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(1)));
                    checked++;
                    if (date.isBefore(from) || date.isAfter(to)) {
                        found.add(name + ": " + d.group() + " in «" + p.text() + "»");
                    }
                }
                // «Март – май 2027 г.»: a month without its year takes the next year named after it.
                Matcher m = monthYear.matcher(p.text());
                List<int[]> pending = new ArrayList<>();
                while (m.find()) {
                    String month = m.group(1).toLowerCase();
                    Integer number = MONTHS.get(month);
                    if (number == null) {
                        number = MONTHS.get(month.replaceAll("[ья]$", "ь").replaceAll("а$", ""));
                    }
                    if (number == null) {
                        continue;
                    }
                    pending.add(new int[] {number});
                    if (m.group(2) != null) {
                        int year = Integer.parseInt(m.group(2));
                        for (int[] month1 : pending) {
                            LocalDate first = LocalDate.of(year, month1[0], 1);
                            checked++;
                            if (first.isBefore(from.withDayOfMonth(1)) || first.isAfter(to)) {
                                found.add(name + ": " + first.getMonth() + " " + year + " in «" + p.text() + "»");
                            }
                        }
                        pending.clear();
                    }
                }
            }
        }
        assertTrue(checked > 50, "dates were found to check: " + checked);
        noneFound(found, "dates outside the school year of the plan");
    }
}
