package ru.vprsvod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import java.util.LinkedHashMap;
import java.util.Map;
import ru.vprsvod.checks.Findings;
import ru.vprsvod.checks.ObjectivityChecks;
import ru.vprsvod.checks.SchoolFindings;
import ru.vprsvod.consolidation.Campaign;
import ru.vprsvod.consolidation.Consolidator;
import ru.vprsvod.consolidation.ResultsStore;
import ru.vprsvod.document.DataSchema;
import ru.vprsvod.document.DocxTemplate;
import ru.vprsvod.document.Rendering;
import ru.vprsvod.document.TemplateLoading;
import ru.vprsvod.publishing.Outbox;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.ReferenceLoader;
import ru.vprsvod.reference.ReferenceReading;
import ru.vprsvod.report.AnalyticalReport;
import ru.vprsvod.report.ObjectivityPlan;
import ru.vprsvod.report.RecheckOrder;
import ru.vprsvod.report.RoadMapOrder;
import ru.vprsvod.report.SchoolRoadMap;
import ru.vprsvod.report.VprDirective;
import ru.vprsvod.testing.DistrictGenerator;
import ru.vprsvod.testing.DistrictGenerator.Plant;
import ru.vprsvod.testing.DocxText;
import ru.vprsvod.testing.MutableClock;
import ru.vprsvod.testing.Pdf;

