package org.agorahub.shared.ai;

/** The AI features an admin can switch off one by one (all of them run inside Agora, on this server). */
public enum AiFeature {
    /** Search by meaning as well as by words. */
    MEANING_SEARCH,
    /** Tags and a category suggested on upload and edit. */
    SUGGESTED_TAGS,
    /** Short extractive summaries of documents and long threads. */
    SUMMARIES,
    /** Similar documents and threads on their pages, and the warning that a similar document already exists. */
    SIMILAR_CONTENT,
    /** Expert finder and mentor matching by meaning rather than by shared words. */
    SMART_MATCHING
}
