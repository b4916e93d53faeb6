package fi.ptvintegration.pat.model;

/**
 * One opening period within service hours (aukioloaika).
 *
 * @param dayFrom first weekday, Monday ... Sunday; required for DaysOfTheWeek and OverMidnight hours,
 *     left out for Exceptional hours, which hold on every day of their date range
 * @param dayTo last weekday, or empty for one day
 * @param from opening time {@code HH:mm} (avaamisaika)
 * @param to closing time {@code HH:mm} (sulkemisaika)
 */
public record OpeningHour(String dayFrom, String dayTo, String from, String to) {}
