package org.agorahub.forum.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Narrows the unanswered questions: asked by people of a department, on or after a day, before a time (each null for
 * no limit).
 */
public record UnansweredFilter(Long departmentId, LocalDate from, Instant before) {

    public static final UnansweredFilter NONE = new UnansweredFilter(null, null, null);

    public boolean isEmpty() {
        return departmentId == null && from == null && before == null;
    }

    Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>(); // nulls allowed
        parameters.put("department", departmentId);
        parameters.put("from", from);
        parameters.put("before", before == null ? null : java.sql.Timestamp.from(before));
        return parameters;
    }
}
