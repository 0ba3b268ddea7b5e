package org.agorahub.search;

import java.time.LocalDate;

/**
 * How many times a department's people searched a text on a day and found nothing. For aggregates: a text and a
 * count, never who searched.
 */
public record FailedSearchActivity(long departmentId, LocalDate day, String query, int searches) {}
