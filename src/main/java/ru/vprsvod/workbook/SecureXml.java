package ru.vprsvod.workbook;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one StAX factory for XML we parse ourselves (content types, .ods content, the .xlsx pre-flight scan).
 *
 * <p>It is Aalto, the parser fastexcel-reader itself uses (its {@code DefaultXMLInputFactory} sets the same
 * two switches: no DTD, no external entities), so our scan sees a part exactly as fastexcel will. On top of
 * that {@link #next} refuses any DOCTYPE outright: OOXML and ODF never need one, and without a DTD no entity
 * can be declared, so neither XXE nor "billion laughs" expansion is possible. POI, which we use only for
 * .xls (binary, no XML) and for writing, parses its own XML through {@code XMLHelper} with DOCTYPEs disallowed.
 */
final class SecureXml {

    private static final XMLInputFactory FACTORY = create();

    private SecureXml() {
    }

    private static XMLInputFactory create() {
        XMLInputFactory factory = new com.fasterxml.aalto.stax.InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
        // Coalescing hands us each text run whole (no split around &amp; or buffer edges).
        factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
        return factory;
    }

    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    /** {@link XMLStreamReader#next()} that rejects a DOCTYPE and any entity reference left unexpanded. */
    static int next(XMLStreamReader reader) throws XMLStreamException {
        int event = reader.next();
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new XMLStreamException("DOCTYPE and entity references are not allowed", reader.getLocation());
        }
        return event;
    }

    /** Skips the current element with everything inside it; the reader must stand on its START_ELEMENT. */
    static void skipElement(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = next(reader);
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}
