package ru.vprsvod.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * OLE2 compound files: tells an .xls from an encrypted .xlsx, a Word or PowerPoint 97 file, and reads .xls
 * with POI's HSSF usermodel.
 *
 * <p>The file is read into memory (it is at most {@link ReadLimits#maxFileBytes()}) rather than opened with
 * {@code POIFSFileSystem(File)}, which memory-maps it: a mapping keeps the file locked on Windows until the
 * next GC, and the inbox must be able to move the original right after reading. POI's per-record allocation
 * caps (its {@code IOUtils.safelyAllocate} limits, 100 MB and less per record) stay at their defaults: they
 * are global, and a BIFF8 sheet has at most 65,536 rows × 256 columns, so memory is bounded by the file.
 */
final class XlsReader {

    private XlsReader() {
    }

    static Workbook read(Path file, ReadLimits limits) throws IOException {
        try (InputStream in = Files.newInputStream(file); POIFSFileSystem fs = new POIFSFileSystem(in)) {
            DirectoryNode root = fs.getRoot();
            checkIsSpreadsheet(root);
            // preserveNodes=false: macros, pictures and other streams are dropped as soon as they are parsed.
            try (HSSFWorkbook workbook = new HSSFWorkbook(root, false)) {
                return read(workbook, limits);
            }
        } catch (EncryptedDocumentException e) {
            // FILEPASS with a password other than Excel's built-in "VelvetSweatshop" (used for workbooks that are
            // only write-protected; POI opens those on its own).
            throw new Rejected(Messages.PASSWORD);
        } catch (OldExcelFormatException e) {
            throw new Rejected(Messages.OLD_EXCEL);
        }
    }

    private static void checkIsSpreadsheet(DirectoryNode root) {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(root.getEntryNames());
        if (names.contains("EncryptionInfo") || names.contains("EncryptedPackage")) {
            throw new Rejected(Messages.PASSWORD);
        }
        if (names.contains("Workbook")) {
            return;
        }
        if (names.contains("Book")) {
            throw new Rejected(Messages.OLD_EXCEL);
        }
        if (names.contains("WordDocument")) {
            throw new Rejected(Messages.WORD_97);
        }
        if (names.contains("PowerPoint Document")) {
            throw new Rejected(Messages.POWERPOINT_97);
        }
        if (names.stream().anyMatch(n -> n.startsWith("__substg1.0_"))) {
            throw new Rejected(Messages.OUTLOOK);
        }
        throw new Rejected(Messages.OTHER_OFFICE);
    }

    private static Workbook read(HSSFWorkbook workbook, ReadLimits limits) {
        CellCollector collector = new CellCollector(limits);
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            HSSFSheet sheet = workbook.getSheetAt(i);
            collector.beginSheet(workbook.getSheetName(i), workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i));
            for (Iterator<org.apache.poi.ss.usermodel.Row> rows = sheet.rowIterator(); rows.hasNext(); ) {
                HSSFRow row = (HSSFRow) rows.next();
                for (Iterator<org.apache.poi.ss.usermodel.Cell> cells = row.cellIterator(); cells.hasNext(); ) {
                    add(collector, (HSSFCell) cells.next());
                }
            }
            collector.endSheet();
        }
        return collector.finish(FileFormat.XLS);
    }

    private static void add(CellCollector collector, HSSFCell cell) {
        long row = cell.getRowIndex();
        long column = cell.getColumnIndex();
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            // BIFF8 always stores the last calculated result next to the formula.
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case NUMERIC -> {
                double value = cell.getNumericCellValue();
                collector.number(row, column, value, Double.toString(value));
            }
            case STRING -> collector.text(row, column, cell.getRichStringCellValue().getString());
            case BOOLEAN -> collector.bool(row, column, cell.getBooleanCellValue());
            case ERROR -> collector.error(row, column, errorCode(cell.getErrorCellValue()));
            default -> { }
        }
    }

    private static String errorCode(byte code) {
        return FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#N/A";
    }
}
