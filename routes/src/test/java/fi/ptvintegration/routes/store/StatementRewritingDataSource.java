package fi.ptvintegration.routes.store;

import fi.ptvintegration.routes.runtime.ApplicationTestSupport.DelegatingDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A DataSource whose connections pass every SQL text given to {@code prepareStatement} through a
 * rewrite first: a test makes one statement fail inside the database (by naming a column that does
 * not exist), or acts at the moment a statement is prepared (another node claiming a row first).
 */
final class StatementRewritingDataSource extends DelegatingDataSource {

    /** What a statement's SQL becomes; may act before answering. */
    @FunctionalInterface
    interface Rewrite {
        String apply(String sql) throws SQLException;
    }

    private final Rewrite rewrite;

    StatementRewritingDataSource(DataSource target, Rewrite rewrite) {
        super(() -> target);
        this.rewrite = rewrite;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return rewriting(super.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return rewriting(super.getConnection(user, password));
    }

    private Connection rewriting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement") && args[0] instanceof String sql) {
                        args[0] = rewrite.apply(sql);
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
