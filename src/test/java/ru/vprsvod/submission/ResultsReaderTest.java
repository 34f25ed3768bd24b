package ru.vprsvod.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.vprsvod.testing.Xlsx.row;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.ReferenceLoader;
import ru.vprsvod.reference.ReferenceReading;
import ru.vprsvod.reference.Work;
import ru.vprsvod.testing.Protocol;
import ru.vprsvod.testing.ReferenceWorkbook;
import ru.vprsvod.testing.Xlsx;
import ru.vprsvod.workbook.Problem;
import ru.vprsvod.workbook.ReadLimits;

/** Real workbooks written into a temporary folder, read and checked against the example reference. */
class ResultsReaderTest {

    private static final Object[] FULL_MARKS = {1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 2};

    @TempDir
    Path dir;
    private ResultsReader reader;
    private Reference reference;

    @BeforeEach
    void loadReference() {
        ReferenceReading reading = ReferenceLoader.load(ReferenceWorkbook.example().write(dir.resolve("справочник.xlsx")));
        reference = ((ReferenceReading.Loaded) reading).reference();
        reader = new ResultsReader(reference, ReadLimits.defaults());
    }

    private FormCheck read(Protocol protocol, String fileName) {
        return reader.read(protocol.write(dir.resolve(fileName)), Sender.anonymous(fileName));
    }

    private static List<String> described(FormCheck check) {
        return check.problems().stream().map(Problem::describe).toList();
    }

