package org.agorahub.enrichment.domain;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.agorahub.shared.Remembered;
import org.agorahub.shared.ai.AiFeature;
import org.agorahub.shared.audit.AuditLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which AI features are on. A feature is on unless an admin switched it off; the choice lives in PostgreSQL so every
 * node follows it, and is read again at most every few seconds.
 */
@Component
public class AiSettings {

    static final String AUDIT_TARGET = "ai-feature";

    private static final Duration FRESH = Duration.ofSeconds(10);

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Remembered<Map<AiFeature, Boolean>> switches = new Remembered<>(FRESH, this::read);

    AiSettings(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Whether the feature is on. Pages ask this on every view, so the answer comes from memory: once it is a few
     * seconds old it is read again in the background (a change on another node shows within seconds), and no page
     * waits for the database or costs a statement for it, except the first after a change on this node.
     */
    public boolean on(AiFeature feature) {
        return switches.get().getOrDefault(feature, true);
    }

    public Map<AiFeature, Boolean> all() {
        Map<AiFeature, Boolean> features = new EnumMap<>(AiFeature.class);
        Map<AiFeature, Boolean> stored = switches.readNow();
        for (AiFeature feature : AiFeature.values()) {
            features.put(feature, stored.getOrDefault(feature, true));
        }
        return features;
    }

    /** Switches a feature on or off, audited. */
    @Transactional
    public void set(long actorId, AiFeature feature, boolean enabled) {
        jdbc.update("""
                insert into enrichment_feature (feature, enabled, changed_by) values (?, ?, ?)
                on conflict (feature) do update set enabled = excluded.enabled,
                    changed_by = excluded.changed_by, changed_at = now()""", feature.name(), enabled, actorId);
        audit.record(actorId, enabled ? "ai.feature.on" : "ai.feature.off", AUDIT_TARGET, null, feature.name());
        switches.changed();
    }

    private Map<AiFeature, Boolean> read() {
        Map<AiFeature, Boolean> features = new EnumMap<>(AiFeature.class);
        jdbc.query("select feature, enabled from enrichment_feature", rs -> {
            try {
                features.put(AiFeature.valueOf(rs.getString(1)), rs.getBoolean(2));
            } catch (IllegalArgumentException retired) {
                // a feature that no longer exists
            }
        });
        return features;
    }
}
