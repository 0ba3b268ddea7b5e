package org.agorahub.people.web;

import java.time.LocalDate;
import java.time.ZoneId;
import org.agorahub.shared.audit.AuditLog;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/** The audit log viewer's filters, from the query string; empty ones match everything. Days are whole days. */
record AuditFilterForm(
        String who,
        String type,
        String action,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    static AuditFilterForm none() {
        return new AuditFilterForm(null, null, null, null, null);
    }

    /** In the server's time zone, as the log's times are shown; {@code to} includes its whole day. */
    AuditLog.Filter toFilter(ZoneId zone) {
        return new AuditLog.Filter(
                who,
                type,
                action,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The given address with these filters in its query, for paging and the CSV link. */
    String link(String path) {
        return UriComponentsBuilder.fromPath(path)
                .queryParamIfPresent("who", present(who))
                .queryParamIfPresent("type", present(type))
                .queryParamIfPresent("action", present(action))
                .queryParamIfPresent("from", java.util.Optional.ofNullable(from))
                .queryParamIfPresent("to", java.util.Optional.ofNullable(to))
                .encode()
                .build()
                .toUriString();
    }

    private static java.util.Optional<String> present(String text) {
        return text == null || text.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(text.strip());
    }
}
