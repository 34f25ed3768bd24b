package ru.vprsvod.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.docx4j.openpackaging.contenttype.ContentTypes;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.OpcPackage;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;

/**
 * Opening uploaded files as Word packages, with a Russian reason when they are something else:
 * an old .doc, a password-protected file, RTF, PDF, an OpenDocument text, a spreadsheet, a damaged archive.
 * The archive is read through once first, with limits, so a «zip bomb» is refused before docx4j sees it.
 */
final class Packages {

    static final long MAX_FILE = 50L * 1024 * 1024;
    private static final long MAX_UNPACKED = 300L * 1024 * 1024;
    private static final int MAX_ENTRIES = 5000;

    sealed interface Opening {
    }

    record Opened(WordprocessingMLPackage pkg) implements Opening {
    }

    record Refused(String message) implements Opening {
    }

    private Packages() {
    }

    static Opening open(byte[] bytes) {
        if (bytes.length == 0) {
            return new Refused("файл пуст");
        }
        if (bytes.length > MAX_FILE) {
            return new Refused("файл слишком большой: " + bytes.length / (1024 * 1024) + " МБ, а шаблон может быть не больше "
                    + MAX_FILE / (1024 * 1024) + " МБ");
        }
        if (startsWith(bytes, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            return new Refused(contains(bytes, "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE))
                    ? "файл защищён паролем; снимите пароль (Файл → Сведения → Защита документа) и загрузите файл снова"
                    : "это документ старого формата Word (.doc); откройте его в Word или LibreOffice Writer и сохраните как «Документ Word (.docx)»");
        }
        if (startsWith(bytes, "{\\rtf".getBytes(StandardCharsets.US_ASCII))) {
            return new Refused("это файл RTF, а не документ Word (.docx); сохраните его как «Документ Word (.docx)»");
        }
        if (startsWith(bytes, "%PDF".getBytes(StandardCharsets.US_ASCII))) {
            return new Refused("это файл PDF, а шаблон должен быть документом Word (.docx)");
        }
        if (!startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
            return new Refused("это не документ Word (.docx)");
        }
        String archive = checkArchive(bytes);
        if (archive != null) {
            return new Refused(archive);
        }
        OpcPackage loaded;
        try {
            loaded = OpcPackage.load(new ByteArrayInputStream(bytes));
        } catch (Docx4JException | RuntimeException e) {
            return new Refused("файл повреждён: его не удаётся прочитать как документ Word (.docx)");
        }
        if (!(loaded instanceof WordprocessingMLPackage pkg)) {
            return new Refused("это не документ Word (.docx)");
        }
        MainDocumentPart main = pkg.getMainDocumentPart();
        if (main == null || main.getJaxbElement() == null || main.getJaxbElement().getBody() == null) {
            return new Refused("файл повреждён: в нём нет основного текста документа");
        }
        String type = main.getContentType();
        if (ContentTypes.WORDPROCESSINGML_DOCUMENT_MACROENABLED.equals(type)
                || ContentTypes.WORDPROCESSINGML_TEMPLATE_MACROENABLED.equals(type)) {
            return new Refused("документ с макросами (.docm, .dotm) не подходит; сохраните его как «Документ Word (.docx)»");
        }
        if (ContentTypes.WORDPROCESSINGML_TEMPLATE.equals(type)) {
            return new Refused("это шаблон Word (.dotx); откройте его и сохраните как «Документ Word (.docx)»");
        }
        return new Opened(pkg);
    }

    /** Reopens bytes this engine wrote itself; a failure here is a bug, not bad input. */
    static WordprocessingMLPackage reopen(byte[] bytes) {
        try {
            return WordprocessingMLPackage.load(new ByteArrayInputStream(bytes));
        } catch (Docx4JException e) {
            throw new IllegalStateException("cannot reopen a prepared template", e);
        }
    }

    static byte[] save(WordprocessingMLPackage pkg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            pkg.save(out);
        } catch (Docx4JException e) {
            throw new IllegalStateException("cannot save a document", e);
        }
        return out.toByteArray();
    }

    /** Reads the archive through with limits; returns a reason to refuse it, or null. */
    private static String checkArchive(byte[] bytes) {
        Set<String> names = new HashSet<>();
        long unpacked = 0;
        byte[] buffer = new byte[64 * 1024];
        String odfType = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (names.size() >= MAX_ENTRIES) {
                    return "в архиве слишком много файлов: это не похоже на документ Word";
                }
                names.add(entry.getName());
                ByteArrayOutputStream mimetype = entry.getName().equals("mimetype") ? new ByteArrayOutputStream() : null;
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    unpacked += read;
                    if (unpacked > MAX_UNPACKED) {
                        return "файл распаковывается в слишком большой объём: это не похоже на документ Word";
                    }
                    if (mimetype != null && mimetype.size() < 200) {
                        mimetype.write(buffer, 0, Math.min(read, 200));
                    }
                }
                if (mimetype != null) {
                    odfType = mimetype.toString(StandardCharsets.US_ASCII);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return "файл повреждён: это не целый архив .docx";
        }
        if (odfType != null && odfType.startsWith("application/vnd.oasis.opendocument")) {
            return "это документ OpenDocument (.odt); в LibreOffice Writer сохраните его как «Word 2007–365 (.docx)»";
        }
        if (names.contains("xl/workbook.xml")) {
            return "это таблица Excel, а шаблон должен быть документом Word (.docx)";
        }
        if (names.contains("ppt/presentation.xml")) {
            return "это презентация, а шаблон должен быть документом Word (.docx)";
        }
        if (!names.contains("[Content_Types].xml")) {
            return "это не документ Word (.docx): в архиве нет описания частей документа";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] bytes, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
