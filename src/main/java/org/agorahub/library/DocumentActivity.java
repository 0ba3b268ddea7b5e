package org.agorahub.library;

import java.time.LocalDate;

/**
 * How many document versions a person made on a day: {@code published} for first versions (a new document or page),
 * otherwise updates. Documents in the trash count too (the work was done). For aggregates, never for display.
 */
public record DocumentActivity(long personId, LocalDate day, boolean published, int count) {}
