package fi.ptvintegration.pat.model;

/**
 * The accessibility statement of a web channel, per language, which PTV requires for
 * e-channels and web pages.
 *
 * @param language the language of the statement
 * @param level FullyCompliant, PartiallyCompliant, NonCompliant or Unknown
 * @param wcagLevel LevelA, LevelAA or LevelAAA, optional
 * @param statementName the statement page's name, at most 100 characters
 * @param statementUrl the statement page, at most 500 characters
 */
public record AccessibilityClassification(
        Language language, String level, String wcagLevel, String statementName, String statementUrl) {}
