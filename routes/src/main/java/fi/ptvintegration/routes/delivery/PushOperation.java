package fi.ptvintegration.routes.delivery;

/** {@code post} creates the item in PTV; {@code put} updates it. */
public enum PushOperation {
    CREATE,
    UPDATE;

    /** From the JAX-RS operation name: {@code post...} or {@code put...}. */
    public static PushOperation fromOperation(String operationName) {
        return operationName != null && operationName.startsWith("put") ? UPDATE : CREATE;
    }
}
