package ru.vprsvod.publishing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import ru.vprsvod.publishing.Outbox;
import ru.vprsvod.reference.ReferenceReading;
import ru.vprsvod.reference.ReferenceSource;
import ru.vprsvod.russian.RussianFormat;
import ru.vprsvod.workbook.Problem;

/** How receipts and notes are stored: text a school's Notepad shows right; the reference's own receipt. */
public final class Receipts {

    private Receipts() {
    }

    /** UTF-8 with a byte-order mark and Windows line ends: Notepad on a school's computer shows it right. */
    public static byte[] bytes(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(text.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    public static String referenceText(ReferenceSource source, Clock clock) {
        StringBuilder t = new StringBuilder("ПРОТОКОЛ ПРОВЕРКИ СПРАВОЧНИКА\n\n");
        t.append("Файл:      ").append(source.file()).append('\n');
        t.append("Проверен:  ").append(RussianFormat.dateTime(clock.instant(), clock.getZone())).append('\n');
        boolean usable = source.lastReading() instanceof ReferenceReading.Loaded;
        t.append("Результат: ").append(usable ? "ПРИНЯТ С ЗАМЕЧАНИЯМИ" : "НЕ ПРИНЯТ").append("\n\n");
        if (!usable) {
            t.append(source.current().isPresent()
                    ? "Программа продолжает работать с предыдущей версией справочника. Исправьте ошибки и сохраните файл.\n\n"
                    : "Пока справочник не исправлен, файлы школ не обрабатываются (они остаются в папке входящих).\n\n");
        }
        int n = 1;
        for (Problem p : source.problems()) {
            t.append(String.format("%4d. %s: %s", n++, p.severity().label(), p.describe())).append('\n');
        }
        return t.toString();
    }
}
