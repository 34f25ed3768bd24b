package ru.vprsvod.intake;

import java.time.Duration;
import java.time.ZoneId;
import ru.vprsvod.report.ReceiptText;
import ru.vprsvod.russian.RussianFormat;

/** Why the intake itself turned a file down: the sentences its receipt and its quarantine note give. */
final class Reasons {

    private Reasons() {
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
                + "Имя файла:    " + ReceiptText.shown(claim.originalName()) + "\n"
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

}
