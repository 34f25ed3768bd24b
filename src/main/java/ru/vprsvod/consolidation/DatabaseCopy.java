package ru.vprsvod.consolidation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * A consistent copy of the database while the service may be writing to it: SQLite's {@code VACUUM INTO}
 * through a read-only connection writes a snapshot of one moment into a new, compact file (no journal beside
 * it), without stopping the writer for more than the copy takes.
 */
public final class DatabaseCopy {

    /** An original the database knows about: where it is kept, relative to the data folder, and its hash. */
    public record Original(long fileId, String path, String sha256) {
    }

    private DatabaseCopy() {
    }

    /** Writes a snapshot of {@code database} to {@code target}, which must not exist yet. */
    public static void copy(Path database, Path target) {
        if (!Files.isRegularFile(database)) {
            throw new IllegalStateException("no database at " + database.toAbsolutePath());
        }
        try (Connection c = readOnly(database); PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, target.toAbsolutePath().toString());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot copy the database " + database + ": " + e.getMessage(), e);
        }
    }

    /** Every original recorded in a database, in journal order. */
    public static List<Original> originals(Path database) {
        try (Connection c = readOnly(database); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, archive_path, sha256 FROM files ORDER BY id")) {
            List<Original> originals = new ArrayList<>();
            while (rs.next()) {
                originals.add(new Original(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
            return originals;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database " + database + ": " + e.getMessage(), e);
        }
    }

    private static Connection readOnly(Path database) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        return config.createConnection("jdbc:sqlite:" + database.toAbsolutePath());
    }
}
