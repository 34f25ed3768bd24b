package ru.vprsvod.consolidation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The JDBC chores every table helper needs. */
final class Sql {

    private Sql() {
    }

    /** A statement with its parameters bound in order. */
    static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }

    /**
     * Ends a failed transaction so the connection can be used again. SQLite rolls a transaction back by itself on
     * some errors (a full disk: SQLITE_FULL); the driver's own rollback then fails before it begins the next
     * transaction, and every later commit would fail with «no transaction is active» — so begin it here.
     */
    static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException alreadyEnded) {
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("BEGIN");
            } catch (SQLException stillOpen) {
                // A transaction is still open after all: the next rollback or commit ends it.
            }
        }
    }

    static long generatedKey(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
