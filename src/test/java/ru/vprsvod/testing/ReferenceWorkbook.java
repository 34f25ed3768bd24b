package ru.vprsvod.testing;

import static ru.vprsvod.testing.Xlsx.row;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.vprsvod.reference.RuleParameter;

/**
 * The reference workbook of the fictional «Энский муниципальный район», as rows tests can change before writing.
 * The same content is shipped as the example {@code templates/справочник.xlsx}.
 */
public final class ReferenceWorkbook {

    public static final List<Object> SCHOOLS_HEADER = row("Логин ФИС ОКО", "Код", "Краткое наименование",
            "Полное наименование", "Тип", "Руководитель", "Должность руководителя", "Адрес", "Классы");
    public static final List<Object> SCALES_HEADER = row("Год", "Предмет", "Класс", "Максимальный балл", "Балл на «3»",
            "Балл на «4»", "Балл на «5»", "Источник");
    public static final List<Object> TASKS_HEADER = row("Год", "Предмет", "Класс", "Задание", "Максимальный балл", "Уровень");
    public static final List<Object> RULES_HEADER = row("Правило", "Параметр", "Предмет", "Класс", "Значение", "Источник");
    public static final List<Object> DOCUMENTS_HEADER = row("Документ", "Год", "Дата", "Номер", "Должность подписывающего",
            "Подписывает", "Контроль возложить на");
    public static final List<Object> FEDERAL_HEADER = row("Год", "Логин", "Муниципалитет", "ОО", "4 РУ", "4 МА", "5 РУ", "5 МА",
            "Количество маркеров");

    public final List<List<Object>> schools = new ArrayList<>();
    public final List<List<Object>> scales = new ArrayList<>();
    public final List<List<Object>> tasks = new ArrayList<>();
    public final List<List<Object>> requisites = new ArrayList<>();
    public final List<List<Object>> rules = new ArrayList<>();
    public final List<List<Object>> federal = new ArrayList<>();
    public final List<List<Object>> documents = new ArrayList<>();
    /** Rows of the optional «Сроки» sheet (Срок | Что | Кто | Основание); the sheet is written only when there are some. */
    public final List<List<Object>> deadlines = new ArrayList<>();
    /** Rows of the optional «Эксперты» sheet; the sheet is written only when there are some. */
    public final List<List<Object>> experts = new ArrayList<>();
    public static final List<Object> EXPERTS_HEADER = row("ФИО", "Школа", "Предметы", "Высшее образование", "Стаж (лет)",
            "Руководитель РМО по предмету", "Преподаёт также в (ОО: классы)");
    /** The header the «Эксперты» sheet is written with; tests change it. */
    public final List<Object> expertsHeader = new ArrayList<>(EXPERTS_HEADER);
    /** Rows of the optional «Наблюдатели» sheet; the sheet is written only when there are some. */
    public final List<List<Object>> observers = new ArrayList<>();
    public static final List<Object> OBSERVERS_HEADER = row("ФИО", "Организация, должность", "Телефон",
            "Работает в ОО (логин)", "Ребёнок обучается: ОО (логин) и класс");
    /** The header the «Наблюдатели» sheet is written with; tests change it. */
    public final List<Object> observersHeader = new ArrayList<>(OBSERVERS_HEADER);
    private final List<String> without = new ArrayList<>();

