package org.agorahub.expertise.domain;

import org.agorahub.expertise.SkillRef;

/**
 * A person's evidence for one skill as one viewer may see it: the score of the items the viewer may open, and why.
 */
public record PersonEvidence(SkillRef skill, double score, EvidenceWhy why) {}
