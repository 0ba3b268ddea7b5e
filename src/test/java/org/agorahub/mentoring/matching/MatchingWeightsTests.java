package org.agorahub.mentoring.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class MatchingWeightsTests {

    @Test
    void defaultsAreTheBoundDefaultsAndAPerfectPairScoresOneHundred() {
        MatchingWeights bound = bind(Map.of());

        assertThat(bound).isEqualTo(MatchingWeights.defaults());
        assertThat(bound.coverage()
                        + bound.evidence()
                        + bound.department()
                        + bound.seniority()
                        + bound.language()
                        + bound.locationAndFormat()
                        + bound.availability()
                        + bound.text())
                .isEqualTo(100.0);
    }

    @Test
    void settingsOverrideTheDefaults() {
        MatchingWeights bound = bind(Map.of(
                "agora.mentoring.matching.location-and-format", "20",
                "agora.mentoring.matching.minimum-score", "55",
                "agora.mentoring.matching.candidates-per-mentee", "30"));

        assertThat(bound.locationAndFormat()).isEqualTo(20.0);
        assertThat(bound.minimumScore()).isEqualTo(55.0);
        assertThat(bound.candidatesPerMentee()).isEqualTo(30);
        assertThat(bound.coverage()).isEqualTo(35.0);
    }

    @Test
    void refusesNegativeWeights() {
        assertThatThrownBy(() -> new MatchingWeights(35, -1, 10, 10, 10, 10, 5, 10, 40, 10, 4, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static MatchingWeights bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("agora.mentoring.matching", MatchingWeights.class);
    }
}
