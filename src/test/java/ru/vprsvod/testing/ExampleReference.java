package ru.vprsvod.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the example reference workbook shipped as {@code templates/справочник.xlsx}, formatted for a coordinator
 * to edit in Excel. Regenerate it after changing {@link ReferenceWorkbook#example()} (see the README, «Developers»).
 */
public final class ExampleReference {

    private ExampleReference() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args.length > 0 ? args[0] : "templates/справочник.xlsx"));
    }

    public static void write(Path file) throws IOException {
        ReferenceWorkbook r = ReferenceWorkbook.example().withExampleExperts().withExampleObservers();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            CellStyle text = wb.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);

            sheet(wb, "Школы", ReferenceWorkbook.SCHOOLS_HEADER, r.schools, new int[] {14, 8, 30, 60, 10, 18, 18, 34, 10}, header, text);
            sheet(wb, "Шкалы", ReferenceWorkbook.SCALES_HEADER, r.scales, new int[] {8, 18, 8, 12, 10, 10, 10, 50}, header, text);
            Sheet tasks = sheet(wb, "Задания", ReferenceWorkbook.TASKS_HEADER, r.tasks, new int[] {8, 18, 8, 10, 12, 10}, header, text);
            var validation = tasks.getDataValidationHelper();
            var levels = validation.createValidation(validation.createExplicitListConstraint(new String[] {"Б", "П", "В"}),
                    new CellRangeAddressList(1, 2000, 5, 5));
            levels.setShowErrorBox(true);
            levels.createErrorBox("Уровень сложности", "Б — базовый, П — повышенный, В — высокий; или оставьте пустым.");
            tasks.addValidationData(levels);
            sheet(wb, "Реквизиты", List.of("Реквизит", "Значение"), r.requisites, new int[] {42, 80}, header, text);
            sheet(wb, "Правила", ReferenceWorkbook.RULES_HEADER, r.rules, new int[] {14, 70, 16, 8, 16, 70}, header, text);
            sheet(wb, "Федеральный список", ReferenceWorkbook.FEDERAL_HEADER, r.federal,
                    new int[] {8, 14, 28, 40, 8, 8, 8, 8, 12}, header, text);
            sheet(wb, "Документы", ReferenceWorkbook.DOCUMENTS_HEADER, r.documents, new int[] {36, 8, 12, 10, 40, 20, 60},
                    header, text);
            Sheet experts = sheet(wb, "Эксперты", r.expertsHeader, r.experts, new int[] {34, 26, 30, 12, 10, 22, 34}, header, text);
            var expertsValidation = experts.getDataValidationHelper();
            var yesNo = expertsValidation.createValidation(expertsValidation.createExplicitListConstraint(new String[] {"да", "нет"}),
                    new CellRangeAddressList(1, 2000, 3, 3));
            yesNo.setShowErrorBox(true);
            yesNo.createErrorBox("Высшее образование", "«да» или «нет».");
            experts.addValidationData(yesNo);
            sheet(wb, "Наблюдатели", r.observersHeader, r.observers, new int[] {34, 50, 18, 24, 36}, header, text);
            Sheet notes = sheet(wb, "Пояснения", List.of("Пояснения к справочнику"), NOTES.stream()
                    .map(n -> List.<Object>of(n)).toList(), new int[] {140}, header, text);
            wb.setActiveSheet(0);
            notes.setZoom(100);
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static Sheet sheet(XSSFWorkbook wb, String name, List<Object> headerRow, List<List<Object>> rows, int[] widths,
                               CellStyle header, CellStyle text) {
        Sheet sheet = wb.createSheet(name);
        Row h = sheet.createRow(0);
        for (int c = 0; c < headerRow.size(); c++) {
            var cell = h.createCell(c);
            cell.setCellValue(headerRow.get(c).toString());
            cell.setCellStyle(header);
        }
        int r = 1;
        for (List<Object> values : rows) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                var cell = row.createCell(c);
                cell.setCellStyle(text);
                if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v != null) {
                    cell.setCellValue(v.toString());
                }
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static final List<String> NOTES = List.of(
            "Это пример справочника вымышленного Энского района. Замените школы, реквизиты и шкалы своими данными;"
                    + " названия листов и заголовки столбцов не меняйте (регистр и лишние пробелы не важны).",
            "Школы: логин ФИС ОКО (edu…) — главный ключ школы; он же — имя папки школы во входящих и в исходящих."
                    + " «Код» — необязательный код управления образования. «Классы» — какие классы есть в школе"
                    + " (например 1-4 или 1-9, 10-11); по ним видно, какие работы школа должна сдать. Если столбец пуст,"
                    + " классы определяются по типу школы (НОШ — 1–4, ООШ — 1–9, остальные — 1–11).",
            "Шкалы: одна строка на работу (год × предмет × класс): максимальный первичный балл и наименьшие баллы"
                    + " на отметки «3», «4», «5». Шкалы меняются по годам — берите их из описания ВПР своего года."
                    + " Столбец «Источник» — для заметок, программа его не читает.",
            "Задания (необязательный лист): номера заданий работы с максимальными баллами и уровнем сложности"
                    + " (Б — базовый, П — повышенный, В — высокий). Если задания работы указаны, файлы школ проверяются"
                    + " по ним; если нет — берутся из заголовков файла («5.1 (1б)»). Уровни нужны для проверки"
                    + " решаемости заданий (признак D).",
            "Реквизиты: данные для бланков приказов и распоряжений. Обязательны: наименование органа, место издания,"
                    + " должность руководителя, руководитель, год проведения ВПР.",
            "Правила (необязательный лист): пороги и веса признаков необъективности A–F, группы риска и перепроверки."
                    + " Одна строка — один параметр: «Правило» (буква признака, «Общие», «Индекс», «Группа риска»,"
                    + " «Перепроверка»), «Параметр» (название как в примере), «Значение», «Источник» (откуда взято"
                    + " значение: «муниципальный Порядок проведения ВПР, п. 6.3», «рекомендации ФИОКО», «региональная"
                    + " практика», «собственное»)."
                    + " Для некоторых параметров можно заполнить «Предмет» и «Класс» — тогда значение действует только"
                    + " для этой работы (например, своя граница доли «5» для математики 4 класса). Если строки нет,"
                    + " действует значение по умолчанию (оно указано в примере и в README). Доли — в процентах (50, а не"
                    + " 0,5). Региональная практика для сведения: в одном регионе класс с долей «2» меньше 15 % или долей"
                    + " «5» больше 5 % (русский язык, 4 класс) считается имеющим признаки необъективности.",
            "Федеральный список (необязательный лист): перечень школ с признаками необъективности, полученный из"
                    + " региона: год, логин, по столбцу на предмет и класс («4 РУ», «4 МА» …) — 1, если есть маркер,"
                    + " и «Количество маркеров». Такой же файл можно просто положить во входящие — программа его узнает.",
            "Документы (необязательный лист): дата, номер и подписывающий каждого документа — заполняйте, когда"
                    + " документ зарегистрирован. «Документ» — одно из названий: «Распоряжение о проведении ВПР», «Приказ о"
                    + " дорожной карте», «План по объективности», «Приказ о перепроверке», «Аналитическая справка»,"
                    + " «Распоряжение о предметных комиссиях», «Приказ о перекрёстной проверке», «Приказ о наблюдателях»."
                    + " «Год» — год ВПР (пусто — год из «Реквизитов»). Пока дата или номер не указаны, в документе остаётся"
                    + " место для них: «от ____________ № ______». «Должность подписывающего» и «Подписывает»"
                    + " (И.О. Фамилия) — если пусто, подписывает руководитель из «Реквизитов». «Контроль возложить на»"
                    + " (кого: «заместителя начальника … И.О. Фамилию») — если пусто, в приказе будет «оставляю за собой».",
            "Эксперты (необязательный лист): банк экспертов для предметных комиссий муниципальной перепроверки. Одна"
                    + " строка — один педагог: «ФИО» полностью; «Школа» — логин ФИС ОКО, код или краткое наименование с листа"
                    + " «Школы»; «Предметы» — через запятую, как на листе «Шкалы»; «Высшее образование» — «да» или «нет»;"
                    + " «Стаж (лет)» — опыт педагогической работы, целое число; «Руководитель РМО по предмету» — предмет, РМО"
                    + " которого педагог возглавляет (он станет председателем комиссии), иначе пусто; «Преподаёт также в (ОО:"
                    + " классы)» — если педагог работает и в другой школе: школа, двоеточие и классы, школы через точку с"
                    + " запятой («edu990004: 4А, 4Б»), — работы этих классов по возможности получит другой эксперт. Требования (по"
                    + " умолчанию: высшее образование, стаж не менее 3 лет, не более 25 работ на эксперта) задаются на листе «Правила»"
                    + " (правило «Комиссия»). Когда работы отобраны на перепроверку, программа формирует распоряжение о"
                    + " предметных комиссиях и протокол перепроверки для каждого эксперта; эксперт не получает работы своей"
                    + " школы и, по возможности, классов, в которых преподаёт. Кто не подходит и почему — в исходящих, папка «Перепроверка ВПР …», и на странице «Документы».",
            "Наблюдатели (необязательный лист): банк общественных наблюдателей. Одна строка — один человек: «ФИО»"
                    + " полностью; «Организация, должность» и «Телефон» — для приказа и памятки; «Работает в ОО (логин)» —"
                    + " школы, где наблюдатель работает (логин ФИС ОКО, код или краткое наименование с листа «Школы»),"
                    + " несколько — через «;»; «Ребёнок обучается: ОО (логин) и класс» — школа и класс через пробел:"
                    + " «edu990001 5А», несколько детей — через «;» («edu990001 5А; edu990003 7Б»), класс без буквы («5») —"
                    + " вся параллель. Наблюдатель не назначается в школу, где работает, и в день, когда пишет работу класс"
                    + " его ребёнка (Порядок, п. 3.3); правила «Наблюдатели» на листе «Правила» — только группа риска, группа"
                    + " риска в первую очередь, исключать ли школу ребёнка целиком, начальное число распределения. Если"
                    + " строку не удалось прочитать, наблюдатель не учитывается, а предупреждение называет ячейку.",
            "Реквизиты: «Наименование органа в родительном падеже» (необязательно) — для грифа «УТВЕРЖДЕНА приказом"
                    + " …» и «Приложение к приказу …», например «Управления образования Администрации Энского"
                    + " муниципального района».",
            "Внимание: шкалы, отмеченные в столбце «Источник» как «Пример», взяты из прошлых лет и должны быть"
                    + " сверены с описанием контрольных измерительных материалов текущего года.");
}
