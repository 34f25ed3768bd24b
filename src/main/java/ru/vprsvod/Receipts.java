package ru.vprsvod;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import ru.vprsvod.intake.Claim;
import ru.vprsvod.outbox.Outbox;
import ru.vprsvod.reference.ReferenceReading;
import ru.vprsvod.reference.ReferenceSource;
import ru.vprsvod.report.RussianFormat;
import ru.vprsvod.workbook.Problem;

/** Where receipts go in the outbox and how their text is stored. */
final class Receipts {

    /** The folder of receipts whose school could not be told. */
    static final String UNKNOWN_SCHOOL_FOLDER = "_школа не определена";

    private Receipts() {
    }

    /**
     * {@code <school>/Протокол № 17 — <file name>.txt}: each school finds its receipts in its own folder of the
     * outbox, named by the school's login; the sender's file name is only shown after passing {@link Outbox#safeName}.
     */
    static String path(String school, Claim claim, long fileId) {
        String folder = !school.isEmpty() ? school
                : claim.school() != null ? Outbox.safeName(claim.school()) : UNKNOWN_SCHOOL_FOLDER;
        return folder + "/Протокол № " + fileId + " — " + Outbox.safeName(claim.originalName()) + ".txt";
    }

    /** The folder of receipts for the department's own files (federal lists). */
    static final String DEPARTMENT_FOLDER = "_управление образования";

    /** {@code _управление образования/Протокол № 17 — <file name>.txt}. */
    static String departmentPath(Claim claim, long fileId) {
        return DEPARTMENT_FOLDER + "/Протокол № " + fileId + " — " + Outbox.safeName(claim.originalName()) + ".txt";
    }

    /** Why a file that stayed incomplete in the inbox for {@code waited} was rejected. */
    static String incomplete(Duration waited) {
        return "Файл так и не был скопирован полностью: за " + minutes(waited) + " он не стал целым"
                + " (вероятно, копирование в папку прервалось). Скопируйте файл в папку заново.";
    }

    /** Why a file whose reading did not finish within {@code bound} was rejected. */
    static String timedOut(Duration bound) {
        return "Файл не удалось проверить за " + seconds(bound) + ": он слишком сложен или повреждён. Откройте его"
                + " в Excel, сохраните заново как .xlsx (Файл → Сохранить как → Книга Excel) и отправьте ещё раз.";
    }

    /** Why a file was rejected when our own code failed on it (the file is kept; the coordinator can retry it). */
    static String internalError(String claimId) {
        return "Внутренняя ошибка программы при проверке файла. Файл сохранён; сообщите муниципальному координатору"
                + " номер приёма " + claimId + ".";
    }

    /** The note the coordinator finds beside a quarantined original. */
    static String quarantineNote(Claim claim, String sha256, String reason, ZoneId zone) {
        return "Файл не читается и отложен в карантин. Подлинник рядом, байт в байт как получен.\n\n"
                + "Имя файла:    " + claim.originalName() + "\n"
                + "Получен:      " + RussianFormat.dateTime(claim.receivedAt(), zone)
                + (claim.source().equals("веб") ? " через веб-форму" : " через общую папку") + "\n"
                + "Школа:        " + (claim.school() == null ? "не указана" : claim.school()) + "\n"
                + "Номер приёма: " + claim.id() + "\n"
                + "SHA-256:      " + sha256 + "\n\n"
                + "Причина: " + reason + "\n";
    }

    private static String minutes(Duration d) {
        long m = Math.max(1, d.toMinutes());
        return m + " " + RussianFormat.plural(m, "минуту", "минуты", "минут");
    }

    private static String seconds(Duration d) {
        if (d.toSeconds() >= 60 && d.toSeconds() % 60 == 0) {
            return minutes(d);
        }
        long s = Math.max(1, d.toSeconds());
        return s + " " + RussianFormat.plural(s, "секунду", "секунды", "секунд");
    }

    /** UTF-8 with a byte-order mark and Windows line ends: Notepad on a school's computer shows it right. */
    static byte[] bytes(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(text.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static String referenceText(ReferenceSource source, Clock clock) {
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
