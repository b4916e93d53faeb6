package fi.ptvintegration.ptv.port;

/**
 * The one door to PTV for the rest of the system, for one PTV API account: writes and reads in
 * PAT and neutral terms. An adapter per API version implements it (v11 today, v12 when DVV
 * publishes its write paths); {@code api.version} in configuration chooses. Generated PTV types
 * never leave the adapters.
 */
public interface PtvPort extends PtvWriter, PtvReader {

    /** The API version the adapter speaks, e.g. {@code v11}. */
    String apiVersion();
}
