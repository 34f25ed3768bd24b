package ru.vprsvod.workbook;

import java.util.Locale;

/**
 * Every sentence a sender may read about a file that cannot be opened, in one place so they stay consistent
 * and tests can pin them. Each is a complete Russian sentence that says what is wrong and what to do.
 */
final class Messages {

    static final String EMPTY = "Файл пустой (0 байт).";

    static final String PASSWORD = "Файл защищён паролем: снимите пароль на открытие "
            + "(Файл → Сведения → Защита книги) и отправьте файл ещё раз.";

    static final String XLSB = "Формат .xlsb (двоичная книга Excel) не поддерживается: сохраните файл как .xlsx "
            + "(Файл → Сохранить как → Книга Excel).";

    static final String OLD_EXCEL = "Файл сохранён в устаревшем формате Excel 5.0/95 или более раннем, "
            + "который не поддерживается: откройте его в Excel и сохраните как .xlsx "
            + "(Файл → Сохранить как → Книга Excel).";

    static final String STRICT_OPEN_XML = "Файл сохранён как «Электронная таблица в строгом формате Open XML», "
            + "который не поддерживается: откройте его в Excel и сохраните как .xlsx "
            + "(Файл → Сохранить как → Книга Excel).";

    static final String XML_2003 = "Файл сохранён в формате «Таблица XML 2003», который не поддерживается: "
            + "откройте его в Excel и сохраните как .xlsx (Файл → Сохранить как → Книга Excel).";

    static final String FLAT_ODS = "Файл сохранён в формате «Плоский XML ODF» (.fods), который не поддерживается: "
            + "откройте его в LibreOffice Calc и сохраните как .ods или .xlsx.";

    static final String OUT_OF_MEMORY = "Файл не удалось прочитать: он слишком велик или повреждён "
            + "(не хватило памяти). Откройте его в Excel и сохраните заново как .xlsx.";

    private static final String NOT_A_TABLE = "Файл не является таблицей Excel или LibreOffice: ";
    private static final String SAVE_AS_XLSX = "Откройте его в Excel и сохраните как .xlsx "
            + "(Файл → Сохранить как → Книга Excel).";

    static final String WORD = NOT_A_TABLE + "это документ Word (.docx).";
    static final String WORD_97 = NOT_A_TABLE + "это документ Word 97–2003 (.doc).";
    static final String POWERPOINT = NOT_A_TABLE + "это презентация PowerPoint (.pptx).";
    static final String POWERPOINT_97 = NOT_A_TABLE + "это презентация PowerPoint 97–2003 (.ppt).";
    static final String OUTLOOK = NOT_A_TABLE + "это письмо Outlook (.msg).";
    static final String OTHER_OFFICE = NOT_A_TABLE + "это документ Microsoft Office другого типа.";
    static final String WRITER = NOT_A_TABLE + "это текстовый документ LibreOffice Writer (.odt).";
    static final String IMPRESS = NOT_A_TABLE + "это презентация LibreOffice Impress (.odp).";
    static final String OTHER_ODF = NOT_A_TABLE + "это документ LibreOffice другого типа.";
    static final String ZIP = NOT_A_TABLE + "это ZIP-архив. Распакуйте его и отправьте саму таблицу.";
    static final String PDF = NOT_A_TABLE + "это документ PDF. Отправьте исходную таблицу (.xlsx), а не её печатную форму.";
    static final String RTF = NOT_A_TABLE + "это документ RTF.";
    static final String HTML = NOT_A_TABLE + "это веб-страница (HTML), сохранённая под именем таблицы. " + SAVE_AS_XLSX;
    static final String XML = NOT_A_TABLE + "это XML-файл.";
    static final String TEXT = NOT_A_TABLE + "это текстовый файл (возможно, CSV). " + SAVE_AS_XLSX;
    static final String UNKNOWN = NOT_A_TABLE + "его содержимое не похоже ни на один известный формат.";

    private Messages() {
    }

    static String image(String kind) {
        return NOT_A_TABLE + "это изображение (" + kind + "). Отправьте саму таблицу (.xlsx), а не её снимок или скан.";
    }

    static String archive(String kind) {
        return NOT_A_TABLE + "это архив " + kind + ". Распакуйте его и отправьте саму таблицу.";
    }

    static String tooLargeFile(long size, long max) {
        return "Файл слишком большой: " + megabytes(size) + ", а допускается не больше " + megabytes(max) + ".";
    }

