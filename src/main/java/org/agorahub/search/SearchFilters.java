package org.agorahub.search;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Facet values a search is narrowed to, by facet. Values of different facets must all hold; several values of one
 * facet must all hold too (drill-down: each click narrows what the facet counts showed), so the counts shown
 * beside each value are exactly the hits a click on it gives.
 */
public record SearchFilters(Map<Facet, Set<String>> values) {

    public static final SearchFilters NONE = new SearchFilters(Map.of());

    /** At most this many values per facet are read from a request; the rest are ignored. */
    public static final int MAX_VALUES = 10;

    /** The facets of the search page, by the request parameter that carries their values. */
    public enum Facet {
        TYPE("type"),
        LIBRARY("library"),
        DEPARTMENT("department"),
        TAG("tag"),
        FILE_TYPE("filetype"),
        STATUS("status"),
        UPDATED("updated"),
        BOARD("board"),
        ANSWERED("answered");

        private final String parameter;

        Facet(String parameter) {
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    /** Values of the "answered" facet: questions with an accepted answer, or without. */
    public static final String ANSWERED_YES = "yes";

    public static final String ANSWERED_NO = "no";

    /** Values of the "updated" facet: how long ago a document last changed. */
    public enum Updated {
        WEEK(7),
        MONTH(31),
        YEAR(366),
        OLDER(-1);

        private final int days;

        Updated(int days) {
            this.days = days;
        }

        /** The window in days, or -1 for "more than a year ago". */
        public int days() {
            return days;
        }

        public String parameter() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public SearchFilters {
        Map<Facet, Set<String>> copy = new LinkedHashMap<>();
        values.forEach((facet, chosen) -> {
            Set<String> kept = new LinkedHashSet<>();
            chosen.stream()
                    .filter(v -> v != null && !v.isBlank() && v.length() <= 100)
                    .map(String::strip)
                    .limit(MAX_VALUES)
                    .forEach(kept::add);
            if (!kept.isEmpty()) {
                copy.put(facet, Set.copyOf(kept));
            }
        });
        values = Map.copyOf(copy);
    }

    /** Reads the facet parameters of a request (parameter name to its values); unknown ones are ignored. */
    public static SearchFilters fromParameters(Map<String, List<String>> parameters) {
        Map<Facet, Set<String>> values = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            List<String> given = parameters.get(facet.parameter());
            if (given != null) {
                values.put(facet, new LinkedHashSet<>(given));
            }
        }
        return new SearchFilters(values);
    }

    public Set<String> get(Facet facet) {
        return values.getOrDefault(facet, Set.of());
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public boolean has(Facet facet, String value) {
        return get(facet).contains(value);
    }

    public SearchFilters with(Facet facet, String value) {
        Map<Facet, Set<String>> copy = new LinkedHashMap<>(values);
        Set<String> chosen = new LinkedHashSet<>(get(facet));
        chosen.add(value);
        copy.put(facet, chosen);
        return new SearchFilters(copy);
    }

    public SearchFilters without(Facet facet, String value) {
        Map<Facet, Set<String>> copy = new LinkedHashMap<>(values);
        Set<String> chosen = new LinkedHashSet<>(get(facet));
        chosen.remove(value);
        copy.put(facet, chosen);
        return new SearchFilters(copy);
    }
}
