package org.agorahub.mentoring.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The matcher's total against every possible assignment, on many small random pools. */
class MentorMatcherOptimalityTests {

    private static final int INSTANCES = 400;

    @Test
    void totalIsTheBestOfEveryPossibleAssignment() {
        MatchingWeights weights = MatchingWeights.defaults().withMinimumScore(45);
        MentorMatcher matcher = new MentorMatcher(weights);
        int matchedSomewhere = 0;
        int leftSomeoneOut = 0;
        for (int seed = 0; seed < INSTANCES; seed++) {
            Random random = new Random(seed);
            List<Mentee> mentees = RandomPools.mentees(random, 1 + random.nextInt(6));
            List<Mentor> mentors = RandomPools.mentors(random, 1 + random.nextInt(3), 2);
            MatchingRules rules = new MatchingRules(
                    CrossDepartment.values()[random.nextInt(3)],
                    random.nextBoolean() ? null : random.nextInt(3),
                    1 + random.nextInt(2));
            Set<PastPair> past = new HashSet<>();
            if (random.nextBoolean()) {
                past.add(new PastPair(mentees.get(0).personId(), mentors.get(0).personId()));
            }
            PairScorer scorer = new PairScorer(weights, rules, past);
            double[][] points = new double[mentees.size()][mentors.size()];
            for (int i = 0; i < mentees.size(); i++) {
                for (int j = 0; j < mentors.size(); j++) {
                    double score = scorer.points(mentees.get(i), mentors.get(j));
                    points[i][j] = score >= weights.minimumScore() ? score : PairScorer.INFEASIBLE;
                }
            }
            int[] places = mentors.stream()
                    .mapToInt(mentor -> Math.min(mentor.capacity(), rules.maxMenteesPerMentor()))
                    .toArray();

            MatchResult result = matcher.match(mentees, mentors, rules, past, null);

            double best = best(points, places, 0);
            assertThat(result.totalScore()).as("seed %d", seed).isEqualTo(best, offset(1e-6));
            assertThat(result.pairs().size() + result.unmatched().size()).isEqualTo(mentees.size());
            Map<Long, Integer> taken = new HashMap<>();
            for (ProposedPair pair : result.pairs()) {
                int i = mentees.indexOf(pair.mentee());
                int j = mentors.indexOf(pair.mentor());
                assertThat(points[i][j]).as("seed %d", seed).isEqualTo(pair.score());
                taken.merge(pair.mentor().offerId(), 1, Integer::sum);
                assertThat(taken.get(pair.mentor().offerId())).isLessThanOrEqualTo(places[j]);
            }
            matchedSomewhere += result.pairs().isEmpty() ? 0 : 1;
            leftSomeoneOut += result.unmatched().isEmpty() ? 0 : 1;
        }
        // the instances are varied enough to test something
        assertThat(matchedSomewhere).isGreaterThan(INSTANCES / 2);
        assertThat(leftSomeoneOut).isGreaterThan(INSTANCES / 4);
    }

    /** The best total for mentees from {@code i} on, trying every mentor with a place, and nobody. */
    private static double best(double[][] points, int[] places, int i) {
        if (i == points.length) {
            return 0;
        }
        double best = best(points, places, i + 1);
        for (int j = 0; j < places.length; j++) {
            if (points[i][j] >= 0 && places[j] > 0) {
                places[j]--;
                best = Math.max(best, points[i][j] + best(points, places, i + 1));
                places[j]++;
            }
        }
        return best;
    }
}