    /** A zip that commons-compress cannot open; the extension only chooses which program to recommend. */
    static String brokenArchive(String fileName) {
        boolean ods = fileName.toLowerCase(Locale.ROOT).endsWith(".ods");
        return ods
                ? "Файл повреждён: не удаётся прочитать архив .ods. Откройте его в LibreOffice Calc и сохраните заново."
                : "Файл повреждён: не удаётся прочитать архив .xlsx. Откройте его в Excel и сохраните заново.";
    }

    static String duplicateEntry(String entry) {
        return "Файл повреждён: в архиве дважды записана часть «" + entry + "». "
                + "Откройте его в Excel и сохраните заново.";
    }

    private static final String BOMB = "Файл повреждён или слишком велик после распаковки (возможна «zip-бомба»): ";

    static String tooManyEntries(long max) {
        return BOMB + "в архиве больше " + count(max) + " частей.";
    }

    static String tooMuchInflated(long max) {
        return BOMB + "после распаковки больше " + megabytes(max) + ".";
    }

    static String suspiciousRatio(String entry, long ratio) {
        return BOMB + "часть «" + entry + "» сжата в " + count(ratio) + " раз, так не сжимаются настоящие таблицы.";
    }

    /** The parser of a detected format failed on the content. */
    static String corrupt(FileFormat format) {
        if (format == null) {
            return "Файл повреждён: не удаётся прочитать его содержимое. Откройте его в Excel и сохраните заново как .xlsx.";
        }
        return switch (format) {
            case XLSX, XLSM -> "Файл повреждён: не удаётся прочитать книгу " + format.displayName()
                    + ". Откройте его в Excel и сохраните заново.";
            case XLS -> "Файл повреждён: не удаётся прочитать книгу " + format.displayName() + ". " + SAVE_AS_XLSX;
            case ODS -> "Файл повреждён: не удаётся прочитать таблицу " + format.displayName()
                    + ". Откройте его в LibreOffice Calc и сохраните заново.";
        };
    }

    static String cellOutsideSheet(String reference) {
        return "Файл повреждён: ячейка «" + reference + "» лежит за пределами листа Excel. "
                + "Откройте файл в Excel и сохраните заново.";
    }

    static String missingSharedString(long index, long available) {
        return "Файл повреждён: ячейка ссылается на строку №" + count(index + 1) + " из таблицы строк, а в ней "
                + count(available) + ". Откройте файл в Excel и сохраните заново.";
    }

    static String tooManyArrayFormulas(long formulas) {
        return "Файл слишком сложный для чтения: на листе " + count(formulas) + " формул массива. "
                + "Замените формулы значениями (Специальная вставка → Значения) и отправьте файл ещё раз.";
    }

    static String tooManySheets(int max) {
        return "В файле больше " + count(max) + " листов, а допускается не больше " + count(max) + ".";
    }

    static String tooManyRows(String sheet, long row, long column, int max) {
        return "Лист «" + sheet + "» слишком длинный: заполнена ячейка " + address(row, column)
                + ", а допускается не больше " + count(max) + " строк на листе.";
    }

    static String tooManyColumns(String sheet, long row, long column, int max) {
        return "Лист «" + sheet + "» слишком широкий: заполнена ячейка " + address(row, column)
                + ", а допускается не больше " + count(max) + " столбцов.";
    }

    static String tooManyCells(String sheet, long max) {
        return "В файле слишком много заполненных ячеек: на листе «" + sheet + "» их число превысило "
                + count(max) + " для всего файла.";
    }

    static String tooLongText(String sheet, long row, long column, int max) {
        return "Лист «" + sheet + "»: в ячейке " + address(row, column) + " больше " + count(max)
                + " символов текста, так не бывает в таблице результатов.";
    }

    /**
     * The A1 address of a position that may lie past int range: .ods repeats can push a row there. Columns
     * that far out are clamped; the sheet is rejected either way and no one looks for column 2 billion.
     */
    static String address(long row, long column) {
        return Cell.columnLetters((int) Math.min(column, Integer.MAX_VALUE - 1)) + (row + 1);
    }

    /** 100000 → «100 000», with a no-break space as Russian typography groups digits. */
    static String count(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append('\u00A0');
            }
            out.append(digits.charAt(i));
        }
        return (value < 0 ? "-" : "") + out;
    }

    /** 64_172_851 bytes → «61,2 МБ»; whole megabytes lose the fraction («50 МБ»). */
    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        if (mb == Math.rint(mb)) {
            return count((long) mb) + " МБ";
        }
        return String.format(Locale.ROOT, "%.1f", mb).replace('.', ',') + " МБ";
    }
}
