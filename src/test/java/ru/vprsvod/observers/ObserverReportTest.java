package ru.vprsvod.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.reference.FederalList;
import ru.vprsvod.reference.ObserverEntry;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.ReferenceLoader;
import ru.vprsvod.reference.ReferenceReading;
import ru.vprsvod.reference.Rules;
import ru.vprsvod.reference.Work;
import ru.vprsvod.schedule.Sitting;
import ru.vprsvod.testing.ReferenceWorkbook;
import ru.vprsvod.workbook.Problem;
import ru.vprsvod.workbook.WorkbookReading;
import ru.vprsvod.workbook.Workbooks;

/** The observer's report: the blank from the plan, filled with POI as an observer fills it in Excel, read back. */
class ObserverReportTest {

    @TempDir
    static Path dir;
    static Reference reference;
    static ObserverPlan plan;
    static final ObserverEntry BELOUSOV = new ObserverEntry("Белоусов Игорь Викторович", "", "", List.of(), List.of(),
            "лист «Наблюдатели», строка 2");
    static final ObserverEntry GUSEV = new ObserverEntry("Гусев Максим Олегович", "", "", List.of("edu990004"), List.of(),
            "лист «Наблюдатели», строка 3");

    @BeforeAll
    static void aPlan() {
        Reference example = ((ReferenceReading.Loaded) ReferenceLoader.load(ReferenceWorkbook.example()
                .write(dir.resolve("справочник.xlsx")))).reference();
        reference = new Reference(example.schools(), example.specs(), example.requisites(), Rules.defaults(), FederalList.empty())
                .withObservers(List.of(BELOUSOV, GUSEV));
        // Гусев works at edu990004: Белоусов goes there, Гусев to the lyceum.
        plan = ObserverPlan.of(reference, List.of(
                new Sitting("edu990002", LocalDate.of(2026, 4, 14), new Work(2026, "Математика", 4), List.of("4А")),
                new Sitting("edu990004", LocalDate.of(2026, 4, 14), new Work(2026, "Математика", 5), List.of("5А", "5Б"))),
                Set.of());
        assertEquals(List.of("edu990002 Гусев Максим Олегович", "edu990004 Белоусов Игорь Викторович"), plan.assignments().stream()
                .map(a -> a.slot().school().login() + " " + a.observer().name()).toList());
    }

    /** The blank of the assignment, with the labelled cells and the answers changed as given (label → value). */
    private static ObserverReportReader.Reading fill(ObserverPlan.Assignment assignment, Map<String, String> labels,
                                                     List<String[]> answers, String remarks) throws Exception {
        return fill(assignment, labels, answers, remarks, plan.visits(reference), null);
    }

    private static ObserverReportReader.Reading fill(ObserverPlan.Assignment assignment, Map<String, String> labels,
                                                     List<String[]> answers, String remarks, List<Visit> order,
                                                     String sender) throws Exception {
        Path blank = dir.resolve(ObserverReportForm.fileName(assignment));
        try (OutputStream out = Files.newOutputStream(blank)) {
            ObserverReportForm.write(out, assignment, reference, Instant.parse("2026-04-10T07:00:00Z"), ZoneId.of("Europe/Moscow"), dir);
        }
        Path filled = dir.resolve("заполненный " + assignment.slot().school().login() + ".xlsx");
        try (InputStream in = Files.newInputStream(blank); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("Отчёт наблюдателя");
            List<? extends DataValidation> validations = sheet.getDataValidations();
            assertEquals(1, validations.size());
            assertEquals(List.of("да", "нет"), List.of(validations.get(0).getValidationConstraint().getExplicitListValues()));
            int question = 0;
            for (Row row : sheet) {
                String label = row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue();
                if (labels.containsKey(label)) {
                    row.createCell(1).setCellValue(labels.get(label));
                }
                if (ObserverReportForm.QUESTIONS.contains(label) && question < answers.size()) {
                    row.createCell(1).setCellValue(answers.get(question)[0]);
                    row.createCell(2).setCellValue(answers.get(question)[1]);
                    question++;
                }
                if (label.equals("Замечания и предложения")) {
                    row.createCell(2).setCellValue(remarks);
                }
            }
            try (OutputStream out = Files.newOutputStream(filled)) {
                wb.write(out);
            }
        }
        WorkbookReading.Opened opened = (WorkbookReading.Opened) Workbooks.read(filled);
        return ObserverReportReader.find("отчёт.xlsx", opened.workbook(), reference, order, sender).orElseThrow();
    }

    private static List<String> messages(ObserverReportReader.Reading reading) {
        return reading.problems().stream().map(Problem::describe).toList();
    }

    private static List<String[]> all(String answer) {
        return ObserverReportForm.QUESTIONS.stream().map(q -> new String[] {answer, ""}).toList();
    }

    @Test
    void aFilledReportGivesTheSchoolDateObserverAnswersAndRemarks() throws Exception {
        ObserverPlan.Assignment assignment = plan.assignments().get(1);
        List<String[]> answers = new java.util.ArrayList<>(all("да"));
        answers.set(1, new String[] {"Нет", "в 5Б двое участников списывали, организатор не остановил"});
        ObserverReportReader.Reading reading = fill(assignment, Map.of(), answers, "Рассадить участников по одному");
        assertEquals(List.of(), messages(reading));
        assertFalse(reading.rejected());
        assertEquals("edu990004", reading.school());
        assertEquals(LocalDate.of(2026, 4, 14), reading.date());
        assertEquals("Белоусов Игорь Викторович", reading.observer());
        assertEquals(6, reading.answers().size());
        assertEquals(List.of(new ObserverReportReader.Answer("Участники выполняли работу самостоятельно, без подсказок и"
                + " посторонней помощи", false, "в 5Б двое участников списывали, организатор не остановил")), reading.violations());
        assertEquals("Рассадить участников по одному", reading.remarks());
    }

