package fi.ptvintegration.routes.store;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The outbox contract on embedded H2 in PostgreSQL mode, the default database. */
class DeliveryStoreH2Test extends DeliveryStoreContract {

    private final JdbcDataSource database = new JdbcDataSource();

    DeliveryStoreH2Test() {
        database.setURL("jdbc:h2:mem:delivery-store;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
    }

    @Override
    protected DataSource dataSource() {
        return database;
    }
}
