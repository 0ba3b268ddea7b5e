package org.agorahub.people;

/**
 * A person was created or changed (name, job title, department, roles, deactivated or reactivated). Published
 * inside the transaction that changed them, so a listener may keep something derived (a search entry) in step
 * before it commits.
 */
public record PersonChanged(long personId) {}
