package ru.vprsvod.publishing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.vprsvod.pdf.PdfConverter;
import ru.vprsvod.pdf.PdfResult;

/**
 * The PDF copy beside each .docx the documents write, converted in the background: the newest conversion asked for a
 * document wins (an older one finishing late never replaces a newer PDF), and a failed one leaves a note beside the
 * document saying why.
 */
final class PdfCopies {

    /** The documents' own log: a PDF is one of their outputs. */
    private static final Logger log = LoggerFactory.getLogger(DocumentOutputs.class);

    private final PdfConverter pdf;
    private final Outbox outbox;
    /** The latest conversion asked for each document. */
    private final Map<String, Long> conversions = new ConcurrentHashMap<>();
    private final AtomicLong nextConversion = new AtomicLong();

    PdfCopies(PdfConverter pdf, Outbox outbox) {
        this.pdf = pdf;
        this.outbox = outbox;
    }

    /** A document made earlier whose PDF is missing (LibreOffice installed since, a conversion that failed). */
    void ifMissing(String name, List<String> paths) {
        Path docx = outbox.resolve(name);
        if (pdf.available() && Files.isRegularFile(docx) && !Files.exists(outbox.resolve(OutboxNames.pdf(name)))
                && !conversions.containsKey(name)) {
            convert(name, paths, DocumentOutputs.read(docx));
        }
    }

    /** Converts a document just written; its PDF goes to each of the document's paths. */
    void convert(String name, List<String> paths, byte[] docx) {
        if (!pdf.available()) {
            return;
        }
        long id = nextConversion.incrementAndGet();
        conversions.put(name, id);
        pdf.convert(name, docx).thenAccept(result -> {
            try {
                if (!conversions.remove(name, id)) {
                    return; // a newer version of the document is being converted
                }
                String note = OutboxNames.pdfFailed(name);
                if (result instanceof PdfResult.Converted converted) {
                    byte[] bytes = converted.pdf();
                    for (String path : paths) {
                        outbox.publish(OutboxNames.pdf(path), out -> out.write(bytes));
                    }
                    DocumentOutputs.deleteIfExists(outbox.resolve(note));
                    log.info("Wrote {} ({} ms)", OutboxNames.pdf(name), converted.took().toMillis());
                } else {
                    String reason = ((PdfResult.Failed) result).reason();
                    outbox.publish(note, out -> out.write(Receipts.bytes("PDF-копия документа «" + name
                            + "» не сформирована: " + reason + ".\nДокумент в формате Word (.docx) сформирован как обычно.\n")));
                    log.warn("No PDF of {}: {}", name, reason);
                }
            } catch (RuntimeException e) {
                log.error("Could not publish the PDF of {}", name, e);
            }
        });
    }
}
