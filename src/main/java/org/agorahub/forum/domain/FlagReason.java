package org.agorahub.forum.domain;

/** Why a reader flagged a post; each has a short label in messages.properties ({@code forum.flag.reason.*}). */
public enum FlagReason {
    SPAM,
    OFFENSIVE,
    OFF_TOPIC,
    OUTDATED,
    OTHER
}
