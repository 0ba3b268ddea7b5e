package org.agorahub.people;

/** A department, with its parent if it has one. */
public record DepartmentSummary(long id, String name, Long parentId, String parentName) {}
