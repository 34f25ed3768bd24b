package ru.vprsvod.observers;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.russian.RussianFormat;
import ru.vprsvod.workbook.XlsxBook;
import ru.vprsvod.workbook.XlsxCell;
import ru.vprsvod.workbook.XlsxSheet;
import ru.vprsvod.workbook.XlsxValidation;

/**
 * The blank «Отчёт общественного наблюдателя» for one slot of the plan: the school's login, the date and the
 * observer above the table (what {@link ObserverReportReader} looks for), then the questions of the памятка, each to be
 * answered «да» or «нет» (Excel offers only these), with a comment, and a row for remarks.
 */
public final class ObserverReportForm {

    /** The questions, each worded so that «да» is what the Порядок expects. */
    static final List<String> QUESTIONS = List.of(
            "Работа начата в назначенное время, материалы выданы участникам в аудитории",
            "Участники выполняли работу самостоятельно, без подсказок и посторонней помощи",
            "Телефоны и справочные материалы, не предусмотренные описанием работы, не использовались",
            "Организатор в аудитории разъяснил правила и не подсказывал участникам",
            "По окончании времени работы собраны и переданы школьному координатору ВПР",
            "Нарушений порядка проведения ВПР не выявлено");

    private ObserverReportForm() {
    }

    /** The questions of the blank, in order. */
    public static List<String> questions() {
        return QUESTIONS;
    }

    /** «edu990001_Отчёт_наблюдателя_2026-04-14.xlsx». */
    public static String fileName(ObserverPlan.Assignment assignment) {
        return assignment.slot().school().login() + "_Отчёт_наблюдателя_" + assignment.slot().date() + ".xlsx";
    }

    public static void write(OutputStream out, ObserverPlan.Assignment assignment, Reference reference, Instant madeAt,
                             ZoneId zone, Path temporaryRoot) throws IOException {
        ObserverPlan.Slot slot = assignment.slot();
        try (XlsxBook book = new XlsxBook(temporaryRoot)) {
            XlsxSheet sheet = book.sheet("Отчёт наблюдателя");
            sheet.columns(60, 16, 50);
            sheet.title("Отчёт общественного наблюдателя о проведении ВПР " + reference.campaignYear());
            sheet.row("Логин ОО", slot.school().login());
            sheet.row("Школа", slot.school().name());
            sheet.row("Дата проведения", RussianFormat.date(slot.date()));
            sheet.row("Наблюдатель", assignment.observer().name());
            sheet.row("Работы", slot.works());
            sheet.row(XlsxCell.note("Ответьте на каждый вопрос «да» или «нет»; если «нет» — опишите в комментарии, что"
                    + " произошло. Не меняйте логин, дату и ФИО над таблицей: по ним программа узнаёт отчёт. Бланк"
                    + " сформирован " + RussianFormat.dateTime(madeAt, zone) + "."));
            sheet.header("Вопрос", "Ответ", "Комментарий");
            sheet.freezeHeader();
            int first = sheet.nextRow();
            for (String question : QUESTIONS) {
                sheet.row(question, XlsxCell.empty(), XlsxCell.empty());
            }
            sheet.validation(XlsxValidation.list("да", "нет").withError("Ответ", "«да» или «нет»."), first,
                    first + QUESTIONS.size() - 1, 1, 1);
            sheet.row("Замечания и предложения", XlsxCell.empty(), XlsxCell.empty());
            book.write(out);
        }
    }
}
