package ru.vprsvod.consolidation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import ru.vprsvod.observers.Visit;

/**
 * The tables of the observers' order as issued ({@code observer_visits}) and of the reports that come back
 * ({@code observer_reports}); the store calls these inside its transactions. The report that counts for a school and
 * date is its latest accepted one.
 */
final class ObserverTables {

    private static final String REPORT_COLUMNS = "r.file_id, r.year, r.school, r.sitting_date, r.observer, r.accepted,"
            + " r.violations, r.remarks, f.received_at FROM observer_reports r JOIN files f ON f.id = r.file_id";

    private ObserverTables() {
    }

    static void insertReport(Connection c, long fileId, boolean accepted, ObserverReportImport report) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(c, "INSERT INTO observer_reports (file_id, year, school, sitting_date, observer,"
                        + " accepted, violations, remarks) VALUES (?,?,?,?,?,?,?,?)", fileId, report.year(), report.school(),
                report.date() == null ? "" : report.date().toString(), report.observer(), accepted ? 1 : 0,
                String.join("\n", report.violations()), report.remarks())) {
            ps.executeUpdate();
        }
    }

    /** Replaces the year's visits with the order as made now. */
    static void replaceVisits(Connection c, int year, List<Visit> visits) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(c, "DELETE FROM observer_visits WHERE year = ?", year)) {
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO observer_visits (year, school, sitting_date, works,"
                + " observer, report_due) VALUES (?,?,?,?,?,?)")) {
            for (Visit v : visits) {
                ps.setInt(1, year);
                ps.setString(2, v.school());
                ps.setString(3, v.date().toString());
                ps.setString(4, v.works());
                ps.setString(5, v.observer());
                ps.setString(6, v.reportDue().toString());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The visits of the year's order as last made, by date then school. */
    static List<Visit> visits(Connection c, int year) throws SQLException {
        List<Visit> visits = new ArrayList<>();
        try (PreparedStatement ps = Sql.prepare(c, "SELECT school, sitting_date, works, observer, report_due FROM observer_visits"
                + " WHERE year = ? ORDER BY sitting_date, school", year); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                visits.add(new Visit(rs.getString(1), LocalDate.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                        LocalDate.parse(rs.getString(5))));
            }
        }
        return visits;
    }

    /** Every report of the year, accepted or rejected, oldest first. */
    static List<StoredObserverReport> reports(Connection c, int year) throws SQLException {
        return reports(c, "WHERE r.year = ? ORDER BY r.file_id", year);
    }

    static List<StoredObserverReport> all(Connection c) throws SQLException {
        return reports(c, "ORDER BY r.file_id");
    }

    static Optional<StoredObserverReport> ofFile(Connection c, long fileId) throws SQLException {
        return reports(c, "WHERE r.file_id = ?", fileId).stream().findFirst();
    }

    private static List<StoredObserverReport> reports(Connection c, String where, Object... args) throws SQLException {
        List<StoredObserverReport> reports = new ArrayList<>();
        try (PreparedStatement ps = Sql.prepare(c, "SELECT " + REPORT_COLUMNS + " " + where, args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String date = rs.getString(4);
                String violations = rs.getString(7);
                reports.add(new StoredObserverReport(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        date.isEmpty() ? null : LocalDate.parse(date), rs.getString(5), rs.getInt(6) == 1,
                        violations.isEmpty() ? List.of() : Arrays.asList(violations.split("\n")), rs.getString(8),
                        Instant.parse(rs.getString(9))));
            }
        }
        return reports;
    }
}
