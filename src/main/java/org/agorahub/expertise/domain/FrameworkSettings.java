package org.agorahub.expertise.domain;

import java.util.List;

/**
 * A framework as someone wants it to be: skills as typed (names or aliases), each with the row of the form it came
 * from so refusals can point at it.
 */
public record FrameworkSettings(
        String name, String description, Long departmentId, String jobFamily, List<Entry> skills) {

    public record Entry(int row, String skill, Integer target, Integer importance) {}
}
