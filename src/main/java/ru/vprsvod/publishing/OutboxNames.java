package ru.vprsvod.publishing;

import ru.vprsvod.reference.School;

/**
 * Every name the outbox holds, in one place: the documents, the consolidated workbook, report.json, the receipts'
 * folders and the notes beside documents. The web pages and the tests find the files by these names too.
 */
public final class OutboxNames {

    public static final String REPORT_JSON = "report.json";
    /** The note the coordinator finds in the outbox when no PDFs can be made. */
    public static final String PDF_NOTE = "PDF не формируются.txt";
    /** The receipt of the reference workbook, written when a new version has problems. */
    public static final String REFERENCE_RECEIPT = "Справочник — протокол проверки.txt";
    /** The folder of receipts for the department's own files (federal lists, re-check protocols). */
    public static final String DEPARTMENT_FOLDER = "_управление образования";

    private OutboxNames() {
    }

    /** «Распоряжение об организации и проведении ВПР 2026.docx». */
    public static String directive(int year) {
        return "Распоряжение об организации и проведении ВПР " + year + ".docx";
    }

    /** «Приказ об утверждении дорожной карты по объективности ВПР 2026.docx». */
    public static String roadMapOrder(int year) {
        return "Приказ об утверждении дорожной карты по объективности ВПР " + year + ".docx";
    }

    /** «План по повышению объективности ВПР 2026.docx». */
    public static String objectivityPlan(int year) {
        return "План по повышению объективности ВПР " + year + ".docx";
    }

    /** «Приказ о перепроверке работ ВПР 2026.docx». */
    public static String recheckOrder(int year) {
        return "Приказ о перепроверке работ ВПР " + year + ".docx";
    }

    /** «Приказ о проведении перекрёстной проверки ВПР 2026.docx». */
    public static String crossCheckOrder(int year) {
        return "Приказ о проведении перекрёстной проверки ВПР " + year + ".docx";
    }

    /** «Приказ о проведении перекрёстной проверки ВПР 2026 — не сформирован.txt»: why there are no pairs to order. */
    public static String crossCheckNotMade(int year) {
        return withoutExtension(crossCheckOrder(year)) + " — не сформирован.txt";
    }

    /** «Аналитическая справка ВПР 2026.docx». */
    public static String analyticalReport(int year) {
        return "Аналитическая справка ВПР " + year + ".docx";
    }

    /** The file name a coordinator understands: «Сводная таблица ВПР 2026.xlsx». */
    public static String consolidatedWorkbook(int year) {
        return "Сводная таблица ВПР " + year + ".xlsx";
    }

    /** The department's folder of all schools' drafts: «Дорожные карты школ ВПР 2026». */
    public static String schoolRoadMaps(int year) {
        return "Дорожные карты школ ВПР " + year;
    }

    /** «Дорожные карты школ ВПР 2026/Дорожная карта — МБОУ СОШ № 3 (edu990003).docx». */
    public static String schoolRoadMap(int year, School school) {
        return schoolRoadMaps(year) + "/Дорожная карта — " + plainName(school.name()) + " (" + school.login() + ").docx";
    }

    /** The copy in the school's own folder of the outbox: «edu990003/Дорожная карта по объективности ВПР 2026 (проект).docx». */
    public static String schoolOwnRoadMap(int year, School school) {
        return school.login() + "/Дорожная карта по объективности ВПР " + year + " (проект).docx";
    }

    /** The re-check's results sent back to a school, in its own folder: «edu990003/Итоги перепроверки ВПР 2026.xlsx». */
    public static String schoolRecheckResults(int year, String login) {
        return login + "/Итоги перепроверки ВПР " + year + ".xlsx";
    }

    /**
     * The school's «График проведения ВПР» blank in its own folder: «edu990001/edu990001_График_ВПР_2026.xlsx», the
     * same name as the web desk gives it, so a copy put back in the common inbox still says whose it is.
     */
    public static String scheduleBlank(int year, School school) {
        return school.login() + "/" + ru.vprsvod.schedule.ScheduleForm.fileName(school, year);
    }

    /**
     * {@code <school>/Протокол № 17 — <file name>.txt}: each school finds its receipts in its own folder of the
     * outbox, named by the school's login; the sender's file name is only shown after passing {@link Outbox#safeName}.
     * A file whose school could not be told is answered where its sender looks: the outbox folder of the inbox folder
     * it came through (a school folder, or the outbox itself for the inbox's own), besides the web answer and the
     * coordinator's list of rejected files. A folder no school opens («_школа не определена») answered nobody.
     *
     * @param school       the school the file was decided to be from, or empty
     * @param folderSchool the school folder of the inbox (or the web account) it came through, or null
     */
    public static String receipt(String school, String folderSchool, String originalName, long fileId) {
        String folder = !school.isEmpty() ? school + "/" : folderSchool != null ? Outbox.safeName(folderSchool) + "/" : "";
        return folder + "Протокол № " + fileId + " — " + Outbox.safeName(originalName) + ".txt";
    }

