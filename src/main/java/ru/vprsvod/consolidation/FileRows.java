package ru.vprsvod.consolidation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.vprsvod.reference.Work;
import ru.vprsvod.submission.FormCheck;
import ru.vprsvod.submission.Status;
import ru.vprsvod.workbook.Problem;
import ru.vprsvod.workbook.Severity;

/**
 * The SQL of the received files: their rows, their problems and the works each was for. Runs inside the store's
 * transactions and never commits.
 */
final class FileRows {

    private static final String COLUMNS = "id, sha256, original_name, source, sender_school, school, received_at,"
            + " size_bytes, archive_path, status, omitted_problems, duplicate_of, receipt_path";

    private FileRows() {
    }

    /** Inserts a file with its problems and works; the receipt path follows from the new id. */
    static long insert(Connection c, Arrival a, FormCheck check, Long duplicateOf,
                       java.util.function.LongFunction<String> receiptPath) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO files (sha256, original_name, source, sender_school,"
                + " school, received_at, size_bytes, archive_path, status, omitted_problems, duplicate_of, receipt_path,"
                + " claim_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, a.sha256());
            ps.setString(2, a.originalName());
            ps.setString(3, a.source());
            ps.setString(4, a.senderSchool());
            ps.setString(5, check.school());
            ps.setString(6, a.receivedAt().toString());
            ps.setLong(7, a.size());
            ps.setString(8, a.archivePath());
            ps.setString(9, check.status().name());
            ps.setInt(10, check.omittedProblems());
            if (duplicateOf == null) {
                ps.setNull(11, Types.INTEGER);
            } else {
                ps.setLong(11, duplicateOf);
            }
            ps.setString(12, "");
            ps.setString(13, a.claimId());
            ps.executeUpdate();
            id = Sql.generatedKey(ps);
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE files SET receipt_path = ? WHERE id = ?")) {
            ps.setString(1, receiptPath.apply(id));
            ps.setLong(2, id);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO problems (file_id, position, severity, sheet, cell, message,"
                + " found, expected) VALUES (?,?,?,?,?,?,?,?)")) {
            int position = 0;
            for (Problem p : check.problems()) {
                ps.setLong(1, id);
                ps.setInt(2, position++);
                ps.setString(3, p.severity().name());
                ps.setString(4, p.sheet());
                ps.setString(5, p.cell());
                ps.setString(6, p.message());
                ps.setString(7, p.found());
                ps.setString(8, p.expected());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO file_works (file_id, year, subject, grade) VALUES (?,?,?,?)")) {
            for (Work work : check.works()) {
                ps.setLong(1, id);
                ps.setInt(2, work.year());
                ps.setString(3, work.subject());
                ps.setInt(4, work.grade());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return id;
    }

    /** Files matching a {@code WHERE … ORDER BY …} clause, with their problems. */
    static List<ReceivedFile> select(Connection c, String where, Object... args) throws SQLException {
        record Row(long id, String sha256, String name, String source, String senderSchool, String school, String receivedAt,
                   long size, String archivePath, String status, int omitted, Long duplicateOf, String receiptPath) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = Sql.prepare(c, "SELECT " + COLUMNS + " FROM files " + where, args);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long dup = rs.getLong(12);
                Long duplicateOf = rs.wasNull() ? null : dup; // asked right after its own column
                rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getLong(8), rs.getString(9), rs.getString(10), rs.getInt(11),
                        duplicateOf, rs.getString(13)));
            }
        }
        Map<Long, List<Problem>> problems = problems(c, rows.stream().map(Row::id).toList());
        List<ReceivedFile> files = new ArrayList<>(rows.size());
        for (Row r : rows) {
            files.add(new ReceivedFile(r.id(), r.sha256(), r.name(), r.source(), r.senderSchool(), r.school(),
                    Instant.parse(r.receivedAt()), r.size(), r.archivePath(), Status.valueOf(r.status()),
                    problems.getOrDefault(r.id(), List.of()), r.omitted(), r.duplicateOf(), r.receiptPath()));
        }
        return files;
    }

    /** The problems of the given files, in one query over their id range rather than one query per file. */
    private static Map<Long, List<Problem>> problems(Connection c, List<Long> fileIds) throws SQLException {
        Map<Long, List<Problem>> problems = new HashMap<>();
        if (fileIds.isEmpty()) {
            return problems;
        }
        Set<Long> wanted = new HashSet<>(fileIds);
        long min = fileIds.stream().mapToLong(Long::longValue).min().orElseThrow();
        long max = fileIds.stream().mapToLong(Long::longValue).max().orElseThrow();
        try (PreparedStatement ps = Sql.prepare(c, "SELECT p.file_id, f.original_name, p.severity, p.sheet, p.cell, p.message,"
                + " p.found, p.expected FROM problems p JOIN files f ON f.id = p.file_id WHERE p.file_id BETWEEN ? AND ?"
                + " ORDER BY p.file_id, p.position", min, max);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                if (wanted.contains(id)) {
                    problems.computeIfAbsent(id, k -> new ArrayList<>()).add(new Problem(Severity.valueOf(rs.getString(3)),
                            rs.getString(2), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                }
            }
        }
        return problems;
    }

    /** The works of a year each received file was for, oldest file first. */
    static List<ResultsStore.FileWork> works(Connection c, int year) throws SQLException {
        List<ResultsStore.FileWork> list = new ArrayList<>();
        try (PreparedStatement ps = Sql.prepare(c, "SELECT w.file_id, f.school, w.year, w.subject, w.grade FROM file_works w"
                + " JOIN files f ON f.id = w.file_id WHERE w.year = ? ORDER BY w.file_id", year);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new ResultsStore.FileWork(rs.getLong(1), rs.getString(2), new Work(rs.getInt(3), rs.getString(4), rs.getInt(5))));
            }
        }
        return list;
    }

    /** The works one file was for, as far as its check could tell (also when it was rejected). */
    static List<Work> worksOfFile(Connection c, long fileId) throws SQLException {
        List<Work> list = new ArrayList<>();
        try (PreparedStatement ps = Sql.prepare(c, "SELECT year, subject, grade FROM file_works WHERE file_id = ?"
                + " ORDER BY year, grade, subject", fileId);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new Work(rs.getInt(1), rs.getString(2), rs.getInt(3)));
            }
        }
        return list;
    }
}
