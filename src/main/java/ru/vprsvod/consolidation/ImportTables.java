package ru.vprsvod.consolidation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ru.vprsvod.recheck.RecheckedWork;
import ru.vprsvod.reference.FederalList;
import ru.vprsvod.reference.Work;
import ru.vprsvod.submission.Points;

/** The tables of imported federal lists and re-check protocols; the store calls these inside its transactions. */
final class ImportTables {

    private ImportTables() {
    }

    static void insert(Connection c, long fileId, Imports imports) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO federal_list (file_id, position, year, login, name, markers,"
                + " marker_count, origin) VALUES (?,?,?,?,?,?,?,?)")) {
            int position = 0;
            for (FederalList.Listed e : imports.federalList().entries()) {
                ps.setLong(1, fileId);
                ps.setInt(2, position++);
                ps.setInt(3, e.year());
                ps.setString(4, e.login());
                ps.setString(5, e.name());
                ps.setString(6, String.join("\n", e.markers()));
                ps.setInt(7, e.markerCount());
                ps.setString(8, e.origin());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO recheck_results (file_id, position, school, year, subject,"
                + " grade, code, task_codes, points, sheet, row_number) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            int position = 0;
            for (RecheckedWork w : imports.rechecked()) {
                ps.setLong(1, fileId);
                ps.setInt(2, position++);
                ps.setString(3, w.school());
                ps.setInt(4, w.work().year());
                ps.setString(5, w.work().subject());
                ps.setInt(6, w.work().grade());
                ps.setString(7, w.code());
                ps.setString(8, String.join(";", w.tasks()));
                ps.setString(9, w.points().encode());
                ps.setString(10, w.sheet());
                ps.setInt(11, w.row());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** For each year, the list of the latest file that brought that year (an import replaces the earlier one). */
    static FederalList federalList(Connection c) throws SQLException {
        List<FederalList.Listed> entries = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT year, login, name, markers, marker_count, origin FROM federal_list f"
                + " WHERE file_id = (SELECT max(file_id) FROM federal_list g WHERE g.year = f.year) ORDER BY year, position");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String markers = rs.getString(4);
                entries.add(new FederalList.Listed(rs.getInt(1), rs.getString(2), rs.getString(3),
                        markers.isEmpty() ? List.of() : Arrays.asList(markers.split("\n")), rs.getInt(5), rs.getString(6)));
            }
        }
        return new FederalList(entries);
    }

    /** The rows one file brought, in its order. */
    static FederalList federalListOfFile(Connection c, long fileId) throws SQLException {
        List<FederalList.Listed> entries = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT year, login, name, markers, marker_count, origin FROM federal_list"
                + " WHERE file_id = ? ORDER BY position")) {
            ps.setLong(1, fileId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String markers = rs.getString(4);
                    entries.add(new FederalList.Listed(rs.getInt(1), rs.getString(2), rs.getString(3),
                            markers.isEmpty() ? List.of() : Arrays.asList(markers.split("\n")), rs.getInt(5), rs.getString(6)));
                }
            }
        }
        return new FederalList(entries);
    }

    /** The latest re-check of each work of a year (a protocol sent again replaces the earlier rows for its works). */
    static List<RecheckedWork> rechecked(Connection c, int year) throws SQLException {
        List<RecheckedWork> works = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT school, year, subject, grade, code, task_codes, points, sheet, row_number"
                + " FROM recheck_results r WHERE year = ? AND file_id = (SELECT max(file_id) FROM recheck_results q"
                + " WHERE q.school = r.school AND q.year = r.year AND q.subject = r.subject AND q.grade = r.grade AND q.code = r.code)"
                + " ORDER BY school, grade, subject, code")) {
            ps.setInt(1, year);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    works.add(new RecheckedWork(rs.getString(1), new Work(rs.getInt(2), rs.getString(3), rs.getInt(4)),
                            rs.getString(5), Arrays.asList(rs.getString(6).split(";")), Points.decode(rs.getString(7)),
                            rs.getString(8), rs.getInt(9)));
                }
            }
        }
        return works;
    }
}
