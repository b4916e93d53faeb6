package fi.ptvintegration.pat.validation;

/**
 * One reason a PAT record cannot be accepted, named in the record's own JSON terms.
 *
 * @param path where in the record, e.g. {@code names.sv} or {@code phoneNumbers[0].number}
 * @param rule a stable rule id Drupal can switch on, e.g. {@code required}, {@code max-length}
 * @param message what is wrong, for the editor
 */
public record Violation(String path, String rule, String message) {}