    /** The example district: eight schools, four works of 2026 and two of 2025. */
    public static ReferenceWorkbook example() {
        ReferenceWorkbook r = new ReferenceWorkbook();
        r.school("edu990001", "01", "МБОУ «СОШ № 1 г. Энска»", "Муниципальное бюджетное общеобразовательное учреждение"
                + " «Средняя общеобразовательная школа № 1 г. Энска»", "СОШ", "А.В. Морозова", "г. Энск, ул. Школьная, д. 1", "1-11");
        r.school("edu990002", "02", "МБОУ «Лицей № 2 г. Энска»", "Муниципальное бюджетное общеобразовательное учреждение"
                + " «Лицей № 2 г. Энска»", "лицей", "П.С. Громов", "г. Энск, пр. Мира, д. 15", "1-11");
        r.school("edu990003", "03", "МБОУ «Гимназия г. Энска»", "Муниципальное бюджетное общеобразовательное учреждение"
                + " «Гимназия г. Энска»", "гимназия", "Е.Н. Белова", "г. Энск, ул. Гагарина, д. 4", "1-11");
        r.school("edu990004", "04", "МБОУ «Заречная СОШ»", "Муниципальное бюджетное общеобразовательное учреждение"
                + " «Заречная средняя общеобразовательная школа»", "СОШ", "И.И. Карпов", "с. Заречное, ул. Новая, д. 2", "1-11");
        r.school("edu990005", "05", "МБОУ «Луговская ООШ»", "Муниципальное бюджетное общеобразовательное учреждение"
                + " «Луговская основная общеобразовательная школа»", "ООШ", "Т.А. Соколова", "д. Луговая, ул. Центральная, д. 7", "1-9");
        r.school("edu990006", "06", "МБОУ «Берёзовская СОШ»", "Муниципальное бюджетное общеобразовательное учреждение"
                + " «Берёзовская средняя общеобразовательная школа»", "СОШ", "Н.П. Лебедев", "с. Берёзовка, ул. Школьная, д. 3", "1-11");
        r.school("edu990007", "07", "МБОУ «Ключевская НОШ»", "Муниципальное бюджетное общеобразовательное учреждение"
                + " «Ключевская начальная общеобразовательная школа»", "НОШ", "О.В. Зайцева", "д. Ключи, ул. Лесная, д. 1", "1-4");
        r.school("edu990008", "08", "МБОУ «Сосновская СОШ»", "Муниципальное бюджетное общеобразовательное учреждение"
                + " «Сосновская средняя общеобразовательная школа»", "СОШ", "В.Г. Орлов", "п. Сосновый, ул. Мира, д. 9", "1-11");

        r.scales.add(row(2026, "Русский язык", 4, 24, 10, 16, 21, "Демоверсия ВПР 2026 г. (ФИОКО)"));
        r.scales.add(row(2026, "Математика", 4, 20, 6, 10, 15, "Пример: шкала 2022 г.; сверьте с описанием ВПР 2026 г."));
        r.scales.add(row(2026, "Математика", 5, 20, 7, 11, 15, "Пример: шкала 2022 г.; сверьте с описанием ВПР 2026 г."));
        r.scales.add(row(2026, "Русский язык", 5, 45, 18, 29, 39, "Пример: шкала 2022 г.; сверьте с описанием ВПР 2026 г."));
        r.scales.add(row(2025, "Русский язык", 4, 24, 10, 16, 21, "Пример: шкала 2026 г.; сверьте с описанием ВПР 2025 г."));
        r.scales.add(row(2025, "Математика", 4, 20, 6, 10, 15, "Пример: шкала 2022 г.; сверьте с описанием ВПР 2025 г."));

        int[] russian4 = {2, 1, 2, 3, 2, 1, 1, 2, 3, 3, 1, 3};
        for (int year : new int[] {2026, 2025}) {
            for (int t = 0; t < russian4.length; t++) {
                r.tasks.add(row(year, "Русский язык", 4, String.valueOf(t + 1), russian4[t], null));
            }
        }
        String[] math4 = {"1", "2", "3", "4", "5.1", "5.2", "6.1", "6.2", "7", "8", "9.1", "9.2", "10", "11", "12"};
        int[] math4max = {1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 2};
        String[] math4level = {"Б", "Б", "Б", "Б", "Б", "Б", "Б", "Б", "Б", "Б", "П", "П", "П", "П", "В"};
        for (int year : new int[] {2026, 2025}) {
            for (int t = 0; t < math4.length; t++) {
                r.tasks.add(row(year, "Математика", 4, math4[t], math4max[t], math4level[t]));
            }
        }

        // Every parameter is listed; only those the Порядок sets carry a value, the others keep their defaults (an
        // empty «Значение»), so the documents show which is which.
        for (RuleParameter p : RuleParameter.values()) {
            r.rule(p, "", null, SET_BY_THE_ORDER.contains(p) ? example(p) : null);
        }
        // Per-work bounds of the share of «5»: grade 4 works have many «5» in ordinary schools.
        r.rules.add(row("B", RuleParameter.B_MAX_FIVE.label(), "Математика", 4, 60, "собственное (пример: сверьте с данными района)"));
        r.rules.add(row("B", RuleParameter.B_MAX_FIVE.label(), "Русский язык", 4, 50, "собственное (пример: сверьте с данными района)"));

        r.requisite("Наименование органа", "Управление образования Администрации Энского муниципального района");
        r.requisite("Краткое наименование органа", "Управление образования");
        r.requisite("Наименование органа в родительном падеже", "Управления образования Администрации Энского муниципального района");
        r.requisite("Муниципальное образование", "Энский муниципальный район");
        r.requisite("Место издания", "г. Энск");
        r.requisite("Адрес", "123456, г. Энск, ул. Ленина, д. 10");
        r.requisite("Телефон, e-mail", "8 (12345) 2-34-56, uo@ensk.example.ru");
        r.requisite("Должность руководителя", "Начальник управления образования");
        r.requisite("Руководитель", "С.А. Васильева");
        r.requisite("Должность муниципального координатора", "главный специалист управления образования");
        r.requisite("Муниципальный координатор ВПР", "Н.В. Петрова");
        r.requisite("Исполнитель", "Петрова Наталья Викторовна");
        r.requisite("Телефон исполнителя", "8 (12345) 2-34-57");
        r.requisite("Год проведения ВПР", 2026);
        r.requisite("Дата окончания периода проведения ВПР", "20.05.2026");

        // One document already registered, the others waiting for their date and number.
        r.document("Распоряжение о проведении ВПР", 2026, "16.02.2026", "45-р", null, null,
                "заместителя начальника управления образования О.И. Смирнову");
        r.document("Приказ о дорожной карте", 2026, null, null, null, null, null);
        r.document("План по объективности", 2026, null, null, null, null, null);
        r.document("Приказ о перепроверке", 2026, null, null, null, null, null);
        r.document("Распоряжение о предметных комиссиях", 2026, null, null, null, null, null);
        r.document("Приказ о перекрёстной проверке", 2026, null, null, null, null, null);
        r.document("Приказ о наблюдателях", 2026, null, null, null, null, null);
        r.document("Аналитическая справка", 2026, null, null, "Главный специалист управления образования", "Н.В. Петрова", null);
        return r;
    }

