package ru.vprsvod.testing;

import static ru.vprsvod.testing.DocxWriter.Opt.BOLD;
import static ru.vprsvod.testing.DocxWriter.Opt.CENTER;
import static ru.vprsvod.testing.DocxWriter.Opt.INDENT;
import static ru.vprsvod.testing.DocxWriter.Opt.JUSTIFY;
import static ru.vprsvod.testing.DocxWriter.Opt.KEEP_NEXT;
import static ru.vprsvod.testing.DocxWriter.Opt.PAGE_BREAK_BEFORE;
import static ru.vprsvod.testing.DocxWriter.Opt.SIZE_12;
import static ru.vprsvod.testing.DocxWriter.Opt.SMALL;
import static ru.vprsvod.testing.DocxWriter.Opt.SPACED;
import static ru.vprsvod.testing.DocxWriter.Opt.SPACE_AFTER;
import static ru.vprsvod.testing.DocxWriter.Opt.SPACE_BEFORE;
import static ru.vprsvod.testing.DocxWriter.NUMBER;

import java.nio.file.Path;
import ru.vprsvod.testing.DocxWriter.Row;

/**
 * Writes the .docx templates shipped in templates/: the department's orders and directives laid out by ГОСТ Р
 * 7.0.97 (letterhead, kind of document, date and number — blanks until the coordinator enters them —, place, title,
 * text, signature, executor, appendices with their headings or approval stamps), the analytical report and a
 * school's road map. Coordinators edit the shipped files in Word; this class is how developers regenerate the
 * defaults (see the README, «Developers»). The wording follows the seed documents, retold for the fictional district.
 */
public final class ExampleTemplates {

    /** Blanks the coordinator fills by hand when the date or number is not entered on the «Документы» sheet. */
    static final String DATE = "{{ документ.дата | дата | по_умолчанию:\"____________\" }}";
    static final String NUMBER_OF = "{{ документ.номер | по_умолчанию:\"______\" }}";
    static final String MO = "муниципального образования «{{ орган.муниципальное_образование }}»";

