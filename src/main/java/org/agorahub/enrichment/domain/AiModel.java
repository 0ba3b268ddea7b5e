package org.agorahub.enrichment.domain;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The embedding model, loaded on first use. When it cannot be loaded (an unknown model configured, a missing native
 * library) every AI feature is off, the reason is kept for the admin page, and the rest of Agora works as before.
 *
 * <p>Background enrichment takes turns ({@link #embedInTurn}) so that at most one item is embedded at a time and
 * people's requests keep the other core; embedding one short query does not wait for a turn.
 */
@Component
public class AiModel implements DisposableBean {

    /** The only model built in today. */
    static final String MINILM = "all-minilm-l6-v2-q";

    private static final Logger log = LoggerFactory.getLogger(AiModel.class);

    private final boolean switchedOn;
    private final String configured;
    private final Semaphore turn = new Semaphore(1, true);
    private final ExecutorService threads;
    private volatile Embedder embedder;
    private volatile String failure;

    AiModel(
            @Value("${agora.ai.enabled:true}") boolean switchedOn,
            @Value("${agora.ai.model:" + MINILM + "}") String configured) {
        this.switchedOn = switchedOn;
        this.configured = configured;
        this.threads = Executors.newFixedThreadPool(
                Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())), runnable -> {
                    Thread thread = new Thread(runnable, "ai-model");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Whether the AI is switched on in the configuration ({@code agora.ai.enabled}). */
    public boolean switchedOn() {
        return switchedOn;
    }

    /** The model, loading it if needed; empty when switched off or it failed to load. */
    public Optional<Embedder> embedder() {
        if (!switchedOn || failure != null) {
            return Optional.empty();
        }
        Embedder loaded = embedder;
        if (loaded == null) {
            synchronized (this) {
                if (embedder == null && failure == null) {
                    load();
                }
                loaded = embedder;
            }
        }
        return Optional.ofNullable(loaded);
    }

    /** Why the model is not available, in a sentence for an admin; empty when it is loaded or not yet tried. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    public String configuredModel() {
        return configured;
    }

    /** Embeds for background work, one item at a time across the application. */
    List<float[]> embedInTurn(Embedder model, List<String> texts) {
        turn.acquireUninterruptibly();
        try {
            return model.embedAll(texts);
        } finally {
            turn.release();
        }
    }

    private void load() {
        if (!MINILM.equals(configured)) {
            failure = "The configured model \"" + configured + "\" is not one Agora knows (agora.ai.model). Known: "
                    + MINILM + ".";
            log.warn("AI features are off: {}", failure);
            return;
        }
        try {
            long started = System.nanoTime();
            Embedder loaded = new MiniLmEmbedder(threads);
            loaded.embedAll(List.of("warm up"));
            embedder = loaded;
            log.info(
                    "Loaded embedding model {} in {} ms",
                    loaded.modelName(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (Throwable e) { // native libraries failing to load throw Errors, not Exceptions
            failure = "The embedding model could not be loaded on this server: " + e
                    + ". AI features are off; everything else works.";
            log.error("AI features are off: the embedding model could not be loaded", e);
        }
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }
}
