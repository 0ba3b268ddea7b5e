package org.agorahub.library.domain;

import org.agorahub.people.Visibility;

/** A library's name, description, owner and visibility, as its settings form gives them. */
public record LibrarySettings(String name, String description, Long departmentId, Visibility visibility) {}