    @Test
    void acceptsAWellFilledFormAndReadsEveryPupil() {
        Protocol p = Protocol.math4()
                .pupil(40001, "4А", 5, FULL_MARKS)
                .pupil(40002, "4 б", 3, 1, 0, 1, 0, 1, "X", 0, 1, 0, 1, 0, 0, 1, 0, 0)
                .absent(40003, "4А");
        FormCheck check = read(p, "edu990001_Математика_4_2026.xlsx");

        assertEquals(Status.ACCEPTED, check.status(), described(check).toString());
        assertEquals("edu990001", check.school());
        Submission s = check.submissions().get(0);
        assertEquals(new Work(2026, "Математика", 4), s.work());
        assertEquals(List.of("Протокол"), s.sheets());
        assertEquals(3, s.participants().size());
        Participant second = s.participants().get(1);
        assertEquals("40002", second.code());
        assertEquals("4Б", second.className());
        assertEquals(6, second.primaryScore());
        assertEquals("1;0;1;0;1;X;0;1;0;1;0;0;1;0;0", second.points().encode());
        assertEquals(3, second.journalMark());
        assertTrue(s.participants().get(2).absent());
        assertEquals(3, second.row());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls", "ods"})
    void theSameFormReadsAlikeInEveryFormat(String extension) {
        Protocol p = Protocol.math4().pupil(40001, "4А", 5, FULL_MARKS).pupil(40002, "4Б", 3, 1, 0, 1, 0, 1, "Х", 0, 1, 0, 1, 0, 0, 1, 0, 0)
                .absent(40003, "4А");
        FormCheck check = read(p, "edu990001_Математика_4_2026." + extension);
        assertEquals(Status.ACCEPTED, check.status(), described(check).toString());
        List<Participant> pupils = check.submissions().get(0).participants();
        assertEquals(List.of("40001", "40002", "40003"), pupils.stream().map(Participant::code).toList());
        assertEquals("1;0;1;0;1;X;0;1;0;1;0;0;1;0;0", pupils.get(1).points().encode());
        assertEquals(List.of(20, 6, 0), pupils.stream().map(Participant::primaryScore).toList());
    }

    @Test
    void unknownSchoolInTheFileNameIsReportedWithTheLogin() {
        FormCheck check = read(Protocol.math4().pupil(40001, "4А", 5, FULL_MARKS), "edu990999_Математика_4_2026.xlsx");
        assertEquals(Status.REJECTED, check.status());
        assertEquals(List.of("Файл: школа «edu990999» в имени файла не найдена в справочнике управления образования."
                + " Найдено: «edu990999». Ожидается: логин ФИС ОКО или код школы из справочника."), described(check));
    }

    @Test
    void missingCodeColumnIsAnError() {
        Protocol p = Protocol.math4().pupil(40001, "4А", 5, FULL_MARKS);
        p.header.set(0, "Номер");
        FormCheck check = read(p, "edu990001_Математика_4_2026.xlsx");
        assertEquals(Status.REJECTED, check.status());
        assertTrue(described(check).contains("Лист «Протокол»: нет столбца «Код» (код участника) в строке заголовков"
                + " (строка 1). Ожидается: столбец с заголовком «Код» или «Код участника»."), described(check).toString());
    }

    @Test
    void pointsAboveTheMaximumAreReportedAtTheirCell() {
        Object[] points = FULL_MARKS.clone();
        points[2] = 3; // task 3 has maximum 2, column E
        FormCheck check = read(Protocol.math4().pupil(40001, "4А", 5, points), "edu990001_Математика_4_2026.xlsx");
        assertEquals(List.of("Лист «Протокол», ячейка E2: балл за задание 3 больше максимального (2). Найдено: «3»."
                + " Ожидается: целое число от 0 до 2 или X."), described(check));
    }

    @Test
    void pointsThatAreNotNumbersAreReportedWithTheText() {
        Object[] points = FULL_MARKS.clone();
        points[4] = "один"; // task 5.1, column G
        Protocol p = Protocol.math4().pupilWithTotal(40001, "4А", 5, 19, points);
        FormCheck check = read(p, "edu990001_Математика_4_2026.xlsx");
        assertEquals(List.of("Лист «Протокол», ячейка G2: балл за задание 5.1 — не число. Найдено: «один»."
                + " Ожидается: целое число от 0 до 1 или X."), described(check));
    }

    @Test
    void fractionalPointsAreRejected() {
        Object[] points = FULL_MARKS.clone();
        points[2] = 1.5;
        Protocol p = Protocol.math4().pupilWithTotal(40001, "4А", 5, 19, points);
        FormCheck check = read(p, "edu990001_Математика_4_2026.xlsx");
        assertEquals(List.of("Лист «Протокол», ячейка E2: балл за задание 3 должен быть целым числом. Найдено: «1,5»."
                + " Ожидается: целое число от 0 до 2 или X."), described(check));
    }

    @Test
    void journalMarkOutsideTwoToFiveIsReported() {
        FormCheck check = read(Protocol.math4().pupil(40001, "4А", 6, FULL_MARKS), "edu990001_Математика_4_2026.xlsx");
        assertEquals(List.of("Лист «Протокол», ячейка T2: отметка по журналу должна быть от 2 до 5. Найдено: «6»."
                + " Ожидается: целое число от 2 до 5 или пустая ячейка, если отметки нет."), described(check));
    }

    @Test
    void duplicateParticipantCodeNamesTheFirstOccurrence() {
        Protocol p = Protocol.math4().pupil(40001, "4А", 5, FULL_MARKS).pupil(40001, "4А", 4, FULL_MARKS);
        FormCheck check = read(p, "edu990001_Математика_4_2026.xlsx");
        assertEquals(List.of("Лист «Протокол», ячейка A3: код участника повторяется (впервые: лист «Протокол», ячейка A2)."
                + " Найдено: «40001». Ожидается: у каждого участника свой код."), described(check));
    }

    @Test
    void totalThatDiffersFromTheSumOfTasksIsAnError() {
        Protocol p = Protocol.math4().pupilWithTotal(40001, "4А", 5, 19, FULL_MARKS);
        FormCheck check = read(p, "edu990001_Математика_4_2026.xlsx");
        assertEquals(List.of("Лист «Протокол», ячейка U2: итого баллов не равно сумме баллов за задания (20)."
                + " Найдено: «19». Ожидается: 20."), described(check));
    }

    @Test
    void absentPupilWithPointsIsAnError() {
        Protocol p = Protocol.math4().pupil(40001, "4А", 5, FULL_MARKS).absent(40002, "4А");
        p.rows.get(1).set(2 + 3, 1); // task 4, column F
        FormCheck check = read(p, "edu990001_Математика_4_2026.xlsx");
        assertEquals(List.of("Лист «Протокол», ячейка F3: участник отмечен как отсутствовавший («отсутствовал»),"
                + " но у него указан балл за задание 4. Найдено: «1». Ожидается: пустая ячейка; если участник писал"
                + " работу, уберите отметку об отсутствии."), described(check));
    }

    @Test
    void emptyWorkbookIsRejected() {
        Path file = new Xlsx().sheet("Лист1", List.of()).write(dir.resolve("edu990001_Математика_4_2026.xlsx"));
        FormCheck check = reader.read(file, Sender.anonymous("edu990001_Математика_4_2026.xlsx"));
        assertEquals(Status.REJECTED, check.status());
        assertEquals(List.of("Файл не содержит данных: все листы пустые."), described(check));
        assertEquals("edu990001", check.school(), "the receipt still reaches the school named in the file name");
    }

    @Test
    void textFileRenamedToXlsxIsRejectedAsNotASpreadsheet() throws Exception {
        Path file = dir.resolve("edu990001_Математика_4_2026.xlsx");
        Files.writeString(file, "Код;Вариант;1\n40001;1;1\n");
        FormCheck check = reader.read(file, Sender.anonymous(file.getFileName().toString()));
        assertEquals(Status.REJECTED, check.status());
        assertEquals(1, check.problems().size());
        assertTrue(check.problems().get(0).describe().startsWith("Файл не является таблицей Excel или LibreOffice"),
                check.problems().get(0).describe());
    }

    @Test
    void everyProblemIsListedNotOnlyTheFirst() {
        Object[] bad = FULL_MARKS.clone();
        bad[0] = 5;
        bad[1] = "?";
        Protocol p = Protocol.math4().pupilWithTotal(40001, "4А", 1, 20, bad).pupil(40002, "4А", 5, FULL_MARKS)
                .pupil(40002, "4А", 5, FULL_MARKS);
        FormCheck check = read(p, "edu990001_Математика_4_2026.xlsx");
        assertEquals(List.of("C2", "D2", "T2", "A4"), check.problems().stream().map(Problem::cell).toList());
    }

    @Test
    void headersAreMatchedTolerantly() {
        Protocol p = Protocol.math4().pupil(40001, "4А", 5, FULL_MARKS);
        p.header.set(0, "  код\nучастника ");
        p.header.set(1, "Вариант (часть 1)");
        p.header.set(2, "1(1)");
        p.header.set(6, "5.1 (1 б.)");
        p.header.set(17, "Класс № (список формируется из листа \"Классы\")");
        p.header.set(19, "ОТМЕТКА ПО ЖУРНАЛУ");
        p.header.set(20, "Первичный балл");
        FormCheck check = read(p, "edu990001_Математика_4_2026.xlsx");
        assertEquals(Status.ACCEPTED, check.status(), described(check).toString());
    }

    @Test
    void schoolSubjectGradeAndYearComeFromAMetadataSheetBeforeTheFileName() {
        Protocol p = Protocol.math4().pupil(40001, "4А", 5, FULL_MARKS);
        Path file = p.workbook().sheet("Сведения", List.of(row("Логин ОО", "edu990004"), row("Предмет", "математика"),
                row("Класс", 4), row("Год", 2026))).write(dir.resolve("результаты.xlsx"));
        FormCheck check = reader.read(file, Sender.anonymous("результаты.xlsx"));
        assertEquals(Status.ACCEPTED, check.status(), described(check).toString());
        assertEquals("edu990004", check.submissions().get(0).school());
        assertEquals(new Work(2026, "Математика", 4), check.submissions().get(0).work());
    }

    @Test
    void aTitleAboveTheTableNamesTheWork() {
        Protocol p = Protocol.math4().pupil(40001, "4А", 5, FULL_MARKS);
        p.above.add(row("ВПР 2026 Математика 4 класс"));
        p.above.add(row("Логин ОО:", "edu990002"));
        FormCheck check = read(p, "протокол.xlsx");
        assertEquals(Status.ACCEPTED, check.status(), described(check).toString());
        assertEquals("edu990002", check.submissions().get(0).school());
    }

    @Test
    void yearDefaultsToTheCurrentCampaignAndSubjectAliasesAreUnderstood() {
        FormCheck check = read(Protocol.math4().pupil(40001, "4А", 5, FULL_MARKS), "edu990001_матем_4.xlsx");
        assertEquals(Status.ACCEPTED, check.status(), described(check).toString());
        assertEquals(new Work(2026, "Математика", 4), check.submissions().get(0).work());
    }

    @Test
    void withoutSchoolSubjectOrGradeTheFileIsRejectedSayingWhatIsMissing() {
        FormCheck check = read(Protocol.math4().pupil(40001, "4А", 5, FULL_MARKS), "результаты.xlsx");
        assertEquals(Status.REJECTED, check.status());
        assertEquals(List.of(
                "Лист «Протокол»: не удалось определить школу: она не указана ни на листе, ни на листе «Сведения», ни в имени"
                        + " файла. Ожидается: логин ФИС ОКО в имени файла (например edu053001_Математика_5_2026.xlsx)"
                        + " или строка «Логин ОО» на листе «Сведения».",
                "Лист «Протокол»: не удалось определить предмет: он не указан ни на листе, ни на листе «Сведения», ни в имени"
                        + " файла. Ожидается: предмет в имени файла (например edu053001_Математика_5_2026.xlsx)"
                        + " или строка «Предмет» на листе «Сведения».",
                "Лист «Протокол»: не удалось определить класс (параллель): он не указан ни на листе, ни на листе «Сведения»,"
                        + " ни в имени файла. Ожидается: класс в имени файла (например edu053001_Математика_5_2026.xlsx)"
                        + " или строка «Класс» на листе «Сведения»."), described(check));
    }

    @Test
    void aFileInASchoolFolderNamingAnotherSchoolIsRejected() {
        Path file = Protocol.math4().pupil(40001, "4А", 5, FULL_MARKS).write(dir.resolve("edu990002_Математика_4.xlsx"));
        FormCheck check = reader.read(file, Sender.school("edu990002_Математика_4.xlsx", "edu990001"));
        assertEquals(Status.REJECTED, check.status());
        assertEquals(List.of("Файл прислан от имени школы МБОУ «СОШ № 1 г. Энска» (edu990001), а в имени файла"
                + " указана другая школа. Найдено: «edu990002». Ожидается: edu990001."), described(check));
    }

    @Test
    void theUploadFormsChoiceOutranksAGuessFromTheFileName() {
        // A clerk's file called «результаты раунд 1.xlsx»: the words are no subject, the form says which work it is.
        Path file = Protocol.math4().pupil(40001, "4А", 5, FULL_MARKS).write(dir.resolve("результаты раунд 1.xlsx"));
        FormCheck check = reader.read(file, new Sender("результаты раунд 1.xlsx", "edu990001", true, "Математика", 4, 2026));
        assertEquals(Status.ACCEPTED, check.status(), described(check).toString());
        assertEquals(new Work(2026, "Математика", 4), check.submissions().get(0).work());
    }

    @Test
    void vprMarkColumnDisagreeingWithTheScaleIsOnlyAWarning() {
        Protocol p = Protocol.math4().pupil(40001, "4А", 5, FULL_MARKS);
        p.header.add("Отметка");
        p.rows.get(0).add(4);
        FormCheck check = read(p, "edu990001_Математика_4_2026.xlsx");
        assertEquals(Status.ACCEPTED_WITH_WARNINGS, check.status());
        assertEquals(List.of("Лист «Протокол», ячейка V2: отметка в файле не совпадает с отметкой по шкале для первичного"
                + " балла 20; в расчётах используется отметка по шкале. Найдено: «4». Ожидается: 5."), described(check));
    }

    @Test
    void pupilWithNoPointsAndNoAbsenceMarkIsAskedToBeMarkedAbsent() {
        Protocol p = Protocol.math4().pupil(40001, "4А", 5, FULL_MARKS).absent(40002, "4А");
        p.rows.get(1).set(1, null);
        FormCheck check = read(p, "edu990001_Математика_4_2026.xlsx");
        assertEquals(List.of("Лист «Протокол», ячейка C3: у участника 40002 не заполнены баллы. Найдено: пусто."
                + " Ожидается: баллы за задания; если участник отсутствовал, напишите «отсутствовал» в столбце «Вариант»."),
                described(check));
    }

    @Test
    void trailingRowsWithOnlyPrefilledTotalsAreIgnored() {
        Protocol p = Protocol.math4().pupil(40001, "4А", 5, FULL_MARKS);
        for (int i = 0; i < 30; i++) {
            List<Object> empty = new java.util.ArrayList<>();
            for (int c = 0; c < 20; c++) {
                empty.add(null);
            }
            empty.add(0);
            p.rows.add(empty);
        }
        FormCheck check = read(p, "edu990001_Математика_4_2026.xlsx");
        assertEquals(Status.ACCEPTED, check.status(), described(check).toString());
        assertEquals(1, check.submissions().get(0).participants().size());
    }

    @Test
    void unknownWorkNamesTheWorksOfThatYear() {
        FormCheck check = read(Protocol.math4().pupil(40001, "4А", 5, FULL_MARKS), "edu990001_Математика_6_2026.xlsx");
        assertEquals(Status.REJECTED, check.status());
        assertEquals(List.of("Лист «Протокол»: работы «Математика, 6 класс, 2026» нет в справочнике управления образования"
                + " (нет её шкалы). Найдено: «Математика, 6 класс». Ожидается: одна из работ 2026 года: Математика, 4 класс;"
                + " Русский язык, 4 класс; Математика, 5 класс; Русский язык, 5 класс."), described(check));
    }
}
