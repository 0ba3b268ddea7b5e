package org.agorahub.mentoring.matching;

/** Told how far a round has got, so a page can show progress while it runs. */
@FunctionalInterface
public interface MatchingProgress {

    MatchingProgress NONE = (stage, done, total) -> {};

    /**
     * @param stage what the round is doing, in a few plain words ("Scoring pairs", "Finding the best assignment")
     * @param done how much of the stage is done
     * @param total how much the stage has in all
     */
    void update(String stage, int done, int total);
}
