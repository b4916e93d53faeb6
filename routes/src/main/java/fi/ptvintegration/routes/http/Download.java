package fi.ptvintegration.routes.http;

/**
 * An answer that is a file to download rather than JSON (a CSV for a spreadsheet): its media
 * type, the file name offered, and the bytes. {@link JsonAnswerProcessor} sends it as it is.
 *
 * @param outcome what the call did, for the integration log
 */
public record Download(String contentType, String fileName, byte[] content, String outcome) implements CallOutcome {}
