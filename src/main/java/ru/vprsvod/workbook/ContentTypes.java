package ru.vprsvod.workbook;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads an OOXML package's {@code [Content_Types].xml} to tell which Office program wrote it. */
final class ContentTypes {

    private static final String SPREADSHEETML = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    private static final String MS_EXCEL = "application/vnd.ms-excel.";

    private ContentTypes() {
    }

    /** The spreadsheet format, or a {@link Rejected} naming what the package is instead. */
    static FileFormat format(InputStream contentTypesXml, String fileName) {
        List<String> types = declaredTypes(contentTypesXml, fileName);
        for (String type : types) {
            // Workbooks and templates (.xltx/.xltm) share the part layout fastexcel reads.
            if (type.equals(SPREADSHEETML + "sheet.main+xml") || type.equals(SPREADSHEETML + "template.main+xml")) {
                return FileFormat.XLSX;
            }
            if (type.equals(MS_EXCEL + "sheet.macroEnabled.main+xml") || type.equals(MS_EXCEL + "template.macroEnabled.main+xml")
                    || type.equals(MS_EXCEL + "addin.macroEnabled.main+xml")) {
                return FileFormat.XLSM;
            }
            if (type.equals(MS_EXCEL + "sheet.binary.macroEnabled.main")) {
                throw new Rejected(Messages.XLSB);
            }
        }
        for (String type : types) {
            if (type.contains("wordprocessingml.document.main") || type.contains("wordprocessingml.template.main")
                    || type.startsWith("application/vnd.ms-word.")) {
                throw new Rejected(Messages.WORD);
            }
            if (type.contains("presentationml.") && type.endsWith(".main+xml") || type.startsWith("application/vnd.ms-powerpoint.")) {
                throw new Rejected(Messages.POWERPOINT);
            }
        }
        throw new Rejected(Messages.OTHER_OFFICE);
    }

    private static List<String> declaredTypes(InputStream in, String fileName) {
        List<String> types = new ArrayList<>();
        try {
            XMLStreamReader reader = SecureXml.reader(in);
            while (reader.hasNext()) {
                if (SecureXml.next(reader) == XMLStreamConstants.START_ELEMENT) {
                    String type = reader.getAttributeValue(null, "ContentType");
                    if (type != null) {
                        types.add(type.strip());
                    }
                }
            }
            reader.close();
        } catch (XMLStreamException e) {
            throw new Rejected(Messages.brokenArchive(fileName));
        }
        return types;
    }
}
