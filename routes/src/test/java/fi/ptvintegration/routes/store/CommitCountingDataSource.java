package fi.ptvintegration.routes.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource that counts the commits that write something, made through it: each
 * {@code commit()} of a transaction that ran a writing statement ({@code INSERT}, {@code UPDATE},
 * {@code DELETE}, {@code MERGE}), and each writing statement run in auto-commit mode, which commits
 * by itself. Reads, statements that changed no row, and the commit of a transaction that wrote
 * nothing write nothing to disk and are not counted.
 */
public final class CommitCountingDataSource implements DataSource {

    private final DataSource target;
    private final AtomicInteger commits = new AtomicInteger();

    public CommitCountingDataSource(DataSource target) {
        this.target = target;
    }

    /** Commits made since the last call, and starts counting again. */
    public int takeCommits() {
        return commits.getAndSet(0);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return counting(target.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return counting(target.getConnection(user, password));
    }

    private Connection counting(Connection connection) {
        AtomicBoolean wroteSinceCommit = new AtomicBoolean();
        InvocationHandler handler = (proxy, method, args) -> {
            Object result = invoke(connection, method, args);
            switch (method.getName()) {
                case "commit" -> {
                    if (wroteSinceCommit.getAndSet(false)) {
                        commits.incrementAndGet();
                    }
                }
                case "rollback" -> {
                    if (args == null) {
                        wroteSinceCommit.set(false);
                    }
                }
                case "prepareStatement" -> {
                    String sql = (String) args[0];
                    return statement(PreparedStatement.class, result, connection, sql, wroteSinceCommit);
                }
                case "createStatement" -> {
                    return statement(Statement.class, result, connection, null, wroteSinceCommit);
                }
                default -> { }
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    private Object statement(Class<? extends Statement> type, Object statement, Connection connection, String preparedSql,
            AtomicBoolean wroteSinceCommit) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result = invoke(statement, method, args);
            boolean changedNothing = result instanceof Number rows && rows.longValue() == 0;
            if (method.getName().startsWith("execute") && !method.getName().equals("executeQuery") && !changedNothing) {
                String sql = preparedSql != null ? preparedSql : args != null && args.length > 0 && args[0] instanceof String s ? s : "";
                if (writes(sql)) {
                    if (connection.getAutoCommit()) {
                        commits.incrementAndGet();
                    } else {
                        wroteSinceCommit.set(true);
                    }
                }
            }
            return result;
        };
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static boolean writes(String sql) {
        String verb = sql.stripLeading().toUpperCase(Locale.ROOT);
        return verb.startsWith("INSERT") || verb.startsWith("UPDATE") || verb.startsWith("DELETE") || verb.startsWith("MERGE");
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return target.isWrapperFor(iface);
    }
}
