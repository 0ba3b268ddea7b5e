package org.agorahub.enrichment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agorahub.shared.ai.Enrichments;
import org.junit.jupiter.api.Test;

/** The real model, loaded in-process; and what happens when it cannot be. */
class AiModelTests {

    @Test
    void textsAboutTheSameThingAreCloserThanTextsAboutDifferentThings() {
        AiModel model = new AiModel(true, AiModel.MINILM);
        Embedder embedder = model.embedder().orElseThrow();

        List<float[]> vectors = embedder.embedAll(List.of(
                "How do I claim travel expenses after a site visit?",
                "Reimbursement of costs for business trips",
                "Tree preservation orders in conservation areas"));

        assertThat(vectors).allSatisfy(v -> assertThat(v).hasSize(Enrichments.DIMENSIONS));
        double related = Enrichments.similarity(vectors.get(0), vectors.get(1));
        double unrelated = Enrichments.similarity(vectors.get(0), vectors.get(2));
        assertThat(related).isGreaterThan(unrelated + 0.1);
        model.destroy();
    }

    @Test
    void aModelThatCannotBeLoadedSwitchesTheFeaturesOffWithAReasonForTheAdmin() {
        AiModel model = new AiModel(true, "a-model-that-is-not-there");

        assertThat(model.embedder()).isEmpty();
        assertThat(model.failure()).get().asString().contains("a-model-that-is-not-there");
        EnrichmentFacade facade = new EnrichmentFacade(model, null, null);
        assertThat(facade.embed("anything")).isEmpty();
        model.destroy();
    }

    @Test
    void switchedOffInTheConfigurationMeansNoModelAndNoFailure() {
        AiModel model = new AiModel(false, AiModel.MINILM);

        assertThat(model.embedder()).isEmpty();
        assertThat(model.failure()).isEmpty();
        model.destroy();
    }

    @Test
    void summariesAreTheAuthorsOwnMostCentralSentencesInTheirOrder() {
        List<String> sentences = Passages.sentences(Passages.clean("""
                The council will resurface the ring road between March and June. \
                Resurfacing the ring road will close one lane at a time overnight. \
                My cat enjoys sleeping on the warm bonnet of my car. \
                Diversions for the ring road works are signed from every junction. \
                Buses keep their stops while the ring road is resurfaced. \
                The canteen serves soup on Fridays."""));

        String summary = Summaries.of(sentences).orElseThrow();

        assertThat(summary).contains("ring road").doesNotContain("cat").doesNotContain("canteen");
        assertThat(sentences).anySatisfy(s -> assertThat(summary).startsWith(s));
        assertThat(Summaries.of(sentences.subList(0, 3))).isEmpty();
    }
}
