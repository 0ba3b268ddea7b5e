package org.agorahub.mentoring.matching;

import java.util.List;

/**
 * One mentee–mentor pair as a round sees it: either ruled out by a hard constraint, or a score from 0 to 100 (with
 * the default weights) and why, in plain sentences.
 *
 * @param score the score, 0 when ruled out
 * @param infeasibility what rules the pair out, null when it could be proposed
 * @param reasons why the pair scores what it does; when ruled out, the one sentence saying why
 */
public record PairScore(double score, Infeasibility infeasibility, List<String> reasons) {

    public boolean feasible() {
        return infeasibility == null;
    }
}
