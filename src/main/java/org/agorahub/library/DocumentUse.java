package org.agorahub.library;

import java.time.LocalDate;

/**
 * How many times people of one department opened documents of another department's libraries on a day: knowledge
 * used across department lines. For aggregates; no person.
 */
public record DocumentUse(long libraryDepartmentId, long viewerDepartmentId, LocalDate day, int views) {}