    private ExampleTemplates() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "templates");
        directive(dir.resolve("Распоряжение о проведении ВПР.docx"));
        roadMapOrder(dir.resolve("Приказ о дорожной карте.docx"));
        objectivityPlan(dir.resolve("План по объективности.docx"));
        recheckOrder(dir.resolve("Приказ о перепроверке.docx"));
        analyticalReport(dir.resolve("Аналитическая справка.docx"));
        schoolRoadMap(dir.resolve("Дорожная карта школы.docx"));
    }

    // ---- the parts every order shares ----

    /** Body, kind of document, «от … № …», place. */
    static void letterhead(DocxWriter w, String kind) {
        w.pageNumbers();
        w.paragraph("{{ орган.наименование | заглавные }}", CENTER, BOLD);
        w.paragraph("", SPACE_AFTER);
        w.paragraph(kind, CENTER, BOLD, SPACED, SPACE_AFTER);
        w.paragraph("от " + DATE + "\t№ " + NUMBER_OF);
        w.paragraph("{{ орган.место }}", CENTER, SIZE_12, SPACE_AFTER);
    }

    static void title(DocxWriter w, String title) {
        w.paragraph(title, CENTER, BOLD, SPACE_BEFORE, SPACE_AFTER, KEEP_NEXT);
    }

    /** The last point: control laid on someone, or kept by the signer. */
    static String control(String of) {
        return "{{#если документ.контроль}}Контроль за исполнением настоящего " + of + " возложить на {{ документ.контроль }}."
                + "{{иначе}}Контроль за исполнением настоящего " + of + " оставляю за собой.{{/если}}";
    }

    /** The signature never stands alone on a page: the last point and the blank lines keep with it. */
    static void signatureAndExecutor(DocxWriter w) {
        w.paragraph("", KEEP_NEXT).paragraph("", KEEP_NEXT);
        w.signature("{{ документ.подписывает.должность | с_заглавной }}", "{{ документ.подписывает.подпись }}");
        executor(w);
    }

    static void executor(DocxWriter w) {
        w.blank().blank();
        w.paragraph("{{#если орган.исполнитель.фио}}Исп. {{ орган.исполнитель.фио }}{{/если}}", SMALL, KEEP_NEXT);
        w.paragraph("{{ орган.исполнитель.телефон | пусто }}", SMALL);
    }

    /** «Приложение № 1 к распоряжению … от … № …» in the top right corner of a new page. */
    static void appendixHeading(DocxWriter w, String number, String toWhat, boolean newPage) {
        if (newPage) {
            w.paragraph("", PAGE_BREAK_BEFORE);
        }
        w.stamp("Приложение" + (number.isEmpty() ? "" : " № " + number), "к " + toWhat + " {{ орган.в_родительном }}",
                "от " + DATE + " № " + NUMBER_OF);
        w.blank();
    }

    /** «УТВЕРЖДЕНА приказом … от … № …». */
    static void approvalStamp(DocxWriter w, String approved) {
        w.stamp(approved, "приказом {{ орган.в_родительном }}", "от " + DATE + " № " + NUMBER_OF);
        w.blank();
    }

    // ---- 1. the directive on organising the VPR (seed 004) ----

    public static void directive(Path file) {
        DocxWriter w = new DocxWriter();
        letterhead(w, "РАСПОРЯЖЕНИЕ");
        title(w, "Об организации и проведении всероссийских проверочных работ в общеобразовательных организациях " + MO
                + " в {{ год }} году");
        w.paragraph("В соответствии с приказом Федеральной службы по надзору в сфере образования и науки о проведении"
                + " мониторинга качества подготовки обучающихся общеобразовательных организаций в форме всероссийских"
                + " проверочных работ в {{ год }} году и в целях обеспечения объективности проведения и оценки результатов"
                + " всероссийских проверочных работ (далее — ВПР) в общеобразовательных организациях " + MO + ":",
                JUSTIFY, INDENT);
        w.point(0, "Руководителям общеобразовательных организаций {{#каждый ш из школы | через:\", \"}}{{ ш.название }}"
                + " ({{ ш.руководитель }}){{/каждый}} (далее — образовательные организации):");
        w.point(1, "Обеспечить проведение ВПР в {{ год }} году для обучающихся {{ классы }} классов в соответствии с"
                + " графиком проведения ВПР (перечень работ образовательных организаций — приложение № 1).");
        w.point(1, "Назначить школьных координаторов, ответственных за проведение ВПР, организаторов в аудиториях и"
                + " экспертов по проверке работ; не привлекать к проверке учителей, преподающих предмет в проверяемом классе.");
        w.point(1, "Довести до сведения учителей, обучающихся и их родителей (законных представителей) дату, время и место"
                + " проведения ВПР, инструктивные и информационные материалы.");
        w.point(1, "Обеспечить присутствие общественных наблюдателей при проведении ВПР.");
        w.point(1, "Обеспечить хранение работ участников ВПР и электронных протоколов с результатами проверки в течение"
                + " {{ порядок.хранение_дней }} дней{{#если окончание_периода}} со дня окончания периода проведения ВПР"
                + " ({{ окончание_периода | дата }}){{/если}}, исключив возможность внесения в них изменений.");
        w.point(1, "Направлять муниципальному координатору ВПР электронные формы сбора результатов каждой работы (форма"
                + " ФИС ОКО) в течение двух рабочих дней после завершения её проверки.");
        w.point(1, "Обеспечить своевременное внесение результатов в личные кабинеты ФИС ОКО и ознакомление обучающихся и их"
                + " родителей (законных представителей) с результатами ВПР.");
        w.point(0, "Утвердить:");
        w.point(1, "Перечень общеобразовательных организаций — участников ВПР в {{ год }} году (приложение № 1).");
        w.point(1, "Порядок проведения ВПР в общеобразовательных организациях " + MO + " (приложение № 2).");
        w.point(0, "Обязанности муниципального координатора проведения ВПР в {{ год }} году исполняет"
                + " {{ орган.координатор.должность | по_умолчанию:\"специалист управления образования\" }}"
                + " {{ орган.координатор.подпись | пусто }} (далее — муниципальный координатор ВПР).");
        w.point(0, "Муниципальному координатору ВПР:");
        w.point(1, "Обеспечить приём и проверку результатов ВПР образовательных организаций, их свод и расчёт признаков"
                + " необъективности результатов.");
        w.point(1, "Организовать муниципальную перепроверку работ участников ВПР в соответствии с разделом 6 Порядка"
                + " (приложение № 2).");
        w.point(1, "Подготовить аналитическую справку по результатам ВПР и разместить её на официальном сайте не позднее"
                + " 10 августа {{ год }} года.");
        w.point(0, control("распоряжения"), KEEP_NEXT);
        signatureAndExecutor(w);

        appendixHeading(w, "1", "распоряжению", true);
        title(w, "Перечень общеобразовательных организаций — участников всероссийских проверочных работ в {{ год }} году");
        w.table(new int[] {11, 48, 25, 33, 48}, 12, "CLCLL",
                Row.header("№ п/п", "Образовательная организация", "Логин ФИС ОКО", "Руководитель", "Работы"),
                Row.of(NUMBER, "{{#каждый ш из школы}}{{ ш.название }}", "{{ ш.логин }}", "{{ ш.руководитель }}",
                        "{{ ш.работы }}{{/каждый}}"));

        appendixHeading(w, "2", "распоряжению", true);
        title(w, "Порядок проведения всероссийских проверочных работ в общеобразовательных организациях " + MO);
        w.newPoints();
        w.point(0, "Общие положения", BOLD, KEEP_NEXT);
        w.point(1, "Порядок определяет организацию проведения всероссийских проверочных работ (далее — ВПР) в"
                + " общеобразовательных организациях " + MO + ", проверку работ и их муниципальную перепроверку в целях"
                + " объективной оценки образовательных результатов обучающихся.");
        w.point(1, "Результаты ВПР используются для анализа состояния муниципальной системы образования; использование"
                + " результатов ВПР для оценки деятельности педагогических работников и образовательных организаций не"
                + " предусмотрено.");
        w.point(0, "Организация проведения ВПР", BOLD, KEEP_NEXT);
        w.point(1, "{{ орган.наименование }} назначает муниципального координатора ВПР, обеспечивает присутствие"
                + " общественных наблюдателей, осуществляет сбор результатов ВПР и их свод, организует перепроверку работ.");
        w.point(1, "Образовательная организация издаёт приказ о проведении ВПР, назначает школьного координатора,"
                + " организаторов в аудиториях и экспертов по проверке работ, обеспечивает хранение работ и протоколов.");
        w.point(0, "Проверка работ и хранение результатов", BOLD, KEEP_NEXT);
        w.point(1, "Проверка работ осуществляется комиссией образовательной организации по критериям, установленным"
                + " организатором ВПР; баллы за каждое задание вносятся в работу и в электронный протокол.");
        w.point(1, "Работы участников ВПР и электронные протоколы с результатами проверки хранятся в образовательной"
                + " организации в течение {{ порядок.хранение_дней }} дней со дня окончания периода проведения ВПР.");
        w.point(0, "Перепроверка результатов ВПР", BOLD, KEEP_NEXT);
        w.point(1, "Муниципальная перепроверка работ проводится для образовательных организаций, включённых в"
                + " муниципальную группу риска по итогам ВПР текущего года, в том числе:");
        w.paragraph("{{#каждый о из порядок.основания_перепроверки}}", JUSTIFY);
        w.paragraph("— {{ о }};", JUSTIFY, INDENT);
        w.paragraph("{{/каждый}}");
        w.paragraph("{{#если порядок.порог_индекса > 0}}— индекс необъективности которых (взвешенное число признаков"
                + " необъективности) составляет не менее {{ порядок.порог_индекса | число }}.{{/если}}", JUSTIFY, INDENT);
        w.point(1, "Количество работ, подлежащих муниципальной перепроверке, составляет не менее"
                + " {{ порядок.доля_перепроверки | процент }} работ участников ВПР района и не менее"
                + " {{ порядок.минимум_работ_школы | склонение:\"работы\",\"работ\",\"работ\" }} каждой образовательной"
                + " организации группы риска. Перепроверяются все работы с первичным баллом, равным наименьшему баллу"
                + " отметки, в работах с признаками необъективности, остальные отбираются случайно и воспроизводимо.");
        w.point(1, "Муниципальная перепроверка проводится в течение {{ порядок.срок_перепроверки_дней }} календарных дней"
                + " со дня окончания периода проведения ВПР предметными комиссиями из педагогов, не работающих в"
                + " проверяемых образовательных организациях.");
        w.point(0, "Анализ результатов ВПР", BOLD, KEEP_NEXT);
        w.point(1, "{{ орган.наименование }} на основе статистической информации о результатах ВПР проводит анализ"
                + " результатов, в том числе сравнение результатов ВПР с отметками по журналу, и размещает его на"
                + " официальном сайте не позднее 10 августа текущего года; по итогам анализа утверждает дорожную карту"
                + " по обеспечению объективности результатов.");
        w.save(file);
    }

    // ---- further templates in ExampleDocuments ----

    public static void roadMapOrder(Path file) {
        ExampleDocuments.roadMapOrder(file);
    }

    public static void objectivityPlan(Path file) {
        ExampleDocuments.objectivityPlan(file);
    }

    public static void recheckOrder(Path file) {
        ExampleDocuments.recheckOrder(file);
    }

    public static void analyticalReport(Path file) {
        ExampleReport.analyticalReport(file);
    }

    public static void schoolRoadMap(Path file) {
        ExampleDocuments.schoolRoadMap(file);
    }
}
