package ru.vprsvod.workbook;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.io.file.PathUtils;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * An .xlsx the service writes (a consolidated table, a blank results form), built sheet by sheet and row by
 * row. Rows stream to temporary files (POI SXSSF keeps only the last 100 in memory), so a region-wide book
 * stays flat in memory. Those files live in a private folder under the given one and are deleted by
 * {@link #close()}; use the book in try-with-resources.
 *
 * <pre>{@code
 * try (XlsxBook book = new XlsxBook(tempDir)) {
 *     XlsxSheet sheet = book.sheet("Сводка");
 *     sheet.columns(8, 40, 12, 12);
 *     sheet.title("Результаты ВПР по математике, 5 класс");
 *     sheet.header("Код", "Школа", "Участников", "Доля «2»");
 *     sheet.freezeHeader().autoFilter();
 *     sheet.row("1001", "МБОУ СОШ №1", 54, XlsxCell.percent(0.074).highlighted(true));
 *     sheet.totalRow("", "Итого по району", 54, XlsxCell.percent(0.074));
 *     book.write(out);
 * }
 * }</pre>
 */
public final class XlsxBook implements AutoCloseable {

    private final Path folder;
    private final SXSSFWorkbook workbook;
    private final XlsxStyles styles;
    private final List<XlsxSheet> sheets = new ArrayList<>();
    private final Set<String> sheetNames = new HashSet<>();
    private boolean written;

    /** A book whose temporary files go under the system temporary folder. */
    public XlsxBook() {
        this(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** A book whose temporary files go to a private folder created under {@code temporaryRoot}. */
    public XlsxBook(Path temporaryRoot) {
        try {
            this.folder = Files.createTempDirectory(temporaryRoot, "xlsx-book-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.workbook = new PrivateFolderWorkbook(folder);
        this.styles = new XlsxStyles(workbook);
    }

    /**
     * Adds a sheet. Characters Excel forbids in sheet names ({@code []:*?/\}) become "_", the name is cut to
     * Excel's 31 characters, and a name already taken (Excel ignores case) gets a " (2)" suffix.
     */
    public XlsxSheet sheet(String name) {
        checkNotWritten();
        String safe = WorkbookUtil.createSafeSheetName(name, '_');
        String unique = safe;
        for (int n = 2; !sheetNames.add(unique.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            unique = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        XlsxSheet sheet = new XlsxSheet(workbook, workbook.createSheet(unique), styles);
        sheets.add(sheet);
        return sheet;
    }

    /** Writes the whole book; a book is written once. The stream is not closed. */
    public void write(OutputStream out) throws IOException {
        checkNotWritten();
        if (sheets.isEmpty()) {
            sheet("Лист1");
        }
        sheets.forEach(XlsxSheet::finish);
        selectFirstVisibleSheet();
        written = true;
        // The default write() copies the package through another temporary file in the global temp folder.
        workbook.writeAvoidingTempFiles(out);
    }

    /** Deletes the temporary files; safe to call more than once. */
    @Override
    public void close() {
        try {
            workbook.close(); // since POI 5.3 this also disposes of the row files
        } catch (IOException e) {
            // Nothing was open for reading; closing a book written from scratch does not fail in practice.
        } finally {
            try {
                PathUtils.deleteDirectory(folder);
            } catch (IOException e) {
                // Already deleted by an earlier close, or removed by someone else: either way it is gone.
            }
        }
    }

    /** Excel warns about a file whose active sheet is hidden (a metadata sheet added first). */
    private void selectFirstVisibleSheet() {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                workbook.setActiveSheet(i);
                workbook.setFirstVisibleTab(i);
                workbook.getSheetAt(i).setSelected(true);
                for (int other = 0; other < workbook.getNumberOfSheets(); other++) {
                    if (other != i) {
                        workbook.getSheetAt(other).setSelected(false);
                    }
                }
                return;
            }
        }
        throw new IllegalStateException("every sheet is hidden; Excel needs at least one visible sheet");
    }

    private void checkNotWritten() {
        if (written) {
            throw new IllegalStateException("the book was already written");
        }
    }

    /**
     * POI creates SXSSF row files through a JVM-wide temp-file strategy; this override puts them into the
     * book's own folder instead, so closing the book provably removes them.
     */
    private static final class PrivateFolderWorkbook extends SXSSFWorkbook {
        private final Path folder;

        PrivateFolderWorkbook(Path folder) {
            super(100);
            this.folder = folder;
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            Path into = folder;
            // SheetDataWriter asks for its file from its constructor; the anonymous class's captured `into`
            // is assigned before that super call runs, a field of a named subclass would still be null.
            return new SheetDataWriter() {
                // Deprecated only to become protected in POI 6; overriding it is the documented way to choose
                // the folder ("Subclasses can override it and specify a different temp directory").
                @Override
                @SuppressWarnings("deprecation")
                public File createTempFile() throws IOException {
                    return Files.createTempFile(into, "sheet-", ".xml").toFile();
                }
            };
        }
    }
}
