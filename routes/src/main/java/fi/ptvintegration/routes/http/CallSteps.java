package fi.ptvintegration.routes.http;

/**
 * The steps every HTTP flow ends with, built once and shared: turning a refusal into its answer,
 * writing the call's integration-log record, and sending the JSON answer.
 */
public record CallSteps(RefusalProcessor refuse, CallLogProcessor log, JsonAnswerProcessor answer) {}
