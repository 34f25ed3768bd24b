package ru.vprsvod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.document.DataSchema;
import ru.vprsvod.document.DocxTemplate;
import ru.vprsvod.document.Rendering;
import ru.vprsvod.document.TemplateLoading;
import ru.vprsvod.observers.ObserverPlan;
import ru.vprsvod.reference.ObserverEntry;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.ReferenceLoader;
import ru.vprsvod.reference.ReferenceReading;
import ru.vprsvod.reference.School;
import ru.vprsvod.reference.WorkSpec;
import ru.vprsvod.report.ObserverMemo;
import ru.vprsvod.report.ObserversOrder;
import ru.vprsvod.schedule.ScheduleForm;
import ru.vprsvod.schedule.Sitting;
import ru.vprsvod.testing.DocumentLayout;
import ru.vprsvod.testing.DocxText;

/**
 * The shipped observers' templates filled from a plan of the shipped reference (its example bank of observers) and a
 * schedule of every school, read back: the order's appendix lists who observes where, the slots nobody could take get
 * their own table, each памятка names its school, address and report date; the templates lint clean against the data.
 */
class ObserverDocumentsTest {

    @TempDir
    static Path dir;
    static Reference reference;
    static List<Sitting> schedule = new ArrayList<>();

    @BeforeAll
    static void shippedReferenceAndASchedule() {
        reference = ((ReferenceReading.Loaded) ReferenceLoader.load(Path.of("templates", "справочник.xlsx"))).reference();
        for (School school : reference.schools()) {
            for (WorkSpec spec : ScheduleForm.expectedWorks(reference, school)) {
                LocalDate date = spec.work().subject().equals("Математика") ? LocalDate.of(2026, 4, 16) : LocalDate.of(2026, 4, 14);
                int g = spec.work().grade();
                schedule.add(new Sitting(school.login(), date, spec.work(), List.of(g + "А", g + "Б")));
            }
        }
    }

    private static DocxText render(String template, Map<String, Object> data, String name) throws Exception {
        DocxTemplate loaded = assertInstanceOf(TemplateLoading.Loaded.class, DocxTemplate.load(Path.of("templates", template)))
                .template();
        assertEquals(List.of(), loaded.lint(DataSchema.fromSample(data)), template);
        Rendering rendering = loaded.render(data);
        Path file = dir.resolve(name);
        Files.write(file, assertInstanceOf(Rendering.Rendered.class, rendering, rendering.toString()).docx());
        DocxText doc = DocxText.open(file);
        String all = doc.allText();
        assertFalse(all.contains("{{") || all.contains("}}"), "no tag left: " + all);
        Pattern bad = Pattern.compile("(?<![\\p{L}])null(?![\\p{L}])|(?<=\\S)[ \u00a0]{2,}(?=\\S)|«[\\s\u00a0]*»");
        for (DocumentLayout.Paragraph p : DocumentLayout.of(doc).paragraphs()) {
            assertFalse(bad.matcher(p.text()).find(), "no null, double space or empty quotes: " + p.text());
        }
        for (DocumentLayout.Page page : DocumentLayout.of(doc).pages()) {
            assertTrue(Math.abs(page.width() - 11906) <= 1 && Math.abs(page.height() - 16838) <= 1, "A4 portrait");
        }
        return doc;
    }

