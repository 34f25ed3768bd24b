package ru.vprsvod.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import ru.vprsvod.consolidation.ResultsStore;
import ru.vprsvod.consolidation.StatusBoard;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.ReferenceSource;
import ru.vprsvod.reference.Work;
import ru.vprsvod.russian.RussianFormat;
import ru.vprsvod.workbook.XlsxBook;
import ru.vprsvod.workbook.XlsxSheet;

/**
 * «Сводка» as an .xlsx: the matrix of schools × works with each state and the date of the file in force, then the
 * schools that still owe work with their contacts. Every value is written as a text or number cell, never a formula.
 */
final class SummarySheet {

    private final ReferenceSource references;
    private final ResultsStore store;
    private final Dashboard dashboard;
    private final Path temporaryRoot;
    private final Clock clock;

    SummarySheet(ReferenceSource references, ResultsStore store, Dashboard dashboard, Path temporaryRoot, Clock clock) {
        this.references = references;
        this.store = store;
        this.dashboard = dashboard;
        this.temporaryRoot = temporaryRoot;
        this.clock = clock;
    }

    void download(Context ctx) {
        Reference reference = references.current().orElseThrow(() -> new Guard.Refusal(io.javalin.http.HttpStatus.SERVICE_UNAVAILABLE,
                "Справочник не загружен: сводка строится по нему."));
        int year = dashboard.year(ctx, reference);
        StatusBoard board = StatusBoard.of(reference, year, store);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxBook book = new XlsxBook(temporaryRoot)) {
            XlsxSheet matrix = book.sheet("Сводка");
            double[] widths = new double[board.works().size() + 2];
            widths[0] = 40;
            widths[1] = 12;
            for (int i = 2; i < widths.length; i++) {
                widths[i] = 18;
            }
            matrix.columns(widths);
            matrix.title("Сводка ВПР " + year + ": сдача работ школами");
            matrix.subtitle("По состоянию на " + RussianFormat.dateTime(clock.instant(), clock.getZone()) + ".");
            matrix.skipRows(1);
            List<String> header = new ArrayList<>(List.of("Школа", "Логин"));
            for (Work w : board.works()) {
                header.add(w.subject() + ", " + w.grade() + " кл.");
            }
            matrix.header(header.toArray(String[]::new));
            matrix.freezeHeader();
            for (StatusBoard.Row row : board.rows()) {
                List<Object> values = new ArrayList<>(List.of(row.school().shortName(), row.school().login()));
                for (StatusBoard.Cell cell : row.cells()) {
                    values.add(cell.latest() == null ? cell.state().label() : cell.state().label() + " ("
                            + RussianFormat.dateTime(cell.latest().receivedAt(), clock.getZone()).substring(0, 10) + ")");
                }
                matrix.row(values.toArray());
            }
            XlsxSheet owing = book.sheet("Должны работы");
            owing.columns(40, 12, 36, 50, 40, 40);
            owing.title("Школы, которые ещё должны работы ВПР " + year);
            owing.skipRows(1);
            owing.header("Школа", "Логин", "Руководитель", "Адрес", "Не сдано", "Отклонено, ждём исправленный файл");
            for (StatusBoard.Row row : board.rows()) {
                if (OwingSchools.owes(row)) {
                    owing.row(row.school().shortName(), row.school().login(),
                            (row.school().headPosition() + " " + row.school().headName()).strip(), row.school().address(),
                            works(row, StatusBoard.State.MISSING), works(row, StatusBoard.State.REJECTED));
                }
            }
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Downloads.bytes(ctx, "Сводка ВПР " + year + ".xlsx", out.toByteArray());
    }

    private static String works(StatusBoard.Row row, StatusBoard.State state) {
        return String.join("; ", row.cells().stream().filter(c -> c.state() == state)
                .map(c -> c.work().subject() + ", " + c.work().grade() + " кл.").toList());
    }
}
