package ru.vprsvod.consolidation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.vprsvod.reference.Level;
import ru.vprsvod.reference.Task;
import ru.vprsvod.reference.Work;
import ru.vprsvod.submission.Participant;
import ru.vprsvod.submission.Points;
import ru.vprsvod.submission.Submission;

/** The SQL of accepted submissions and their participants. Runs inside the store's transactions, never commits. */
final class SubmissionRows {

    private SubmissionRows() {
    }

    static long insert(Connection c, long fileId, Submission s, Instant acceptedAt) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO submissions (file_id, school, year, subject, grade, sheets,"
                + " tasks, participants, accepted_at) VALUES (?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, fileId);
            ps.setString(2, s.school());
            ps.setInt(3, s.work().year());
            ps.setString(4, s.work().subject());
            ps.setInt(5, s.work().grade());
            ps.setString(6, String.join("\n", s.sheets()));
            ps.setString(7, encodeTasks(s.tasks()));
            ps.setInt(8, s.participants().size());
            ps.setString(9, acceptedAt.toString());
            ps.executeUpdate();
            id = Sql.generatedKey(ps);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO participants (submission_id, row_number, code, class_name,"
                + " sex, variant, absent, journal_mark, primary_score, points) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            for (Participant p : s.participants()) {
                ps.setLong(1, id);
                ps.setInt(2, p.row());
                ps.setString(3, p.code());
                ps.setString(4, p.className());
                ps.setString(5, p.sex());
                ps.setString(6, p.variant());
                ps.setInt(7, p.absent() ? 1 : 0);
                if (p.journalMark() == null) {
                    ps.setNull(8, Types.INTEGER);
                } else {
                    ps.setInt(8, p.journalMark());
                }
                ps.setInt(9, p.primaryScore());
                ps.setString(10, p.points().encode());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return id;
    }

    static void replace(Connection c, long earlier, long by) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(c, "UPDATE submissions SET replaced_by = ? WHERE id = ?", by, earlier)) {
            ps.executeUpdate();
        }
    }

    /** Submissions matching a {@code WHERE … ORDER BY …} clause. */
    static List<StoredSubmission> select(Connection c, String where, Object... args) throws SQLException {
        String sql = "SELECT id, file_id, school, year, subject, grade, sheets, tasks, participants, accepted_at, replaced_by"
                + " FROM submissions " + where;
        try (PreparedStatement ps = Sql.prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            List<StoredSubmission> list = new ArrayList<>();
            // Every school's submission of a work has the same task list: decode it once per distinct text, so a
            // region's 7 000 submissions share a few dozen lists instead of holding 95 000 copies of their tasks.
            Map<String, List<Task>> taskLists = new HashMap<>();
            while (rs.next()) {
                long replaced = rs.getLong(11);
                Long replacedBy = rs.wasNull() ? null : replaced;
                list.add(new StoredSubmission(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        new Work(rs.getInt(4), rs.getString(5), rs.getInt(6)), Arrays.asList(rs.getString(7).split("\n")),
                        taskLists.computeIfAbsent(rs.getString(8), SubmissionRows::decodeTasks), rs.getInt(9), Instant.parse(rs.getString(10)), replacedBy));
            }
            return list;
        }
    }

    static List<Participant> participants(Connection c, long submissionId) throws SQLException {
        List<Participant> participants = new ArrayList<>();
        try (PreparedStatement ps = Sql.prepare(c, "SELECT row_number, code, class_name, sex, variant, absent, journal_mark,"
                + " primary_score, points FROM participants WHERE submission_id = ? ORDER BY row_number", submissionId);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int journal = rs.getInt(7);
                Integer journalMark = rs.wasNull() ? null : journal;
                participants.add(new Participant(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6) == 1, journalMark, Points.decode(rs.getString(9)), rs.getInt(8)));
            }
        }
        return participants;
    }

    static String encodeTasks(List<Task> tasks) {
        StringBuilder out = new StringBuilder();
        for (Task t : tasks) {
            if (out.length() > 0) {
                out.append(';');
            }
            out.append(t.code()).append(':').append(t.maxPoints()).append(':').append(t.level() == null ? "" : t.level().letter());
        }
        return out.toString();
    }

    static List<Task> decodeTasks(String text) {
        List<Task> tasks = new ArrayList<>();
        for (String part : text.split(";")) {
            String[] f = part.split(":", -1);
            tasks.add(new Task(f[0], Integer.parseInt(f[1]), f[2].isEmpty() ? null : Level.parse(f[2]).orElse(null)));
        }
        return List.copyOf(tasks);
    }
}