/**
 * The seven documents made from a generated district of two years (seed 1: every planted anomaly is flagged) sent as
 * real workbooks through the real pipeline with the shipped templates, each read back with docx4j or POI and checked
 * against the findings the same run wrote to report.json: the right schools, counts and figures in the right places,
 * no tag left; then the PDF copies the product makes with LibreOffice: pages, fonts, page images.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DocumentsEndToEndIT {

    @TempDir
    static Path dir;
    static DistrictGenerator district;
    static Path outbox;
    static JsonNode objectivity;
    static JsonNode year2026;

    @BeforeAll
    static void theDistrictThroughThePipeline() throws Exception {
        district = DistrictGenerator.generate(DistrictGenerator.Settings.standard(1));
        district.write(dir.resolve("справочник.xlsx"), dir.resolve("inbox"));
        Path templates = Files.createDirectories(dir.resolve("templates"));
        try (Stream<Path> shipped = Files.list(Path.of("templates"))) {
            for (Path t : shipped.filter(p -> p.toString().endsWith(".docx")).toList()) {
                Files.copy(t, templates.resolve(t.getFileName()));
            }
        }
        outbox = Files.createDirectories(dir.resolve("outbox")); // folders named on the command line must exist
        Files.createDirectories(dir.resolve("data"));
        assertEquals(0, process("нет"));
        objectivity = new ObjectMapper().readTree(outbox.resolve("report.json").toFile()).get("objectivity");
        for (JsonNode y : objectivity.get("years")) {
            if (y.get("year").asInt() == 2026) {
                year2026 = y;
            }
        }
    }

    static int process(String pdf) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        return Main.run(List.of("process", "--inbox", dir.resolve("inbox").toString(), "--outbox", outbox.toString(),
                "--reference", dir.resolve("справочник.xlsx").toString(), "--templates", dir.resolve("templates").toString(),
                "--data", dir.resolve("data").toString(), "--pdf", pdf), new PrintStream(printed, true, StandardCharsets.UTF_8),
                MutableClock.spring2026());
    }

    private static DocxText open(String name) {
        Path file = outbox.resolve(name);
        assertTrue(Files.exists(file), "no " + name);
        DocxText doc = DocxText.open(file).plain();
        String text = doc.allText();
        assertFalse(text.contains("{{") || text.contains("}}"), name + ": a tag was left:\n" + text);
        return doc;
    }

    /** The names of the schools a report.json list of logins names. */
    private static List<String> names(JsonNode logins) {
        List<String> names = new ArrayList<>();
        logins.forEach(l -> names.add(name(l.asText())));
        return names;
    }

    private static String name(String login) {
        return district.schools().stream().filter(s -> s.login().equals(login)).findFirst().orElseThrow().name();
    }

    private static List<String> riskGroup() {
        List<String> logins = new ArrayList<>();
        year2026.get("riskGroup").forEach(s -> logins.add(s.get("login").asText()));
        return logins;
    }

    @Test
    @Order(1)
    void theDirectiveNamesEverySchoolWithItsHeadAndTheOrdersFigures() {
        DocxText doc = open("Распоряжение об организации и проведении ВПР 2026.docx");
        String text = doc.text();
        assertTrue(text.contains("от 16.02.2026\t№ 45-р"), "the registration entered on the «Документы» sheet:\n" + text);
        assertTrue(text.contains("Руководителям общеобразовательных организаций МБОУ «СОШ № 1» (А.В. Морозова), МБОУ «СОШ № 2»"
                + " (П.С. Громов)"), text);
        assertTrue(text.contains("МБОУ «Малая ООШ № 16» (К.Н. Степанов) (далее — образовательные организации):"), text);
        assertTrue(text.contains("для обучающихся 4 и 5 классов"), text);
        assertTrue(text.contains("исполняет главный специалист управления образования Н.В. Петрова"), text);
        assertTrue(text.contains("возложить на заместителя начальника управления образования О.И. Смирнову."), text);
        assertTrue(text.contains("в течение 90 дней со дня окончания периода проведения ВПР (20.05.2026), то есть до"
                + " 18.08.2026, исключив"), text);
        // The same dates as the calendar and the re-check order: 20.05.2026 + 45 days, and 10 August.
        assertTrue(text.contains("(приложение № 2) и завершить её в срок до 04.07.2026 (пункт 6.5 Порядка)."), text);
        assertTrue(text.contains("на официальном сайте не позднее 10.08.2026 (пункт 7.4 Порядка)."), text);
        assertTrue(text.contains("не менее 1 % работ участников ВПР района и не менее 5 работ каждой"), text);
        assertTrue(text.contains("в течение 45 календарных дней"), text);
        assertTrue(text.contains("— в которых более 50 % обучающихся не подтвердили текущую успеваемость результатами ВПР;"), text);
        assertTrue(text.contains("Начальник управления образования |  | С.А. Васильева"), "the signature:\n" + text);
        List<List<String>> schools = doc.tables().get(1);
        assertEquals(1 + district.schools().size(), schools.size(), "a row per school under the header");
        assertEquals(List.of("", "МБОУ «СОШ № 3»", "edu990003", "Е.Н. Белова",
                "Математика, 4 класс; Русский язык, 4 класс; Математика, 5 класс"), schools.get(3));
    }

    @Test
    @Order(2)
    void theRoadMapOrderNamesTheRiskGroupInItsPointsAndEvents() {
        DocxText doc = open("Приказ об утверждении дорожной карты по объективности ВПР 2026.docx");
        String text = doc.text();
        assertTrue(text.contains("от ____________\t№ ______"), "blanks until the coordinator enters them:\n" + text);
        List<String> group = names(loginsOf(year2026.get("riskGroup")));
        assertEquals(4, group.size());
        assertTrue(text.contains("Включить в муниципальную группу риска по итогам ВПР 2026 года 4 образовательные"
                + " организации, в результатах которых выявлены признаки необъективности, требующие анализа: "
                + String.join(", ", group) + "."), text);
        assertTrue(text.contains("УТВЕРЖДЕНА\nприказом Управления образования Администрации Энского муниципального района\n"
                + "от ____________ № ______"), "the approval stamp:\n" + text);
        List<List<String>> map = doc.tables().get(1);
        assertEquals(List.of("№ п/п", "Мероприятие", "Участники", "Сроки", "Ответственные", "Ожидаемый результат"), map.get(0));
        String peaks = row(map, "Перекрёстная проверка").get(2);
        assertEquals(String.join(", ", names(year2026.get("flaggedBy").get("C"))), peaks, "events aimed at a sign name its schools");
        assertEquals(String.join(", ", group), row(map, "Собеседование с руководителями").get(2));
        assertTrue(row(map, "Анализ итогов муниципальной перепроверки").get(1).contains("(" + objectivity.get("recheck")
                .get("selected").asInt() + " работ"), map.toString());
    }

    @Test
    @Order(3)
    void thePlanCountsAndNamesTheSchoolsOfEachKindOfSign() {
        DocxText doc = open("План по повышению объективности ВПР 2026.docx");
        List<List<String>> plan = doc.tables().get(1);
        JsonNode flagged = year2026.get("flaggedBy");
        String[][] kinds = {{"B", "с признаками завышения результатов ВПР"},
            {"A", "с признаками несоответствия результатов ВПР отметкам по журналу"},
            {"E", "с признаком резкого изменения результатов по сравнению с прошлым годом"},
            {"C", "с признаком скопления участников на границах отметок"}, {"D", "с признаком нетипичной решаемости заданий"},
            {"F", ", входившие в перечень ОО с признаками необъективности прошлого года"}};
        for (int k = 0; k < kinds.length; k++) {
            JsonNode logins = flagged.get(kinds[k][0]);
            String count = switch (logins.size()) {
                case 1 -> "1 школа";
                case 2, 3, 4 -> logins.size() + " школы";
                default -> logins.size() + " школ";
            };
            String expected = (k + 1) + ". Образовательные организации" + (kinds[k][1].startsWith(",") ? "" : " ") + kinds[k][1]
                    + " — " + count + (logins.isEmpty() ? "" : ": " + String.join(", ", names(logins)));
            assertTrue(plan.stream().anyMatch(r -> r.size() == 1 && r.get(0).equals(expected)), expected + "\n" + plan);
        }
    }

    @Test
    @Order(4)
    void theRecheckOrderListsTheSelectedWorksByCodeWithTheDeadline() {
        DocxText doc = open("Приказ о перепроверке работ ВПР 2026.docx");
        String text = doc.text();
        JsonNode recheck = objectivity.get("recheck");
        assertTrue(text.contains("Провести в срок до 04.07.2026 муниципальную перепроверку"), text);
        assertTrue(text.contains(recheck.get("selected").asInt() + " работ из " + recheck.get("districtWorks").asInt()
                + " работ участников ВПР района (требуется не менее 1 %, то есть не менее " + recheck.get("required").asInt()
                + ")"), text);
        assertTrue(text.contains("хранение работ участников ВПР и протоколов до 18.08.2026"), text);
        assertTrue(text.contains("Начальное число случайной выборки — " + recheck.get("seed").asText()), text);
        List<List<String>> works = doc.tables().get(1);
        assertEquals(1 + recheck.get("works").size(), works.size());
        JsonNode first = recheck.get("works").get(0);
        assertEquals(List.of("", name(first.get("login").asText()), first.get("subject").asText() + ", " + first.get("grade").asInt()
                + " класс", first.get("code").asText(), first.get("class").asText(), first.get("variant").asText(),
                first.get("primaryScore").asText(), first.get("mark").asText(), "граница «" + first.get("mark").asInt() + "»"),
                works.get(1));
        String boundaryLogin = district.planted(Plant.BOUNDARY_PUSH).login();
        String boundary = name(boundaryLogin);
        if (riskGroup().contains(boundaryLogin)) {
            assertTrue(text.contains("— " + boundary + ": "), "the school of the peaks is listed with its works:\n" + text);
        } else {
            // Sign C alone is not a ground of the risk group: the school is recommended for the re-check (issue 19).
            assertTrue(loginsOf(recheck.get("recommended")).toString().contains(boundaryLogin), recheck.toString());
        }
        // The order names every recommended school with its reasons, for the department to decide on.
        assertTrue(recheck.get("recommended").size() > 0, recheck.toString());
        assertTrue(text.contains("Подготовить предложения о включении в перепроверку работ"), text);
        for (JsonNode s : recheck.get("recommended")) {
            assertTrue(text.contains("— " + name(s.get("login").asText()) + ": признак "), "a recommended school:\n" + text);
        }
    }

    @Test
    @Order(5)
    void theAnalyticalReportHasTablesFlagsChartsRiskGroupAndRules() {
        DocxText doc = open("Аналитическая справка ВПР 2026.docx");
        String text = doc.text();
        assertTrue(text.contains("2.1. Математика, 4 класс"), text);
        List<List<String>> math4 = doc.tables().get(0);
        List<String> total = math4.get(math4.size() - 1);
        assertEquals("Итого по району", total.get(1));
        String mismatch = name(district.planted(Plant.JOURNAL_MISMATCH).login());
        assertTrue(math4.stream().anyMatch(r -> r.get(1).equals(mismatch) && r.get(10).contains("A")), "the column of signs:\n" + math4);
        for (JsonNode s : year2026.get("riskGroup")) {
            assertTrue(text.contains(name(s.get("login").asText()) + ": индекс необъективности "), "a section per flagged school");
        }
        assertTrue(text.contains("Не входят в группу риска, но имеют признаки, по которым рекомендуется включить их работы"),
                text);
        List<String> recommendedRows = doc.tables().stream().filter(t -> t.get(0).size() == 3
                && t.get(0).get(2).equals("Признаки")).findFirst().orElseThrow().stream().skip(1).map(r -> r.get(1)).toList();
        assertEquals(names(loginsOf(year2026.get("recommended"))), recommendedRows);
        // Each sign in the checks' own words; thresholds, their sources and defaults only in the appendix.
        int flags = 0;
        for (JsonNode s : year2026.get("schools")) {
            for (JsonNode w : s.get("works")) {
                for (JsonNode f : w.get("flags")) {
                    assertTrue(text.contains(f.get("text").asText().replace('\u00a0', ' ')), "the sign's text:\n" + f + "\n" + text);
                    flags++;
                }
            }
        }
        assertTrue(flags > 0);
        assertFalse(text.contains("Пороги:"), "no thresholds after every sign:\n" + text);
        for (String section : List.of("3. Динамика результатов района по сравнению с 2025 годом",
                "4. Образовательные организации с низкими результатами", "5. Признаки необъективности результатов",
                "6. Муниципальная группа риска", "7. Муниципальная перепроверка", "8. Выводы", "9. Рекомендации")) {
            assertTrue(text.contains("\n" + section + "\n"), section + ":\n" + text);
        }
        int works = 3;
        int flaggedWorks = 0;
        for (JsonNode s : year2026.get("schools")) {
            for (JsonNode w : s.get("works")) {
                flaggedWorks += w.get("flags").isEmpty() ? 0 : 1;
            }
        }
        assertEquals(works + 2 * flaggedWorks, doc.pictures(), "a histogram per work and two charts per work with signs");
        List<List<String>> rules = doc.tables().get(doc.tables().size() - 1);
        int thresholds = 0;
        for (JsonNode rule : objectivity.get("rules")) {
            // The commission's, the cross-checking's and the observers' rules are settings, not thresholds.
            String name = rule.get("rule").asText();
            thresholds += name.equals("Комиссия") || name.equals("Перекрёстная проверка") || name.equals("Наблюдатели") ? 0 : 1;
        }
        assertEquals(1 + thresholds, rules.size(), "every threshold in force, low results among them, in the appendix");
        assertTrue(text.contains("Главный специалист управления образования |  | Н.В. Петрова"), "signed as entered:\n" + text);
    }

    /**
     * The first year the program has data for: no dynamics, the checks that need last year (E, F) not made — the report
     * says so instead of «признаков не выявлено», and does not say a re-check was unnecessary for a year it never
     * selected works for.
     */
    @Test
    @Order(5)
    void theReportOfAYearWithoutEarlierDataSaysWhatCouldNotBeCompared() {
        String text = open("Аналитическая справка ВПР 2025.docx").text();
        assertTrue(text.contains("Результатов ВПР 2024 года по тем же работам в программе нет: динамика результатов не"
                + " оценивается."), text);
        assertTrue(text.contains("Проверки, которые не проводились, и почему:"), text);
        assertTrue(text.contains("— E. " + ru.vprsvod.checks.Rule.E.title() + " — не проводилась: "), text);
        assertTrue(text.contains("Проверки E и F за 2025 год не проводились (причины — в разделе 5)"), text);
        JsonNode year2025 = null;
        for (JsonNode y : objectivity.get("years")) {
            year2025 = y.get("year").asInt() == 2025 ? y : year2025;
        }
        assertFalse(year2025.get("riskGroup").isEmpty(), "the district has a risk group in 2025");
        assertFalse(text.contains("группа риска не сформирована"), text);
        assertTrue(text.contains("работы 2025 года ею не отбирались"), text);
    }

    @Test
    @Order(6)
    void eachSchoolOfTheRiskGroupGetsItsRoadMapInItsOwnFolderToo() throws Exception {
        List<String> group = riskGroup();
        try (Stream<Path> maps = Files.list(outbox.resolve("Дорожные карты школ ВПР 2026"))) {
            assertEquals(group.size(), maps.filter(p -> p.toString().endsWith(".docx")).count());
        }
        String boundary = district.planted(Plant.BOUNDARY_PUSH).login();
        String peaksSchools = year2026.get("flaggedBy").get("C").toString();
        for (String login : group) {
            DocxText doc = open(login + "/Дорожная карта по объективности ВПР 2026 (проект).docx");
            String text = doc.text();
            assertTrue(text.contains("План мероприятий (дорожная карта) по обеспечению объективности при проведении оценочных"
                    + " процедур в " + name(login) + " на 2026/2027 учебный год"), text);
            boolean peaks = text.contains("Анализ работ с баллом, равным наименьшему баллу отметки");
            assertEquals(peaksSchools.contains("\"" + login + "\""), peaks, login + ": the event for peaks only where rule C fired");
            List<String> numbers = new ArrayList<>();
            doc.tables().get(2).stream().filter(r -> r.size() == 5 && !r.get(0).startsWith("№")).forEach(r -> numbers.add(r.get(0)));
            assertFalse(numbers.isEmpty());
        }
        String mapped = group.contains(boundary) ? boundary : group.get(0);
        assertTrue(Files.exists(outbox.resolve("Дорожные карты школ ВПР 2026").resolve("Дорожная карта — "
                + name(mapped).replace("«", "").replace("»", "") + " (" + mapped + ").docx")));
    }

    @Test
    @Order(7)
    void theConsolidatedWorkbookHighlightsTheSignsAndListsRiskGroupRecheckAndRules() throws Exception {
        try (InputStream in = Files.newInputStream(outbox.resolve("Сводная таблица ВПР 2026.xlsx"));
             XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (String sheet : List.of("Сводка", "Распределение баллов", "Признаки", "Группа риска", "История индекса",
                    "Перепроверка", "Правила")) {
                assertTrue(book.getSheet(sheet) != null, "sheet " + sheet);
            }
            Sheet summary = book.getSheet("Сводка");
            String mismatch = district.planted(Plant.JOURNAL_MISMATCH).login();
            Row row = findRow(summary, 2, mismatch);
            assertEquals("A", row.getCell(23).getStringCellValue().substring(0, 1));
            assertTrue(filled(row.getCell(20)), "«подтвердили, %» highlighted where A fired");
            assertFalse(filled(row.getCell(14)), "«5» % left alone");
            assertTrue(summary.getPaneInformation() != null && summary.getPaneInformation().isFreezePane(), "frozen header");

            Sheet risk = book.getSheet("Группа риска");
            assertEquals(riskGroup().get(0), risk.getRow(5).getCell(2).getStringCellValue(), "by decreasing index");
            Sheet recheck = book.getSheet("Перепроверка");
            String top = topText(recheck);
            assertTrue(top.contains("срок перепроверки — 04.07.2026"), top);
            assertTrue(top.contains("Начальное число случайной выборки: " + objectivity.get("recheck").get("seed").asText()), top);
            Sheet rules = book.getSheet("Правила");
            int defaults = 0;
            int set = 0;
            for (int r = 4; r <= rules.getLastRowNum(); r++) {
                String byDefault = rules.getRow(r).getCell(6).getStringCellValue();
                defaults += byDefault.equals("да") ? 1 : 0;
                set += byDefault.equals("нет") ? 1 : 0;
            }
            assertEquals(objectivity.get("rules").size(), defaults + set);
            assertTrue(set >= 2, "the example sets its own bounds of «5» for grade 4");
        }
    }

    /**
     * The «Файлы» sheet was empty in both years (files were filtered by the year they arrived, every file here arrives
     * in 2026, so 2025's had none and 2026's had all); «Решаемость заданий» had no print setup (six portrait pages).
     */
    @Test
    @Order(7)
    void theFilesSheetListsTheFilesOfItsYearsDataAndEverySheetPrintsLandscapeOnePageWide() throws Exception {
        JsonNode report = new ObjectMapper().readTree(outbox.resolve("report.json").toFile());
        for (int year : List.of(2025, 2026)) {
            List<String> expected = new ArrayList<>();
            for (JsonNode f : report.get("files")) {
                if (f.get("name").asText().endsWith("_" + year + ".xlsx")) {
                    expected.add(f.get("name").asText());
                }
            }
            assertTrue(expected.size() > 20, year + ": the district's files of that year");
            try (InputStream in = Files.newInputStream(outbox.resolve("Сводная таблица ВПР " + year + ".xlsx"));
                 XSSFWorkbook book = new XSSFWorkbook(in)) {
                Sheet files = book.getSheet("Файлы");
                List<String> listed = new ArrayList<>();
                for (Row row : files) {
                    Cell name = row.getCell(2);
                    if (row.getRowNum() > 3 && name != null && name.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        listed.add(name.getStringCellValue());
                    }
                }
                assertEquals(expected.stream().sorted().toList(), listed.stream().sorted().toList(), year + ": «Файлы»");
                for (Sheet sheet : book) {
                    String where = year + ", «" + sheet.getSheetName() + "»";
                    assertTrue(sheet.getPrintSetup().getLandscape(), where + ": landscape");
                    assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize(), where);
                    assertTrue(sheet.getFitToPage(), where + ": fit to page");
                    assertEquals(1, sheet.getPrintSetup().getFitWidth(), where + ": one page wide");
                    assertEquals(0, sheet.getPrintSetup().getFitHeight(), where + ": as many pages down as needed");
                    assertTrue(sheet.getRepeatingRows() != null, where + ": header rows repeated on every page");
                }
            }
        }
    }

    @Test
    @Order(8)
    void aPassThatChangesNothingAddsNoVersionAndANumberEnteredRemakesOnlyWhatShowsIt() throws Exception {
        assertEquals(0, process("нет"));
        assertFalse(Files.exists(outbox.resolve(Outbox.PREVIOUS_VERSIONS)), "nothing regenerated");

        // The coordinator registers the road map order: the order and the school drafts (which cite it) are remade.
        Path reference = dir.resolve("справочник.xlsx");
        var workbook = district.reference();
        workbook.documents.clear();
        workbook.document("Приказ о дорожной карте", 2026, "01.09.2026", "128-о", null, null, null);
        workbook.write(reference);
        assertEquals(0, process("нет"));
        Outbox box = new Outbox(outbox, MutableClock.spring2026());
        assertEquals(1, box.previousVersions("Приказ об утверждении дорожной карты по объективности ВПР 2026.docx").size());
        String order = DocxText.open(outbox.resolve("Приказ об утверждении дорожной карты по объективности ВПР 2026.docx")).plain().text();
        assertTrue(order.contains("от 01.09.2026\t№ 128-о"), order);
        String draft = DocxText.open(outbox.resolve(riskGroup().get(0) + "/Дорожная карта по объективности ВПР 2026 (проект).docx")).plain().text();
        assertTrue(draft.contains("(приказ Управления образования Администрации Энского муниципального района от 01.09.2026 № 128-о)"),
                draft);
        assertEquals(1, box.previousVersions("Распоряжение об организации и проведении ВПР 2026.docx").size(),
                "the directive's registration was removed from the sheet: its blanks come back, the earlier one is kept");
        assertEquals(0, box.previousVersions("Аналитическая справка ВПР 2025.docx").size(), "last year's report is unchanged");
    }

    @Test
    @Order(9)
    void everyShippedTemplateLintsCleanAgainstItsRealDataAndRendersQuickly() {
        Reference reference = ((ReferenceReading.Loaded) ReferenceLoader.load(dir.resolve("справочник.xlsx"))).reference();
        try (ResultsStore store = ResultsStore.open(dir.resolve("data").resolve("vpr-svod.db"))) {
            Consolidator consolidator = new Consolidator(store);
            List<Campaign> campaigns = new ArrayList<>();
            for (int y : consolidator.years(reference)) {
                campaigns.add(consolidator.campaign(y, reference));
            }
            Findings findings = new ObjectivityChecks(store).check(campaigns, reference, store.federalList());
            Campaign current = campaigns.stream().filter(c -> c.year() == 2026).findFirst().orElseThrow();
            SchoolFindings member = findings.year(2026).orElseThrow().riskGroup().get(0);
            Map<String, Map<String, Object>> data = new LinkedHashMap<>();
            // With a schedule, so that appendix 3's fields are linted against real data too.
            data.put(VprDirective.TEMPLATE, VprDirective.data(2026, reference, reference.schools().stream().limit(2)
                    .map(s -> new ru.vprsvod.schedule.Sitting(s.login(), java.time.LocalDate.of(2026, 4, 15),
                            reference.specs(2026).get(0).work(), List.of("4А"))).toList()));
            data.put(RoadMapOrder.TEMPLATE, RoadMapOrder.data(2026, findings, reference));
            data.put(ObjectivityPlan.TEMPLATE, ObjectivityPlan.data(2026, findings, reference));
            data.put(RecheckOrder.TEMPLATE, RecheckOrder.data(findings, reference));
            data.put(AnalyticalReport.TEMPLATE, AnalyticalReport.data(current, findings, reference));
            data.put(SchoolRoadMap.TEMPLATE, SchoolRoadMap.data(2026, member, findings, reference));
            data.put(ru.vprsvod.report.CrossCheckOrder.TEMPLATE, ru.vprsvod.report.CrossCheckOrder.data(
                    ru.vprsvod.report.CrossCheckOrder.plan(findings, reference), findings, reference));
            // The commissions from a bank of two teachers per subject in every school, the first school's heading the
            // РМО, one of them teaching a class of the next school too; the letter to the first school selected.
            List<ru.vprsvod.reference.Expert> bank = new ArrayList<>();
            List<ru.vprsvod.reference.School> schools = reference.schools();
            for (int i = 0; i < schools.size(); i++) {
                for (String subject : List.of("Математика", "Русский язык")) {
                    String next = schools.get((i + 1) % schools.size()).login();
                    bank.add(new ru.vprsvod.reference.Expert("Учитель " + subject + " " + i, schools.get(i).login(),
                            List.of(subject), true, 10, i == 0 ? subject : "",
                            List.of(new ru.vprsvod.reference.Expert.TaughtClass(next, "4А")), "строка " + (bank.size() + 2)));
                }
            }
            var selection = findings.recheck();
            assertFalse(selection.works().isEmpty());
            var commissions = ru.vprsvod.commission.Commissions.assign(selection.works(),
                    ru.vprsvod.commission.ExpertBank.of(bank, reference.rules()), reference.rules(), selection.seed());
            data.put(ru.vprsvod.report.CommissionDirective.TEMPLATE, ru.vprsvod.report.CommissionDirective.data(findings,
                    commissions, reference));
            var lettered = selection.works().get(0).school();
            data.put(ru.vprsvod.report.RecheckLetter.TEMPLATE, ru.vprsvod.report.RecheckLetter.data(lettered, selection.works()
                    .stream().filter(w -> w.school().login().equals(lettered.login())).toList(), findings, reference));
            // The observers' documents need a schedule, which this district has none of yet: one made from the reference.
            List<ru.vprsvod.schedule.Sitting> schedule = new ArrayList<>();
            for (ru.vprsvod.reference.School school : reference.schools()) {
                for (ru.vprsvod.reference.WorkSpec spec : ru.vprsvod.schedule.ScheduleForm.expectedWorks(reference, school)) {
                    schedule.add(new ru.vprsvod.schedule.Sitting(school.login(), java.time.LocalDate.of(2026, 4, 14 + spec.work().grade()),
                            spec.work(), List.of(spec.work().grade() + "А")));
                }
            }
            Reference observed = reference.withObservers(List.of(new ru.vprsvod.reference.ObserverEntry("Белоусов Игорь Викторович",
                    "Совет ветеранов", "", List.of(), List.of(), "лист «Наблюдатели», строка 2")));
            ru.vprsvod.observers.ObserverPlan observers = ru.vprsvod.observers.ObserverPlan.of(observed, schedule, java.util.Set.of());
            data.put(ru.vprsvod.report.ObserversOrder.TEMPLATE, ru.vprsvod.report.ObserversOrder.data(observers, observed));
            data.put(ru.vprsvod.report.ObserverMemo.TEMPLATE, ru.vprsvod.report.ObserverMemo.data(
                    observed.observers().get(0), observers, observed));
            StringBuilder times = new StringBuilder("render times (warm):");
            for (Map.Entry<String, Map<String, Object>> e : data.entrySet()) {
                DocxTemplate template = ((TemplateLoading.Loaded) DocxTemplate.load(Path.of("templates", e.getKey()))).template();
                assertEquals(List.of(), template.lint(DataSchema.fromSample(e.getValue())), e.getKey());
                template.render(e.getValue());
                long start = System.nanoTime();
                Rendering rendering = template.render(e.getValue());
                times.append(' ').append(e.getKey()).append(' ').append((System.nanoTime() - start) / 1_000_000).append(" ms;");
                assertTrue(rendering instanceof Rendering.Rendered, e.getKey() + ": " + rendering);
            }
            System.out.println(times);
        }
    }

    /**
     * The same outbox with PDF turned on: the documents made earlier get their PDF copies (a document is not remade
     * for that), each opens, has the pages expected, embeds every font; page images go to target/document-pages/.
     */
    @Test
    @Order(10)
    void everyDocumentGetsAPdfThatOpensWithItsFontsEmbedded() throws Exception {
        assertTrue(Files.readString(outbox.resolve("PDF не формируются.txt")).contains("отключено параметром --pdf нет"),
                "with PDF turned off, the coordinator is told why there are none");
        long start = System.nanoTime();
        assertEquals(0, process("да"));
        long took = System.nanoTime() - start;
        assumeTrue(!Files.exists(outbox.resolve("PDF не формируются.txt")), "LibreOffice is not installed: no PDF here");
        assumeTrue(Pdf.toolsAvailable(), "poppler-utils (pdfinfo, pdffonts, pdftoppm) are not installed");
        Map<String, int[]> expectedPages = new LinkedHashMap<>();
        expectedPages.put("Распоряжение об организации и проведении ВПР 2026", new int[] {4, 8});
        expectedPages.put("Приказ об утверждении дорожной карты по объективности ВПР 2026", new int[] {3, 7});
        expectedPages.put("План по повышению объективности ВПР 2026", new int[] {2, 6});
        expectedPages.put("Приказ о перепроверке работ ВПР 2026", new int[] {3, 10});
        expectedPages.put("Аналитическая справка ВПР 2026", new int[] {8, 25});
        expectedPages.put("Аналитическая справка ВПР 2025", new int[] {4, 14});
        for (String login : riskGroup()) {
            expectedPages.put(login + "/Дорожная карта по объективности ВПР 2026 (проект)", new int[] {2, 5});
        }
        Path pages = Files.createDirectories(Path.of("target", "document-pages"));
        StringBuilder report = new StringBuilder("PDF (" + (took / 1_000_000) + " ms for the pass):");
        for (Map.Entry<String, int[]> e : expectedPages.entrySet()) {
            Path pdf = outbox.resolve(e.getKey() + ".pdf");
            assertTrue(Files.exists(pdf), "no PDF of " + e.getKey());
            int count = Pdf.pages(pdf);
            assertTrue(count >= e.getValue()[0] && count <= e.getValue()[1], e.getKey() + ": " + count + " pages");
            assertEquals(List.of(), Pdf.fontProblems(pdf), e.getKey());
            String prefix = e.getKey().replace('/', '_');
            try (Stream<Path> old = Files.list(pages)) { // a shorter document than last time leaves no stale pages
                for (Path image : old.filter(p -> p.getFileName().toString().startsWith(prefix + "-")).toList()) {
                    Files.delete(image);
                }
            }
            Pdf.images(pdf, pages.resolve(prefix));
            report.append(' ').append(e.getKey()).append(" — ").append(count).append(';');
        }
        System.out.println(report);
    }

    /**
     * A mistake in the school road map's template was written once per school over the same note (three copies went
     * to «Предыдущие версии»): one note names every school's draft it stopped, and a pass that changes nothing leaves it.
     */
    @Test
    @Order(11)
    void aTemplateMistakeInTheSchoolRoadMapIsOneNoteNamingEveryDraftItStopped() throws Exception {
        Path template = dir.resolve("templates").resolve("Дорожная карта школы.docx");
        Path kept = dir.resolve("Дорожная карта школы.docx");
        Files.copy(template, kept);
        try {
            new ru.vprsvod.testing.DocxWriter().paragraph("Дорожная карта {{ школа.названье }}").save(template);
            assertEquals(0, process("нет"));
            String noteName = "Дорожные карты школ ВПР 2026 — ошибки шаблона.txt";
            String note = new String(Files.readAllBytes(outbox.resolve(noteName)), StandardCharsets.UTF_8);
            assertTrue(note.contains("Документы (" + riskGroup().size() + ") не сформированы"), note);
            for (String login : riskGroup()) {
                assertTrue(note.contains("(" + login + ").docx\r\n"), login + " is named:\n" + note);
            }
            assertEquals(1, note.split("в «школа» нет поля «названье»", -1).length - 1, "the mistake is listed once:\n" + note);
            Outbox box = new Outbox(outbox, MutableClock.spring2026());
            assertEquals(0, box.previousVersions(noteName).size(), "written once, not once per school");
            assertEquals(0, process("нет"));
            assertEquals(0, box.previousVersions(noteName).size(), "a pass that changes nothing leaves the note as it is");
            assertTrue(Files.exists(outbox.resolve(riskGroup().get(0) + "/Дорожная карта по объективности ВПР 2026 (проект).docx")),
                    "the earlier drafts stay");
        } finally {
            Files.copy(kept, template, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertEquals(0, process("нет"));
        assertFalse(Files.exists(outbox.resolve("Дорожные карты школ ВПР 2026 — ошибки шаблона.txt")), "fixed: the note goes");
    }

    private static JsonNode loginsOf(JsonNode schools) {
        var array = new ObjectMapper().createArrayNode();
        schools.forEach(s -> array.add(s.get("login").asText()));
        return array;
    }

    private static List<String> row(List<List<String>> table, String starting) {
        return table.stream().filter(r -> r.size() > 1 && r.get(1).startsWith(starting)).findFirst()
                .orElseThrow(() -> new AssertionError("no row «" + starting + "…» in " + table));
    }

    private static Row findRow(Sheet sheet, int column, String value) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && cell.getStringCellValue().equals(value)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + value);
    }

    /** The text of the title lines above a sheet's table. */
    private static String topText(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < 8; r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                text.append(row.getCell(0).getStringCellValue()).append('\n');
            }
        }
        return text.toString();
    }

    private static boolean filled(Cell cell) {
        return cell.getCellStyle().getFillPattern() == FillPatternType.SOLID_FOREGROUND;
    }
}
