package org.agorahub.enrichment.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agorahub.enrichment.ContentEnriched;
import org.agorahub.shared.ai.AiFeature;
import org.agorahub.shared.ai.ContentText;
import org.agorahub.shared.ai.EnrichableContent;
import org.agorahub.shared.ai.Enrichments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enriches one piece of content: reads its text from the module that owns it, embeds its passages, draws a summary
 * and stores both, then announces the change so the search index takes the new vector. The model runs outside any
 * transaction; what it made is written in one short transaction, together with the announcement, so a crash leaves
 * either the old enrichment or the new one and never half of it.
 */
@Service
public class EnrichmentService {

    /** Threads shorter than this are read whole: they get no summary. */
    static final int THREAD_SUMMARY_MIN_CHARS = 1_200;

    private final Map<String, EnrichableContent> sources = new HashMap<>();
    private final AiModel model;
    private final AiSettings settings;
    private final EnrichmentStore store;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    EnrichmentService(
            List<EnrichableContent> sources,
            AiModel model,
            AiSettings settings,
            EnrichmentStore store,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager) {
        sources.forEach(source -> this.sources.put(source.kind(), source));
        this.model = model;
        this.settings = settings;
        this.store = store;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    List<EnrichableContent> sources() {
        return sources.values().stream()
                .sorted(java.util.Comparator.comparing(EnrichableContent::kind))
                .toList();
    }

    /** Whether anything would be made at all: the model is loaded and at least one feature uses what it makes. */
    boolean active() {
        return model.embedder().isPresent() && Arrays.stream(AiFeature.values()).anyMatch(settings::on);
    }

    /**
     * Brings the enrichment of one item up to date with its text. Does nothing when the text is unchanged since it
     * was last enriched with the same model.
     *
     * @return true when something was stored or forgotten
     */
    public boolean enrich(String kind, long id) {
        EnrichableContent source = sources.get(kind);
        Optional<Embedder> loaded = model.embedder();
        if (source == null || loaded.isEmpty() || !active()) {
            return false;
        }
        Optional<ContentText> found = source.text(id);
        if (found.isEmpty()) {
            return forget(kind, id);
        }
        Embedder embedder = loaded.get();
        ContentText text = found.get();
        String heading = Passages.clean(text.title() + ". " + String.join(", ", text.tags()));
        String body = Passages.clean(text.body());
        boolean summarise = summarise(kind, body);
        byte[] hash = hashOf(embedder, kind, text);
        if (store.textHash(kind, id)
                .filter(stored -> Arrays.equals(stored, hash))
                .isPresent()) {
            return false;
        }
        List<String> sentences = Passages.sentences(body);
        List<String> all = new ArrayList<>(Passages.sentences(heading));
        all.addAll(sentences);
        int limit = embedder.maxTokens() - 8;
        List<String> passages = Passages.pack(all, limit, embedder::countTokens);
        if (passages.isEmpty()) {
            return forget(kind, id);
        }
        int[] weights = passages.stream()
                .mapToInt(p -> Math.max(1, embedder.countTokens(p)))
                .toArray();
        float[] vector = Vectors.mean(model.embedInTurn(embedder, passages), weights);
        Optional<String> chosen = summarise ? Summaries.of(sentences) : Optional.empty();
        Boolean stored = transactions.execute(status -> {
            // Changes in quick succession (a thread and its first replies) are enriched by runs in parallel: only the
            // run that read the text as it is now stores what it made, so an older text never has the last word.
            // The run of the latest change always finds its own text here.
            if (!source.text(id)
                    .map(now -> Arrays.equals(hash, hashOf(embedder, kind, now)))
                    .orElse(false)) {
                return false;
            }
            store.saveVector(kind, id, embedder.modelName(), vector, passages.size(), hash);
            chosen.ifPresentOrElse(s -> store.saveSummary(kind, id, s), () -> store.deleteSummary(kind, id));
            events.publishEvent(new ContentEnriched(kind, id));
            return true;
        });
        return Boolean.TRUE.equals(stored);
    }

    private boolean summarise(String kind, String cleanBody) {
        return settings.on(AiFeature.SUMMARIES)
                && !(Enrichments.KIND_THREAD.equals(kind) && cleanBody.length() < THREAD_SUMMARY_MIN_CHARS);
    }

    /** The hash {@link #enrich} keeps of the text it embedded. */
    private byte[] hashOf(Embedder embedder, String kind, ContentText text) {
        String heading = Passages.clean(text.title() + ". " + String.join(", ", text.tags()));
        String body = Passages.clean(text.body());
        return hash(embedder.modelName(), String.valueOf(summarise(kind, body)), heading, body);
    }

    /** Forgets an item that is gone (or no longer enriched). */
    public boolean forget(String kind, long id) {
        Boolean forgotten = transactions.execute(status -> {
            boolean any = store.forget(kind, id);
            if (any) {
                events.publishEvent(new ContentEnriched(kind, id));
            }
            return any;
        });
        return Boolean.TRUE.equals(forgotten);
    }

    private static byte[] hash(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
