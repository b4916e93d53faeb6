package fi.ptvintegration.routes.codelists;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The code-list store contract on embedded H2 in PostgreSQL mode, as the distribution runs it by default. */
class CodeListStoreH2Test extends CodeListStoreContract {

    private static final JdbcDataSource H2 = new JdbcDataSource();

    static {
        H2.setURL("jdbc:h2:mem:code-list-store;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    @Override
    protected DataSource dataSource() {
        return H2;
    }
}