    @Test
    void theOrderListsEveryObserverAndWhereTheyGoAndTheSeed() throws Exception {
        ObserverPlan plan = ObserverPlan.of(reference, schedule, Set.of("edu990003"));
        assertEquals(List.of(), plan.unfilled(), "the example bank covers the example district");
        DocxText doc = render(ObserversOrder.TEMPLATE, ObserversOrder.data(plan, reference), "order.docx");
        String text = doc.plain().text();
        assertTrue(text.contains("Об утверждении списка общественных наблюдателей при проведении всероссийских проверочных работ"
                + " в 2026 году"), text);
        assertTrue(text.contains("утверждённого распоряжением Управления образования Администрации Энского муниципального района"
                + " от 16.02.2026 № 45-р"), text);
        assertFalse(text.contains("таблица 3"), "no point on unfilled slots when every slot is filled:\n" + text);
        List<List<List<String>>> tables = doc.plain().tables();
        List<List<String>> observers = tables.get(tables.size() - 2);
        List<List<String>> rows = tables.get(tables.size() - 1);
        assertEquals(List.of("№ п/п", "Фамилия, имя, отчество", "Место работы, должность", "Телефон"), observers.get(0));
        assertEquals(1 + plan.observersAssigned().size(), observers.size());
        assertTrue(observers.contains(List.of("", "Белоусов Игорь Викторович", "Энский районный Совет ветеранов, председатель",
                "8 900 111-22-02")) || plan.visitsOf(reference.observers().get(1)).isEmpty(), observers.toString());
        assertEquals(List.of("№ п/п", "Дата", "Образовательная организация", "Работы", "Классы", "Общественный наблюдатель"),
                rows.get(0));
        assertEquals(1 + plan.assignments().size(), rows.size());
        ObserverPlan.Assignment first = plan.assignments().get(0);
        assertEquals(List.of("", "14.04.2026", first.slot().school().name(), "Русский язык, 4 класс; Русский язык, 5 класс",
                "4А, 4Б, 5А, 5Б", first.observer().name()), rows.get(1));
        assertTrue(text.contains("Начальное число распределения — " + plan.seed() + " (вычислено из года, графика и банка"
                + " наблюдателей"), text);
        assertTrue(text.contains("образовательные организации группы риска обеспечиваются наблюдателями в первую очередь"), text);
    }

    @Test
    void slotsNobodyCanTakeGetTheirOwnTableAndAPoint() throws Exception {
        List<ObserverEntry> few = reference.observers().subList(0, 2);
        Reference small = reference.withObservers(few);
        ObserverPlan plan = ObserverPlan.of(small, schedule, Set.of());
        assertTrue(!plan.unfilled().isEmpty());
        DocxText doc = render(ObserversOrder.TEMPLATE, ObserversOrder.data(plan, small), "order-short.docx");
        String text = doc.plain().text();
        assertTrue(text.contains("Муниципальному координатору ВПР привлечь дополнительных общественных наблюдателей для"
                + " образовательных организаций и дат, не обеспеченных наблюдателями (приложение, таблица 3)."), text);
        List<List<List<String>>> tables = doc.plain().tables();
        List<List<String>> unfilled = tables.get(tables.size() - 1);
        assertEquals(List.of("№ п/п", "Дата", "Образовательная организация", "Работы", "Классы"), unfilled.get(0));
        assertEquals(1 + plan.unfilled().size(), unfilled.size());
    }

    @Test
    void eachMemoNamesTheSchoolItsAddressTheWorksAndTheReportDate() throws Exception {
        ObserverPlan plan = ObserverPlan.of(reference, schedule, Set.of());
        ObserverEntry observer = plan.observersAssigned().get(0);
        DocxText doc = render(ObserverMemo.TEMPLATE, ObserverMemo.data(observer, plan, reference), "memo.docx");
        String text = doc.plain().text();
        assertTrue(text.contains("ПАМЯТКА ОБЩЕСТВЕННОГО НАБЛЮДАТЕЛЯ"), text);
        assertTrue(text.contains(observer.name()), text);
        assertTrue(text.contains("приказом Управления образования Администрации Энского муниципального района от ____________"
                + " № ______"), text);
        assertTrue(text.contains("в течение месяца после дня проведения работы"), text);
        assertTrue(text.contains("Муниципальный координатор ВПР — Н.В. Петрова; телефон для справок 8 (12345) 2-34-57."), text);
        List<List<String>> visits = doc.plain().tables().get(0);
        assertEquals(List.of("№ п/п", "Дата", "Образовательная организация, адрес", "Работы и классы", "Срок отчёта"),
                visits.get(0));
        assertEquals(1 + plan.visitsOf(observer).size(), visits.size());
        ObserverPlan.Assignment a = plan.visitsOf(observer).get(0);
        String due = ru.vprsvod.russian.RussianFormat.date(a.slot().date().plusMonths(1));
        assertEquals("", visits.get(1).get(0));
        assertEquals(ru.vprsvod.russian.RussianFormat.date(a.slot().date()), visits.get(1).get(1));
        assertTrue(visits.get(1).get(2).startsWith(a.slot().school().name()) && visits.get(1).get(2).contains(a.slot().school().address()),
                visits.get(1).toString());
        assertTrue(visits.get(1).get(3).contains("Классы: " + a.slot().classes()), visits.get(1).toString());
        assertEquals(due, visits.get(1).get(4));
    }
}
