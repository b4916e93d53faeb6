package fi.ptvintegration.ptv.port;

/** What a PTV call gave back, with the call itself for the integration log. */
public record PtvResult<T>(T value, PtvCall call) {}
