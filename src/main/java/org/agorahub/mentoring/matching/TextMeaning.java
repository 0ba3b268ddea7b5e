package org.agorahub.mentoring.matching;

import java.util.Optional;

/**
 * The meaning of a free text as a unit vector, for comparing a mentee's goals with what a mentor can help with when
 * they use different words. {@link #NONE} when meaning is not available: pairs are then compared by shared words.
 */
@FunctionalInterface
public interface TextMeaning {

    TextMeaning NONE = text -> Optional.empty();

    Optional<float[]> vector(String text);
}
