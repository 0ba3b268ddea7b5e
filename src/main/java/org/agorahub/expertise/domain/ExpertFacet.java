package org.agorahub.expertise.domain;

/**
 * One value of a finder facet (a department or a language) with how many people of the answer have it, counted
 * with the other facet's filter applied.
 *
 * @param value the department's id or the language, as the filter takes it
 */
public record ExpertFacet(String value, String label, long count, boolean selected) {}
