package org.agorahub.expertise;

/**
 * What a person's expertise entry holds changed (job title, department, topics, languages, declared skills or their
 * names): whoever keeps a copy of their profile should read it again. Published in the transaction of the change.
 */
public record ProfileChanged(long personId) {}
