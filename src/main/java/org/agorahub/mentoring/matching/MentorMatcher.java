package org.agorahub.mentoring.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm.MinimumCostFlow;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Runs a matching round: scores every pair that could work ({@link PairScorer}), then finds the assignment with the
 * highest total score over the whole pool at once, as a minimum-cost flow (JGraphT's
 * {@link CapacityScalingMinimumCostFlow}): each mentee sends one unit either through a mentor, at a cost of the most a
 * pair can score minus the pair's score, or past all mentors at the cost of the most a pair can score; each mentor
 * passes on at most {@code min(capacity, maxMenteesPerMentor)} units. The cheapest flow is then the assignment with the
 * highest total. Pairs below the minimum score are never candidates, so a mentee stays unmatched rather than get a
 * poor pair. Scores are whole hundredths, so the solver works on exact whole numbers.
 *
 * <p>Only mentors who offer at least one of a mentee's requested skills are looked at for that mentee (any other pair
 * is ruled out anyway). With {@link MatchingWeights#candidatesPerMentee()} above 0, each mentee keeps only their best
 * so many mentors, which is faster for large rounds and may cost a little of the total. Mentees and mentors are taken
 * in order of request and offer id, so the same pool gives the same result whatever order it comes in.
 */
@Component
@EnableConfigurationProperties(MatchingWeights.class)
public class MentorMatcher {

    static final String SCORING = "Scoring pairs";
    static final String SOLVING = "Finding the best assignment";

    private static final int PROGRESS_EVERY = 100;
    /** Scores are whole hundredths: a pair's cost is this minus its score in hundredths. */
    private static final long MAX_POINTS = 100_00;

    private final MatchingWeights weights;
    private final TextMeaning meaning;

    public MentorMatcher(MatchingWeights weights) {
        this(weights, TextMeaning.NONE);
    }

    @org.springframework.beans.factory.annotation.Autowired
    public MentorMatcher(MatchingWeights weights, TextMeaning meaning) {
        this.weights = weights;
        this.meaning = meaning;
    }

    /** A scorer for one round or one pair, comparing texts by meaning when that is available. */
    public PairScorer scorer(MatchingRules rules, Set<PastPair> pastPairs) {
        return new PairScorer(weights, rules, pastPairs, meaning);
    }

    /**
     * Pairs the mentees with the mentors so that the total score is as high as it can be under the hard constraints.
     *
     * @param pastPairs pairs already proposed in the programme, never proposed again
     * @param progress told how far the round has got
     * @return the pairs and the unmatched mentees with why, each sorted by mentee name then request id
     */
    public MatchResult match(
            List<Mentee> mentees,
            List<Mentor> mentors,
            MatchingRules rules,
            Set<PastPair> pastPairs,
            MatchingProgress progress) {
        MatchingProgress report = progress == null ? MatchingProgress.NONE : progress;
        List<Mentee> pool = mentees.stream()
                .sorted(Comparator.comparingLong(Mentee::requestId))
                .toList();
        List<Mentor> offers = mentors.stream()
                .sorted(Comparator.comparingLong(Mentor::offerId))
                .filter(mentor -> places(mentor, rules) > 0)
                .toList();
        PairScorer scorer = scorer(rules, pastPairs);

        Outlook[] outlooks = score(pool, offers, scorer, report);

        report.update(SOLVING, 0, 1);
        int[] assigned = solve(outlooks, offers, rules, pool.size());
        report.update(SOLVING, 1, 1);

        List<ProposedPair> pairs = new ArrayList<>();
        List<Unmatched> unmatched = new ArrayList<>();
        long totalPoints = 0;
        for (int i = 0; i < pool.size(); i++) {
            Mentee mentee = pool.get(i);
            if (assigned[i] >= 0) {
                Mentor mentor = offers.get(assigned[i]);
                PairScore score = scorer.score(mentee, mentor);
                pairs.add(new ProposedPair(mentee, mentor, score.score(), score.reasons()));
                totalPoints += hundredths(score.score());
            } else {
                unmatched.add(new Unmatched(mentee, why(mentee, outlooks[i], offers.isEmpty(), rules)));
            }
        }
        Comparator<Mentee> byName = Comparator.comparing(Mentee::name, Comparator.nullsFirst(String::compareTo))
                .thenComparingLong(Mentee::requestId);
        pairs.sort(Comparator.comparing(ProposedPair::mentee, byName));
        unmatched.sort(Comparator.comparing(Unmatched::mentee, byName));
        return new MatchResult(List.copyOf(pairs), List.copyOf(unmatched), totalPoints / 100.0);
    }

    /** The mentees a mentor can take in this round. */
    private static int places(Mentor mentor, MatchingRules rules) {
        return Math.max(0, Math.min(mentor.capacity(), rules.maxMenteesPerMentor()));
    }

    private Outlook[] score(List<Mentee> pool, List<Mentor> offers, PairScorer scorer, MatchingProgress report) {
        Map<Long, List<Integer>> offering = new HashMap<>();
        for (int j = 0; j < offers.size(); j++) {
            for (OfferedSkill skill : offers.get(j).skills()) {
                List<Integer> list = offering.computeIfAbsent(skill.skillId(), id -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != j) {
                    list.add(j);
                }
            }
        }
        long minimum = hundredths(weights.minimumScore());
        int keep = weights.candidatesPerMentee();
        Outlook[] outlooks = new Outlook[pool.size()];
        int[] seen = new int[offers.size()];
        Arrays.fill(seen, -1);
        report.update(SCORING, 0, pool.size());
        for (int i = 0; i < pool.size(); i++) {
            Mentee mentee = pool.get(i);
            List<Integer> nearby = new ArrayList<>();
            for (WantedSkill wanted : mentee.skills()) {
                for (int j : offering.getOrDefault(wanted.skillId(), List.of())) {
                    if (seen[j] != i) {
                        seen[j] = i;
                        nearby.add(j);
                    }
                }
            }
            nearby.sort(null);
            Outlook outlook = new Outlook();
            List<long[]> candidates = new ArrayList<>();
            for (int j : nearby) {
                Mentor mentor = offers.get(j);
                if (!PairScorer.offersAnyAboveLevel(mentee, mentor)) {
                    continue;
                }
                Infeasibility infeasibility = scorer.infeasibility(mentee, mentor);
                if (infeasibility != null) {
                    outlook.ruledOut.merge(infeasibility, 1, Integer::sum);
                    continue;
                }
                long points = hundredths(scorer.pointsOfFeasible(mentee, mentor));
                outlook.feasible++;
                outlook.best = Math.max(outlook.best, points);
                if (points >= minimum) {
                    candidates.add(new long[] {j, points});
                }
            }
            // best first, then by offer id, so that pruning is deterministic
            candidates.sort(Comparator.<long[]>comparingLong(c -> -c[1]).thenComparingLong(c -> c[0]));
            int size = keep > 0 ? Math.min(keep, candidates.size()) : candidates.size();
            outlook.mentors = new int[size];
            outlook.points = new long[size];
            for (int k = 0; k < size; k++) {
                outlook.mentors[k] = (int) candidates.get(k)[0];
                outlook.points[k] = candidates.get(k)[1];
            }
            outlooks[i] = outlook;
            if ((i + 1) % PROGRESS_EVERY == 0 || i + 1 == pool.size()) {
                report.update(SCORING, i + 1, pool.size());
            }
        }
        return outlooks;
    }

    /** Each mentee's mentor (index into {@code offers}), or -1. */
    private static int[] solve(Outlook[] outlooks, List<Mentor> offers, MatchingRules rules, int mentees) {
        int[] assigned = new int[mentees];
        Arrays.fill(assigned, -1);
        // vertices: 0 the sink, 1 + i mentee i, 1 + mentees + j mentor j
        Graph<Integer, Arc> graph = new SimpleDirectedWeightedGraph<>(null, null);
        int sink = 0;
        graph.addVertex(sink);
        int supplied = 0;
        List<Arc> pairArcs = new ArrayList<>();
        boolean[] mentorAdded = new boolean[offers.size()];
        for (int i = 0; i < mentees; i++) {
            Outlook outlook = outlooks[i];
            if (outlook.mentors.length == 0) {
                continue;
            }
            int menteeVertex = 1 + i;
            graph.addVertex(menteeVertex);
            supplied++;
            addArc(graph, menteeVertex, sink, new Arc(i, -1, 1), MAX_POINTS);
            for (int k = 0; k < outlook.mentors.length; k++) {
                int j = outlook.mentors[k];
                int mentorVertex = 1 + mentees + j;
                if (!mentorAdded[j]) {
                    mentorAdded[j] = true;
                    graph.addVertex(mentorVertex);
                    addArc(graph, mentorVertex, sink, new Arc(-1, j, places(offers.get(j), rules)), 0);
                }
                Arc arc = new Arc(i, j, 1);
                addArc(graph, menteeVertex, mentorVertex, arc, MAX_POINTS - outlook.points[k]);
                pairArcs.add(arc);
            }
        }
        if (supplied == 0) {
            return assigned;
        }
        int demand = supplied;
        MinimumCostFlowProblem<Integer, Arc> problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
                graph, vertex -> vertex == sink ? -demand : vertex <= mentees ? 1 : 0, arc -> arc.capacity);
        MinimumCostFlow<Arc> flow = new CapacityScalingMinimumCostFlow<Integer, Arc>().getMinimumCostFlow(problem);
        for (Arc arc : pairArcs) {
            if (flow.getFlow(arc) > 0.5) {
                assigned[arc.mentee] = arc.mentor;
            }
        }
        return assigned;
    }

    private static void addArc(Graph<Integer, Arc> graph, int from, int to, Arc arc, double cost) {
        graph.addEdge(from, to, arc);
        graph.setEdgeWeight(arc, cost);
    }

    /** Why a mentee stayed unmatched, told to them. */
    private String why(Mentee mentee, Outlook outlook, boolean noMentors, MatchingRules rules) {
        if (rules.maxMenteesPerMentor() < 1) {
            return "This programme allows no mentees per mentor";
        }
        if (noMentors) {
            return "No mentor has a place in this round";
        }
        // every mentor tallied offers a requested skill above the mentee's level
        int offering = outlook.feasible
                + outlook.ruledOut.values().stream().mapToInt(Integer::intValue).sum();
        if (offering == 0) {
            return "No mentor offers " + PairScorer.or(skillNames(mentee)) + " above your level";
        }
        if (outlook.feasible == 0) {
            return ruledOut(mentee, outlook, offering, rules);
        }
        if (outlook.best < hundredths(weights.minimumScore())) {
            return "The best possible pair scored " + number(outlook.best / 100.0)
                    + ", below the programme's minimum of " + number(weights.minimumScore());
        }
        return "The mentors who suit you best were all full";
    }

    private static String ruledOut(Mentee mentee, Outlook outlook, int offering, MatchingRules rules) {
        String these = mentee.skills().size() == 1 ? "this skill" : "these skills";
        Map<Infeasibility, Integer> counts = outlook.ruledOut;
        if (counts.size() == 1) {
            Infeasibility only = counts.keySet().iterator().next();
            switch (only) {
                case SELF:
                    return "The only mentor who offers " + these + " is you";
                case EXCLUDED:
                    return "Every mentor who offers " + these + " is someone you asked not to be paired with";
                case PAST_PAIR:
                    return "Every mentor who offers " + these + " was paired with you before in this programme";
                case SAME_DEPARTMENT:
                    return "Every mentor who offers " + these
                            + " is in your department, and this programme pairs across departments only";
                case NOT_SENIOR_ENOUGH:
                    if (mentee.grade() == null) {
                        return "Your grade is not recorded, so this programme's rule that mentors be at least "
                                + PairScorer.grades(rules.minGradeGap()) + " more senior cannot be checked";
                    }
                    return "No mentor offering " + these + " is at least " + PairScorer.grades(rules.minGradeGap())
                            + " more senior";
                default:
                    break;
            }
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((infeasibility, count) -> parts.add(part(infeasibility, count, mentee, rules)));
        return "Of the " + offering + " mentors who offer " + these + ", " + PairScorer.and(parts);
    }

    private static String part(Infeasibility infeasibility, int count, Mentee mentee, MatchingRules rules) {
        String is = count == 1 ? " is" : " are";
        return switch (infeasibility) {
            case SELF -> count + " is you";
            case EXCLUDED -> count + is + " someone you asked not to be paired with";
            case PAST_PAIR -> count + (count == 1 ? " was" : " were") + " paired with you before in this programme";
            case SAME_DEPARTMENT -> count + is + " in your department (this programme pairs across departments only)";
            case NOT_SENIOR_ENOUGH ->
                mentee.grade() == null
                        ? count + " cannot be shown to be " + PairScorer.grades(rules.minGradeGap())
                                + " more senior (your grade is not recorded)"
                        : count + is + " not at least " + PairScorer.grades(rules.minGradeGap()) + " more senior";
            case NO_SKILL_ABOVE_LEVEL -> count + " offer nothing above your level";
        };
    }

    private static List<String> skillNames(Mentee mentee) {
        Collection<String> names = new LinkedHashSet<>();
        mentee.skills().forEach(skill -> names.add(skill.name()));
        return List.copyOf(names);
    }

    private static long hundredths(double score) {
        return Math.round(score * 100);
    }

    private static String number(double value) {
        return value == Math.rint(value)
                ? String.valueOf((long) value)
                : String.valueOf(Math.round(value * 100) / 100.0);
    }

    /** What scoring found for one mentee: the candidates kept, and what ruled out the rest. */
    private static final class Outlook {
        int[] mentors;
        long[] points;
        int feasible;
        long best = -1;
        final Map<Infeasibility, Integer> ruledOut = new EnumMap<>(Infeasibility.class);
    }

    /** An arc of the flow network: a mentee's choice of mentor, a mentee's way past all mentors, or a mentor's places. */
    private static final class Arc extends DefaultWeightedEdge {
        final int mentee;
        final int mentor;
        final int capacity;

        Arc(int mentee, int mentor, int capacity) {
            this.mentee = mentee;
            this.mentor = mentor;
            this.capacity = capacity;
        }
    }
}