    @Test
    void aDateOutsideTheScheduleAndBadAnswersAreNamedWithTheirCells() throws Exception {
        List<String[]> answers = new java.util.ArrayList<>(all("да"));
        answers.set(1, new String[] {"может быть", ""});
        answers.set(2, new String[] {"", ""});
        answers.set(3, new String[] {"нет", ""});
        ObserverReportReader.Reading reading = fill(plan.assignments().get(0), Map.of("Дата проведения", "15.04.2026"),
                answers, "");
        assertTrue(reading.rejected());
        assertEquals(List.of(
                "Лист «Отчёт наблюдателя», ячейка B4: в приказе об общественных наблюдателях у школы МБОУ «Лицей № 2 г. Энска»"
                        + " нет этого дня: отчёт не к чему отнести. Найдено: «15.04.2026». Ожидается: день проведения ВПР в"
                        + " школе по приказу о наблюдателях: 14.04.2026.",
                "Лист «Отчёт наблюдателя», ячейка B10: ответ не «да» и не «нет». Найдено: «может быть». Ожидается: «да» или «нет».",
                "Лист «Отчёт наблюдателя», ячейка B11: нет ответа на вопрос «Телефоны и справочные материалы, не"
                        + " предусмотренные описанием работы, не использовались». Найдено: пусто. Ожидается: «да» или «нет».",
                "Лист «Отчёт наблюдателя», ячейка C12: ответ «нет» без комментария. Найдено: пусто. Ожидается: что именно"
                        + " произошло: в какой аудитории, что нарушено."), messages(reading));
    }

    @Test
    void anObserverTheOrderDidNotSendThereOrUnknownIsAWarning() throws Exception {
        ObserverReportReader.Reading other = fill(plan.assignments().get(0), Map.of("Наблюдатель", "белоусов игорь викторович"),
                all("да"), "");
        assertFalse(other.rejected());
        assertEquals(List.of("Лист «Отчёт наблюдателя», ячейка B5: наблюдатель не назначен в эту школу на этот день (по"
                + " приказу — М.О.\u00a0Гусев). Найдено: «белоусов игорь викторович». Ожидается: ФИО наблюдателя, назначенного"
                + " приказом."), messages(other));
        assertEquals("Белоусов Игорь Викторович", other.observer());
        ObserverReportReader.Reading unknown = fill(plan.assignments().get(0), Map.of("Наблюдатель", "Петров Пётр",
                "Логин ОО", "edu990099"), all("да"), "");
        assertEquals(List.of("Лист «Отчёт наблюдателя», ячейка B2: школы с таким логином нет в справочнике. Найдено:"
                        + " «edu990099». Ожидается: логин ФИС ОКО школы.",
                "Лист «Отчёт наблюдателя», ячейка B5: наблюдателя нет на листе «Наблюдатели» справочника. Найдено: «Петров"
                        + " Пётр». Ожидается: ФИО наблюдателя, как в приказе."), messages(unknown));
    }

    @Test
    void theOrderAsIssuedIsWhatAReportIsMatchedAgainst() throws Exception {
        assertEquals(List.of(new Visit("edu990002", LocalDate.of(2026, 4, 14), "Математика, 4 класс (4А)",
                        "Гусев Максим Олегович", LocalDate.of(2026, 5, 14)),
                new Visit("edu990004", LocalDate.of(2026, 4, 14), "Математика, 5 класс (5А, 5Б)", "Белоусов Игорь Викторович",
                        LocalDate.of(2026, 5, 14))), plan.visits(reference));
        ObserverReportReader.Reading early = fill(plan.assignments().get(0), Map.of(), all("да"), "", List.of(), null);
        assertEquals(List.of("Лист «Отчёт наблюдателя», ячейка B4: приказ об общественных наблюдателях ещё не сформирован"
                + " (нет графиков школ или листа «Наблюдатели» справочника): отчёт не к чему отнести. Найдено: «14.04.2026»."
                + " Ожидается: день проведения ВПР в школе по приказу о наблюдателях (в приказе дней этой школы нет)."),
                messages(early));
        assertTrue(early.rejected());
    }

    @Test
    void aSchoolMayPassOnTheReportOfItsOwnVisitOnly() throws Exception {
        ObserverReportReader.Reading own = fill(plan.assignments().get(0), Map.of(), all("да"), "", plan.visits(reference),
                "edu990002");
        assertEquals(List.of(), messages(own));
        ObserverReportReader.Reading other = fill(plan.assignments().get(0), Map.of(), all("да"), "", plan.visits(reference),
                "edu990004");
        assertTrue(other.rejected());
        assertEquals("Лист «Отчёт наблюдателя», ячейка B2: файл прислан от имени школы МБОУ «Заречная СОШ» (edu990004),"
                + " а отчёт — о другой школе: отчёт о наблюдении в другой школе присылает наблюдатель или эта школа."
                + " Найдено: «edu990002». Ожидается: edu990004.", messages(other).get(0));
    }
}
