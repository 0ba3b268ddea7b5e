package org.agorahub.curation.featured;

/**
 * A pinned item as a viewer sees it on the home page.
 *
 * @param href the item's page, relative to the application
 * @param detail where it lives (library, board) or who they are (job title · department)
 */
public record FeaturedCard(FeaturedKind kind, String title, String href, String detail) {}
