package org.agorahub.expertise.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When expertise evidence is recomputed whole, under {@code agora.expertise.evidence}.
 *
 * @param cron the nightly recompute, as a Spring cron expression ({@code -} for never); 02:30 every night by default
 * @param recomputeAtStartup whether to recompute once in the background after start-up (and demo seeding)
 */
@ConfigurationProperties("agora.expertise.evidence")
public record EvidenceSettings(
        @DefaultValue("0 30 2 * * *") String cron,
        @DefaultValue("true") boolean recomputeAtStartup) {}
