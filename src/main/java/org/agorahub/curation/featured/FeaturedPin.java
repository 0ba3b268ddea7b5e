package org.agorahub.curation.featured;

import java.time.LocalDate;

/**
 * A pin as curators manage it.
 *
 * @param item the pinned item as the curator sees it, or null when it no longer exists (or was hidden from them)
 * @param departmentName null for the whole organisation
 * @param expiresOn the last day it shows, or null for no end
 */
public record FeaturedPin(
        long id,
        FeaturedKind kind,
        long itemId,
        FeaturedCard item,
        Long departmentId,
        String departmentName,
        LocalDate expiresOn,
        boolean expired,
        boolean first,
        boolean last) {}
