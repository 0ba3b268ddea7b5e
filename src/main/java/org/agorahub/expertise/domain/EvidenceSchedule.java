package org.agorahub.expertise.domain;

import org.agorahub.shared.OncePerCluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Recomputes all evidence once after start-up, in the background (application runners, such as the demo seeders,
 * have finished by then, so their documents and answers count), and nightly, as {@link EvidenceSettings} say. Events
 * keep one person's evidence current in between ({@link EvidenceListener}); the whole recompute catches what events
 * do not tell (a deactivated person, a document's new owner, an answer no longer accepted). With several app nodes
 * the whole recompute runs on one of them at a time ({@link OncePerCluster}); the others skip it.
 */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(EvidenceSettings.class)
class EvidenceSchedule {

    private static final Logger log = LoggerFactory.getLogger(EvidenceSchedule.class);

    private final EvidenceService evidence;
    private final EvidenceSettings settings;
    private final OncePerCluster once;

    EvidenceSchedule(EvidenceService evidence, EvidenceSettings settings, OncePerCluster once) {
        this.evidence = evidence;
        this.settings = settings;
        this.once = once;
    }

    @EventListener(ApplicationReadyEvent.class)
    void afterStartUp() {
        if (settings.recomputeAtStartup()) {
            Thread thread = new Thread(this::recomputeAll, "evidence-at-startup");
            thread.setDaemon(true);
            thread.start();
        }
    }

    @Scheduled(cron = "${agora.expertise.evidence.cron:0 30 2 * * *}")
    void nightly() {
        recomputeAll();
    }

    private void recomputeAll() {
        try {
            once.run("expertise.evidence.recompute-all", evidence::recomputeAll);
        } catch (RuntimeException e) {
            log.error("Could not recompute expertise evidence", e);
        }
    }
}
