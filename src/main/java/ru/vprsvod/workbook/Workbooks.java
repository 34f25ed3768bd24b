package ru.vprsvod.workbook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** TEMPORARY usermodel reader until the streaming readers land from the workbook branch. */
public final class Workbooks {
    private Workbooks() {
    }

    public static WorkbookReading read(Path file, ReadLimits limits) {
        try (var wb = WorkbookFactory.create(file.toFile(), null, true)) {
            List<Sheet> sheets = new ArrayList<>();
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                var sh = wb.getSheetAt(s);
                List<SheetRow> rows = new ArrayList<>();
                for (var r : sh) {
                    List<Cell> cells = new ArrayList<>();
                    for (var c : r) {
                        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
                        switch (t) {
                            case NUMERIC -> cells.add(Cell.number(c.getRowIndex(), c.getColumnIndex(), c.getNumericCellValue()));
                            case STRING -> { if (!c.getStringCellValue().isEmpty()) cells.add(Cell.text(c.getRowIndex(), c.getColumnIndex(), c.getStringCellValue())); }
                            case BOOLEAN -> cells.add(new Cell(c.getRowIndex(), c.getColumnIndex(), CellKind.BOOLEAN, String.valueOf(c.getBooleanCellValue()), 0));
                            default -> { }
                        }
                    }
                    if (!cells.isEmpty()) rows.add(new SheetRow(r.getRowNum(), cells));
                }
                sheets.add(new Sheet(sh.getSheetName(), wb.isSheetHidden(s), rows));
            }
            return new WorkbookReading.Opened(new Workbook(FileFormat.XLSX, sheets));
        } catch (Exception e) {
            return new WorkbookReading.Unreadable("Файл не является таблицей Excel или LibreOffice.");
        }
    }
}
