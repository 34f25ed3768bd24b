package ru.vprsvod.consolidation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.vprsvod.reference.Work;
import ru.vprsvod.schedule.Sitting;

/**
 * The tables of received schedules ({@code schedules}, {@code schedule_sittings}); the store calls these inside its
 * transactions. A school's schedule in force for a year is its latest accepted one: a later accepted file
 * supersedes it, a rejected one changes nothing.
 */
final class ScheduleTables {

    /** The file id of each school's schedule in force for a year. */
    private static final String IN_FORCE = "SELECT max(file_id) FROM schedules WHERE year = ? AND accepted = 1 GROUP BY school";

    private ScheduleTables() {
    }

    static void insert(Connection c, long fileId, boolean accepted, ScheduleImport schedule) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(c, "INSERT INTO schedules (file_id, school, year, accepted) VALUES (?,?,?,?)",
                fileId, schedule.school(), schedule.year(), accepted ? 1 : 0)) {
            ps.executeUpdate();
        }
        if (!accepted) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO schedule_sittings (file_id, position, school,"
                + " sitting_date, year, subject, grade, classes) VALUES (?,?,?,?,?,?,?,?)")) {
            int position = 0;
            for (Sitting s : schedule.sittings()) {
                ps.setLong(1, fileId);
                ps.setInt(2, position++);
                ps.setString(3, s.school());
                ps.setString(4, s.date().toString());
                ps.setInt(5, s.work().year());
                ps.setString(6, s.work().subject());
                ps.setInt(7, s.work().grade());
                ps.setString(8, String.join(";", s.classes()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Each school's schedule in force for the year, by school. */
    static List<StoredSchedule> inForce(Connection c, int year) throws SQLException {
        Map<Long, List<Sitting>> sittings = sittings(c, "WHERE file_id IN (" + IN_FORCE + ")", year);
        List<StoredSchedule> schedules = new ArrayList<>();
        try (PreparedStatement ps = Sql.prepare(c, "SELECT file_id, school, year FROM schedules WHERE file_id IN ("
                + IN_FORCE + ") ORDER BY school", year); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                schedules.add(new StoredSchedule(id, rs.getString(2), rs.getInt(3), true, true,
                        sittings.getOrDefault(id, List.of())));
            }
        }
        return schedules;
    }

    /** Every schedule file of a school for a year, accepted or rejected, oldest first. */
    static List<StoredSchedule> history(Connection c, String school, int year) throws SQLException {
        return schedules(c, "WHERE school = ? AND year = ? ORDER BY file_id", school, year);
    }

    static List<StoredSchedule> all(Connection c) throws SQLException {
        return schedules(c, "ORDER BY file_id");
    }

        static Optional<StoredSchedule> ofFile(Connection c, long fileId) throws SQLException {
        return schedules(c, "WHERE file_id = ?", fileId).stream().findFirst();
    }

    /** A row of {@code schedules} with the id of its school's schedule in force (0 when none is). */
    private record Row(long fileId, String school, int year, boolean accepted, long inForceId) {
    }

    private static List<StoredSchedule> schedules(Connection c, String where, Object... args) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = Sql.prepare(c, "SELECT file_id, school, year, accepted, (SELECT max(file_id) FROM schedules t"
                + " WHERE t.school = s.school AND t.year = s.year AND t.accepted = 1) FROM schedules s " + where, args);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4) == 1, rs.getLong(5)));
            }
        }
        List<StoredSchedule> schedules = new ArrayList<>();
        for (Row r : rows) {
            List<Sitting> sittings = r.accepted()
                    ? sittings(c, "WHERE file_id = ?", r.fileId()).getOrDefault(r.fileId(), List.of()) : List.of();
            schedules.add(new StoredSchedule(r.fileId(), r.school(), r.year(), r.accepted(),
                    r.accepted() && r.inForceId() == r.fileId(), sittings));
        }
        return schedules;
    }

    /** The sittings of the chosen files, by file, each file's in its order. */
    private static Map<Long, List<Sitting>> sittings(Connection c, String where, Object... args) throws SQLException {
        Map<Long, List<Sitting>> byFile = new LinkedHashMap<>();
        try (PreparedStatement ps = Sql.prepare(c, "SELECT file_id, school, sitting_date, year, subject, grade, classes"
                + " FROM schedule_sittings " + where + " ORDER BY file_id, position", args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String classes = rs.getString(7);
                byFile.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Sitting(rs.getString(2),
                        LocalDate.parse(rs.getString(3)), new Work(rs.getInt(4), rs.getString(5), rs.getInt(6)),
                        classes.isEmpty() ? List.of() : Arrays.asList(classes.split(";"))));
            }
        }
        return byFile;
    }
}
