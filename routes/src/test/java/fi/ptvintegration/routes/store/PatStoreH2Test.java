package fi.ptvintegration.routes.store;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The store contract on embedded H2 in PostgreSQL mode, as the distribution runs it by default. */
class PatStoreH2Test extends PatStoreContract {

    private static final JdbcDataSource H2 = new JdbcDataSource();

    static {
        H2.setURL("jdbc:h2:mem:pat-store;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000");
    }

    @Override
    protected DataSource dataSource() {
        return H2;
    }
}
