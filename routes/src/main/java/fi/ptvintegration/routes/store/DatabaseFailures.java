package fi.ptvintegration.routes.store;

import java.sql.SQLException;

/**
 * What a database failure means for the one who met it: the database <em>refused</em> the
 * statement (a value too long for its column, a broken constraint, a statement it cannot run:
 * SQLState classes 22, 23 and 42), which happens again however often it is tried; or the database
 * was <em>unavailable</em> (no connection, a restart, a timeout, no free connection in the pool,
 * anything else), which passes. The SQLState is looked for along the failure's causes and chained
 * exceptions, since connection pools wrap the driver's exception in their own.
 */
public final class DatabaseFailures {

    private DatabaseFailures() {}

    /** True when the database answered and refused the statement: trying it again changes nothing. */
    public static boolean refused(Throwable failure) {
        String state = sqlState(failure);
        return state != null && (state.startsWith("22") || state.startsWith("23") || state.startsWith("42"));
    }

    /** The first SQLState along the causes and chained exceptions, or null when none carries one. */
    public static String sqlState(Throwable failure) {
        int guard = 0;
        for (Throwable t = failure; t != null && guard < 20; guard++) {
            if (t instanceof SQLException sql) {
                if (sql.getSQLState() != null) {
                    return sql.getSQLState();
                }
                if (sql.getNextException() != null && sql.getNextException() != sql) {
                    String next = sqlState(sql.getNextException());
                    if (next != null) {
                        return next;
                    }
                }
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return null;
    }
}
