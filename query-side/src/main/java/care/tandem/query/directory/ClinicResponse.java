package care.tandem.query.directory;

import java.time.LocalDate;

/**
 * The clinic's calendar as the query API counts it: its time zone ({@code TANDEM_CLINIC_TIME_ZONE}), and today's date
 * and ISO week there, so that a client shows the weeks the API means rather than those of its own zone.
 */
public record ClinicResponse(String timeZone, LocalDate today, String week) {
}
