package fi.ptvintegration.routes.intake;

/** What an intake call asks for: create a record ({@code put}) or replace it ({@code update}). */
public enum IntakeMode {
    PUT,
    UPDATE;

    /** From the JAX-RS operation name ({@code putRecord}, {@code updateRecordByPut}...). */
    public static IntakeMode fromOperation(String operationName) {
        return operationName != null && operationName.startsWith("update") ? UPDATE : PUT;
    }
}