    public ReferenceWorkbook school(String login, String code, String shortName, String fullName, String type,
                                    String head, String address, String grades) {
        schools.add(row(login, code, shortName, fullName, type, head, "Директор", address, grades));
        return this;
    }

    /** A «Правила» row setting a parameter for every work (subject empty, grade null) or for one work. */
    public ReferenceWorkbook rule(RuleParameter p, String subject, Integer grade, Object value) {
        rules.add(row(p.rule(), p.label(), subject, grade, value, p.defaultSource()));
        return this;
    }

    /** The default written as a number where it is one, so Excel shows a number. */
    /** The parameters the municipal Порядок fixes (its п. 5.9–5.10, 6.3–6.5): the example sets them explicitly. */
    private static final java.util.Set<RuleParameter> SET_BY_THE_ORDER = java.util.EnumSet.of(RuleParameter.A_NOT_CONFIRMED,
            RuleParameter.F_FEDERAL, RuleParameter.F_MUNICIPAL, RuleParameter.RISK_RULES, RuleParameter.RECHECK_SHARE,
            RuleParameter.RECHECK_DAYS, RuleParameter.STORAGE_DAYS);

    private static Object example(RuleParameter p) {
        if (p.unit() == RuleParameter.Unit.TEXT) {
            return p.defaultValue();
        }
        return Double.parseDouble(p.defaultValue().replace(',', '.'));
    }

    /** A row of the «Федеральный список» sheet: markers for 4 РУ, 4 МА, 5 РУ, 5 МА (1 or null). */
    public ReferenceWorkbook federal(int year, String login, String name, Integer ru4, Integer ma4, Integer ru5, Integer ma5) {
        int count = (ru4 == null ? 0 : ru4) + (ma4 == null ? 0 : ma4) + (ru5 == null ? 0 : ru5) + (ma5 == null ? 0 : ma5);
        federal.add(row(year, login, "Энский муниципальный район", name, ru4, ma4, ru5, ma5, count));
        return this;
    }

    /** A row of the «Документы» sheet; null leaves a cell empty. */
    public ReferenceWorkbook document(String name, Integer year, String date, String number, String signerPosition,
                                      String signer, String control) {
        documents.add(row(name, year, date, number, signerPosition, signer, control));
        return this;
    }

    /** A row of the «Эксперты» sheet; null leaves a cell empty. */
    public ReferenceWorkbook expert(String name, String school, String subjects, String higher, Object years, String rmo) {
        return expert(name, school, subjects, higher, years, rmo, null);
    }

    /** @param elsewhere classes taught at other schools, «edu990003: 7А, 7Б; Лицей № 2: 5В», or null */
    public ReferenceWorkbook expert(String name, String school, String subjects, String higher, Object years, String rmo,
                                    String elsewhere) {
        experts.add(row(name, school, subjects, higher, years, rmo, elsewhere));
        return this;
    }

