package org.agorahub.mentoring.matching;

import static org.agorahub.mentoring.matching.Pools.OPEN;
import static org.agorahub.mentoring.matching.Pools.mentee;
import static org.agorahub.mentoring.matching.Pools.mentor;
import static org.agorahub.mentoring.matching.Pools.offers;
import static org.agorahub.mentoring.matching.Pools.wants;
import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Goals and "can help with" compared by meaning with the real on-premises model, not by shared words. */
class PairScorerMeaningTests {

    static TextMeaning model;

    @BeforeAll
    static void loadTheModel() {
        AllMiniLmL6V2QuantizedEmbeddingModel embeddings = new AllMiniLmL6V2QuantizedEmbeddingModel();
        model = text -> Optional.of(embeddings.embed(text).content().vector());
    }

    private static final Mentee MENTEE = mentee(1, "Ann")
            .wants(wants(10, "commercial", 1))
            .goals("I want to get better at haggling over prices when we buy from vendors")
            .build();
    private static final Mentor NEGOTIATOR = mentor(1, "Bob")
            .offers(offers(10, "commercial", 4))
            .canHelpWith("Supplier negotiations, procurement deals and contract pricing")
            .build();
    private static final Mentor GARDENER = mentor(2, "Cy")
            .offers(offers(10, "commercial", 4))
            .canHelpWith("Growing vegetables on an allotment and keeping bees")
            .build();

    @Test
    void byWordsNeitherMentorSharesAWordWithTheGoalsSoTheyTie() {
        PairScorer words = new PairScorer(MatchingWeights.defaults(), OPEN, Set.of());

        assertThat(words.score(MENTEE, NEGOTIATOR).score())
                .isEqualTo(words.score(MENTEE, GARDENER).score());
    }

    @Test
    void byMeaningTheMentorWhoseHelpMeansWhatTheGoalsAskForScoresHigherAndSaysWhy() {
        PairScorer meaning = new PairScorer(MatchingWeights.defaults(), OPEN, Set.of(), model);

        PairScore negotiator = meaning.score(MENTEE, NEGOTIATOR);
        PairScore gardener = meaning.score(MENTEE, GARDENER);

        assertThat(negotiator.score()).isGreaterThan(gardener.score() + 3);
        assertThat(negotiator.reasons()).contains("Goals close in meaning to what the mentor can help with");
        assertThat(gardener.reasons()).noneMatch(reason -> reason.startsWith("Goals"));
    }

    @Test
    void withoutMeaningForOneOfTheTextsThePairFallsBackToSharedWords() {
        PairScorer partial = new PairScorer(
                MatchingWeights.defaults(),
                OPEN,
                Set.of(),
                text -> text.contains("allotment") ? Optional.empty() : model.vector(text));
        PairScorer words = new PairScorer(MatchingWeights.defaults(), OPEN, Set.of());

        assertThat(partial.score(MENTEE, GARDENER).score())
                .isEqualTo(words.score(MENTEE, GARDENER).score());
    }
}
