package org.agorahub.library;

import java.time.LocalDate;

/**
 * How many times people of one department opened another department's documents on a day (a document belongs to
 * its library's department, or its owner's when the library has none): knowledge used across department lines. For
 * aggregates; no person.
 */
public record DocumentUse(long libraryDepartmentId, long viewerDepartmentId, LocalDate day, int views) {}
