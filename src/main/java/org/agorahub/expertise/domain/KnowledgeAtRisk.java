package org.agorahub.expertise.domain;

import java.util.List;
import org.agorahub.library.OrphanedDocument;
import org.agorahub.people.DepartmentSummary;

/** A department's knowledge at risk: skills with a single holder, and documents whose owner has left. */
public record KnowledgeAtRisk(
        DepartmentSummary department, List<SoleHolder> skills, List<OrphanedDocument> documents) {}
