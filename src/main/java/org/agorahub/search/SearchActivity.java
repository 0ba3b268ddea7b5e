package org.agorahub.search;

import java.time.LocalDate;

/**
 * Searches made from the search page by a department's people on a day: how many, how many were followed by opening
 * a hit, and how many found nothing. For aggregates; no person, no text.
 */
public record SearchActivity(long departmentId, LocalDate day, int searches, int opened, int failed) {}
