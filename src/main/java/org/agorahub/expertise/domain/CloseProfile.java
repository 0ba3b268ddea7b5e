package org.agorahub.expertise.domain;

/** Someone whose profile is close in meaning to a question: their id, name and "job title · department". */
public record CloseProfile(long personId, String name, String summary) {}
