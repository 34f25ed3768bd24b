package ru.vprsvod.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.consolidation.ResultsStore;
import ru.vprsvod.pdf.PdfConverter;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.ReferenceLoader;
import ru.vprsvod.reference.ReferenceReading;
import ru.vprsvod.reference.School;
import ru.vprsvod.reference.WorkSpec;
import ru.vprsvod.schedule.ScheduleForm;
import ru.vprsvod.schedule.Sitting;
import ru.vprsvod.testing.DocxText;
import ru.vprsvod.testing.MutableClock;

/**
 * The observers' documents in the outbox for a schedule (what the pipeline makes once stored schedules reach it): the
 * order and a памятка per assigned observer; a smaller bank leaves the remarks note and retires the памятки of those
 * no longer assigned; no schedule retires everything.
 */
class ObserverOutputsTest {

    @TempDir
    Path dir;

    private static List<String> files(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theOrderAndAMemoPerObserverThenTheRemarksThenNothingWithoutASchedule() throws Exception {
        MutableClock clock = MutableClock.spring2026();
        Reference reference = ((ReferenceReading.Loaded) ReferenceLoader.load(Path.of("templates", "справочник.xlsx"))).reference();
        List<Sitting> schedule = new ArrayList<>();
        for (School school : reference.schools()) {
            for (WorkSpec spec : ScheduleForm.expectedWorks(reference, school)) {
                schedule.add(new Sitting(school.login(), LocalDate.of(2026, 4, 10 + spec.work().grade()), spec.work(),
                        List.of(spec.work().grade() + "А")));
            }
        }
        Path root = Files.createDirectories(dir.resolve("outbox"));
        try (ResultsStore store = ResultsStore.open(Files.createDirectories(dir.resolve("data")).resolve("vpr.db"), clock)) {
            Outbox outbox = new Outbox(root, clock);
            DocumentOutputs outputs = new DocumentOutputs(store, outbox, Path.of("templates"),
                    PdfConverter.off("в тесте PDF не нужен"), clock);
            Path folder = root.resolve("Общественные наблюдатели ВПР 2026");

            outputs.observers(schedule, Set.of("edu990003"), reference);
            String order = "Приказ об утверждении списка общественных наблюдателей ВПР 2026.docx";
            assertTrue(Files.isRegularFile(root.resolve(order)), files(root).toString());
            assertFalse(Files.exists(root.resolve("Приказ об утверждении списка общественных наблюдателей ВПР 2026 — замечания.txt")));
            List<String> memos = files(folder);
            assertEquals(8, memos.size(), "every example observer has a day: " + memos);
            assertTrue(memos.contains("Памятка наблюдателя — Белоусов Игорь Викторович.docx"), memos.toString());
            assertTrue(DocxText.open(folder.resolve(memos.get(0))).plain().text().contains("ПАМЯТКА ОБЩЕСТВЕННОГО НАБЛЮДАТЕЛЯ"));

            Reference two = reference.withObservers(reference.observers().subList(0, 2));
            outputs.observers(schedule, Set.of(), two);
            assertEquals(List.of("Памятка наблюдателя — Афанасьева Галина Петровна.docx",
                    "Памятка наблюдателя — Белоусов Игорь Викторович.docx"), files(folder));
            String remarks = Files.readString(root.resolve("Приказ об утверждении списка общественных наблюдателей ВПР 2026"
                    + " — замечания.txt")).replace("\uFEFF", "").replace("\r\n", "\n");
            assertTrue(remarks.startsWith("Общественные наблюдатели ВПР 2026: что нужно решить (лист «Наблюдатели»"
                    + " справочника, лист «Правила»)\n\n1. "), remarks);
            assertTrue(remarks.contains(": нет подходящего наблюдателя — "), remarks);

            outputs.observers(List.of(), Set.of(), two);
            assertFalse(Files.exists(root.resolve(order)));
            assertEquals(List.of(), files(folder));
            assertFalse(Files.exists(root.resolve("Приказ об утверждении списка общественных наблюдателей ВПР 2026 — замечания.txt")));
            assertEquals(2, outbox.previousVersions(order).size(), "the first order (replaced) and the second (retired) are kept");
        }
    }
}
