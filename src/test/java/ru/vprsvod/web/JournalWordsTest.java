package ru.vprsvod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.vprsvod.consolidation.Journal.Step;

class JournalWordsTest {

    @Test
    void stepsReadAsWordsNotAsKeyValues() {
        assertEquals("проверен: отклонён: 3 ошибки", JournalWords.of(Step.CHECKED, "status=REJECTED errors=3 warnings=0 ms=76"));
        assertEquals("проверен: принят с замечаниями: 1 замечание",
                JournalWords.of(Step.CHECKED, "status=ACCEPTED_WITH_WARNINGS errors=0 warnings=1 ms=5"));
        assertEquals("записан в базу: принят; заменяет прежние данные школы",
                JournalWords.of(Step.RECORDED, "file=2 status=ACCEPTED errors=0 warnings=0 submissions=1 replaces=1"));
        assertEquals("записан в базу: повторно присланный файл",
                JournalWords.of(Step.RECORDED, "file=3 status=DUPLICATE errors=0 warnings=0 submissions=0 replaces=0"));
        assertEquals("обработка завершена: отклонён", JournalWords.of(Step.DONE, "status=REJECTED ms=160"));
        assertEquals("подлинник сохранён в архиве", JournalWords.of(Step.ARCHIVED, "size=7011 path=archive/x.xlsx"));
        assertEquals("проверен", JournalWords.of(Step.CHECKED, "status=ЧТО-ТО"));
    }

    @Test
    void quotedValuesAreReadBack() {
        assertEquals(Map.of("path", "edu990001/Протокол № 1 — \"a\".txt", "n", "1"),
                JournalWords.fields("path=\"edu990001/Протокол № 1 — \\\"a\\\".txt\" n=1"));
    }
}
