package fi.ptvintegration.routes.push;

import fi.ptvintegration.pat.model.RecordKind;
import java.sql.SQLException;

/** The PTV id of another record a pushed one refers to (its organisation, its parent...). */
@FunctionalInterface
public interface PtvIdLookup {

    /**
     * @param field the referring field, for the refusal when the referred record is not in PTV yet
     * @return the PTV id; never null (refuses with 422 {@code not-in-ptv} instead)
     */
    String ptvId(RecordKind kind, String code, String field) throws SQLException;
}