    /** {@code _управление образования/Протокол № 17 — <file name>.txt}. */
    public static String departmentReceipt(String originalName, long fileId) {
        return DEPARTMENT_FOLDER + "/Протокол № " + fileId + " — " + Outbox.safeName(originalName) + ".txt";
    }

    /** «Аналитическая справка ВПР 2026 — ошибки шаблона.txt», beside the document a template could not fill. */
    public static String templateErrors(String document) {
        return withoutExtension(document) + " — ошибки шаблона.txt";
    }

    /** «Аналитическая справка ВПР 2026 — PDF не сформирован.txt», beside a document LibreOffice could not convert. */
    public static String pdfFailed(String document) {
        return withoutExtension(document) + " — PDF не сформирован.txt";
    }

    /** The PDF copy beside a document: «….docx» → «….pdf». */
    public static String pdf(String document) {
        return withoutExtension(document) + ".pdf";
    }

    private static String withoutExtension(String document) {
        return document.replaceAll("\\.docx$", "");
    }

    /** «Распоряжение о создании предметных комиссий ВПР 2026.docx». */
    public static String commissionDirective(int year) {
        return "Распоряжение о создании предметных комиссий ВПР " + year + ".docx";
    }

    /** The department's folder of the re-check's blanks and letters: «Перепроверка ВПР 2026». */
    public static String recheckFolder(int year) {
        return "Перепроверка ВПР " + year;
    }

    /** «Перепроверка ВПР 2026/Протокол перепроверки — Математика — Иванова Мария Петровна.xlsx». */
    public static String expertProtocol(int year, String subject, String expert) {
        return recheckFolder(year) + "/Протокол перепроверки — " + plainName(subject) + " — " + plainName(expert) + ".xlsx";
    }

    /** «Перепроверка ВПР 2026/Письмо о направлении работ — МБОУ Лицей № 2 (edu990002).docx». */
    public static String recheckLetter(int year, School school) {
        return recheckFolder(year) + "/Письмо о направлении работ — " + plainName(school.name()) + " (" + school.login() + ").docx";
    }

    /** The copy in the school's own folder: «edu990002/Запрос работ на перепроверку ВПР 2026.docx». */
    public static String schoolOwnRecheckLetter(int year, School school) {
        return school.login() + "/Запрос работ на перепроверку ВПР " + year + ".docx";
    }

    /** «Перепроверка ВПР 2026/Предметные комиссии — замечания.txt»: the experts refused and what could not be assigned. */
    public static String commissionNotes(int year) {
        return recheckFolder(year) + "/Предметные комиссии — замечания.txt";
    }

    /** «Приказ об утверждении списка общественных наблюдателей ВПР 2026.docx». */
    public static String observersOrder(int year) {
        return "Приказ об утверждении списка общественных наблюдателей ВПР " + year + ".docx";
    }

    /** «Приказ об утверждении списка общественных наблюдателей ВПР 2026 — замечания.txt»: the slots nobody could take. */
    public static String observersNotes(int year) {
        return withoutExtension(observersOrder(year)) + " — замечания.txt";
    }

    /** The folder of the observers' personal sheets: «Общественные наблюдатели ВПР 2026». */
    public static String observersFolder(int year) {
        return "Общественные наблюдатели ВПР " + year;
    }

    /** «Общественные наблюдатели ВПР 2026/Памятка наблюдателя — Белоусов Игорь Викторович.docx». */
    public static String observerMemo(int year, String observer) {
        return observersFolder(year) + "/Памятка наблюдателя — " + plainName(observer) + ".docx";
    }

    /**
     * The blank report of one visit, beside the observer's памятка: «Общественные наблюдатели ВПР 2026/Отчёт
     * наблюдателя — Белоусов Игорь Викторович — edu990001, 14.04.2026.xlsx».
     */
    public static String observerReportBlank(int year, String observer, String school, java.time.LocalDate date) {
        return observersFolder(year) + "/Отчёт наблюдателя — " + plainName(observer) + " — " + plainName(school) + ", "
                + ru.vprsvod.russian.RussianFormat.date(date) + ".xlsx";
    }

    /** A school's name as a file name: quotes dropped, anything unsafe replaced. */
    static String plainName(String name) {
        String plain = name.replaceAll("[«»\"“”„']", "").replaceAll("[^\\p{L}\\p{N} ._()№-]", " ").replaceAll("\\s+", " ").strip();
        return plain.isEmpty() ? "школа" : plain.length() > 80 ? plain.substring(0, 80).strip() : plain;
    }
}