    /**
     * The example bank of experts (fictional teachers): two per subject in each of the first five schools, the heads of
     * the district's РМО of mathematics and of the Russian language, and two who do not qualify.
     */
    public ReferenceWorkbook withExampleExperts() {
        String[][] people = {
                {"Алексеева Ирина Викторовна", "edu990001", "Математика", "да", "18", "Математика"},
                {"Борисов Андрей Николаевич", "edu990001", "Русский язык", "да", "9", ""},
                {"Васильева Ольга Сергеевна", "02", "Математика", "да", "12", ""},
                {"Григорьева Елена Павловна", "02", "Русский язык", "да", "25", "Русский язык"},
                {"Дмитриева Наталья Ивановна", "МБОУ «Гимназия г. Энска»", "Математика", "да", "7", "", "edu990004: 4А, 4Б"},
                {"Егорова Светлана Юрьевна", "edu990003", "Русский язык", "да", "15", ""},
                {"Жукова Марина Олеговна", "edu990004", "Математика", "да", "20", ""},
                {"Зайцев Павел Андреевич", "edu990004", "Русский язык", "да", "4", ""},
                {"Ильина Татьяна Геннадьевна", "edu990005", "Математика", "нет", "30", ""},
                {"Кузнецова Анна Дмитриевна", "edu990006", "Русский язык", "да", "2", ""},
                {"Лебедева Юлия Александровна", "edu990006", "Математика", "да", "11", ""},
                {"Морозова Вера Ильинична", "edu990008", "Русский язык, Математика", "да", "22", ""}};
        for (String[] p : people) {
            expert(p[0], p[1], p[2], p[3], Integer.parseInt(p[4]), p[5].isEmpty() ? null : p[5], p.length > 6 ? p[6] : null);
        }
        return this;
    }

    /** A row of the «Наблюдатели» sheet; null leaves a cell empty; several schools or children separated by «;». */
    public ReferenceWorkbook observer(String name, String organisation, String phone, String worksAt, String children) {
        observers.add(row(name, organisation, phone, worksAt, children));
        return this;
    }

    /**
     * The example bank of public observers (fictional people): parents, a retired teacher, staff of the department's
     * other bodies — some with a child at a school or working at one, so the plan shows whom it keeps away where.
     */
    public ReferenceWorkbook withExampleObservers() {
        observer("Афанасьева Галина Петровна", "ГБУЗ «Энская ЦРБ», медицинская сестра", "8 900 111-22-01", null,
                "edu990001 4А");
        observer("Белоусов Игорь Викторович", "Энский районный Совет ветеранов, председатель", "8 900 111-22-02", null, null);
        observer("Воронцова Лариса Андреевна", "пенсионер (учитель на пенсии)", "8 900 111-22-03", null, null);
        observer("Гусев Максим Олегович", "МБОУ «Заречная СОШ», учитель физической культуры", "8 900 111-22-04", "edu990004",
                "edu990004 5Б");
        observer("Демидова Ксения Сергеевна", "МКУ «Централизованная бухгалтерия», бухгалтер", "8 900 111-22-05", null,
                "edu990002 5А; edu990003 4Б");
        observer("Ершова Надежда Ивановна", "Энская районная библиотека, библиотекарь", "8 900 111-22-06", null, null);
        observer("Жданов Роман Алексеевич", "Администрация Сосновского сельского поселения, специалист", "8 900 111-22-07",
                null, "edu990008 4");
        observer("Зимина Ольга Николаевна", "Дом детского творчества, педагог дополнительного образования", "8 900 111-22-08",
                null, null);
        return this;
    }

    public ReferenceWorkbook requisite(String label, Object value) {
        requisites.add(row(label, value));
        return this;
    }

    /** Leaves a sheet out, for tests of a reference missing it. */
    public ReferenceWorkbook without(String sheet) {
        without.add(sheet);
        return this;
    }

    public Path write(Path file) {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Школы", with(SCHOOLS_HEADER, schools));
        sheets.put("Шкалы", with(SCALES_HEADER, scales));
        sheets.put("Задания", with(TASKS_HEADER, tasks));
        sheets.put("Реквизиты", with(row("Реквизит", "Значение"), requisites));
        sheets.put("Правила", with(RULES_HEADER, rules));
        sheets.put("Федеральный список", with(FEDERAL_HEADER, federal));
        sheets.put("Документы", with(DOCUMENTS_HEADER, documents));
        if (!deadlines.isEmpty()) {
            sheets.put("Сроки", with(row("Срок", "Что", "Кто", "Основание"), deadlines));
        }
        if (!experts.isEmpty()) {
            sheets.put("Эксперты", with(expertsHeader, experts));
        }
        if (!observers.isEmpty()) {
            sheets.put("Наблюдатели", with(observersHeader, observers));
        }
        Xlsx xlsx = new Xlsx();
        sheets.forEach((name, rows) -> {
            if (!without.contains(name)) {
                xlsx.sheet(name, rows);
            }
        });
        return xlsx.write(file);
    }

    private static List<List<Object>> with(List<Object> header, List<List<Object>> rows) {
        List<List<Object>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return all;
    }
}
