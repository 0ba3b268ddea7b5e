package org.agorahub.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.agorahub.mentoring.matching.CrossDepartment;
import org.agorahub.mentoring.matching.MatchResult;
import org.agorahub.mentoring.matching.MatchingRules;
import org.agorahub.mentoring.matching.MatchingWeights;
import org.agorahub.mentoring.matching.MeetingFormat;
import org.agorahub.mentoring.matching.Mentee;
import org.agorahub.mentoring.matching.Mentor;
import org.agorahub.mentoring.matching.MentorMatcher;
import org.agorahub.mentoring.matching.OfferedSkill;
import org.agorahub.mentoring.matching.PairScorer;
import org.agorahub.mentoring.matching.PastPair;
import org.agorahub.mentoring.matching.Unmatched;
import org.agorahub.mentoring.matching.WantedSkill;

/**
 * Matching-round benchmark ({@code bench/mentoring-matching.sh [mentees] [mentors]}): a synthetic pool (fixed seed;
 * 500 skills in 40 topics, 20 departments, grades 1–10, six locations, mostly English with some Welsh, French and
 * Polish, capacities 1–3, some exclusions and past pairs), matched by {@link MentorMatcher} with the default weights.
 * It prints the time to score the pairs and to find the optimal assignment, the pairs and the total score, and in the
 * same run a greedy baseline (every feasible pair at or above the minimum score, best first, taken when both sides are
 * still free) with its time and total. Then it compares the optimum with each mentee's candidates pruned to the best
 * k against the unpruned optimum on the same pool.
 *
 * <p>Not a test: the name does not end in {@code Tests}, so the build never runs it. It needs no database.
 */
public final class MentoringMatchingBenchmark {

    private static final long SEED = 20261206L;
    private static final int SKILLS = 500;
    private static final int TOPICS = 40;
    private static final int DEPARTMENTS = 20;
    private static final int WORDS_PER_TOPIC = 30;
    private static final int[] PRUNING = {10, 20, 40};
    private static final String[] LOCATIONS = {"Cardiff", "Leeds", "London", "Glasgow", "Belfast", "Newcastle"};
    private static final String[] COMMON_WORDS = {
        "confidence",
        "leadership",
        "career",
        "team",
        "stakeholders",
        "planning",
        "writing",
        "presenting",
        "policy",
        "delivery"
    };
    private static final MatchingRules RULES = new MatchingRules(CrossDepartment.PREFERRED, 1, 3);

    private MentoringMatchingBenchmark() {}

    public static void main(String[] args) {
        int mentees = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int mentors = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        MatchingWeights weights = MatchingWeights.defaults();

        // warm-up on a pool of the same size with another seed, so the measured runs do not pay for class loading and
        // compilation
        Pool warmUp = Pool.generate(new Random(SEED + 1), mentees, mentors);
        new MentorMatcher(weights).match(warmUp.mentees, warmUp.mentors, RULES, warmUp.pastPairs, null);
        greedy(warmUp, weights);

        Pool pool = Pool.generate(new Random(SEED), mentees, mentors);
        System.out.printf(
                Locale.ROOT,
                "Pool: %,d mentees, %,d mentors (%,d places), %,d past pairs; rules %s, at least %d grade(s) more senior,"
                        + " at most %d mentees a mentor; minimum score %.0f%n",
                pool.mentees.size(),
                pool.mentors.size(),
                pool.mentors.stream().mapToInt(Mentor::capacity).sum(),
                pool.pastPairs.size(),
                RULES.crossDepartment(),
                RULES.minGradeGap(),
                RULES.maxMenteesPerMentor(),
                weights.minimumScore());

        Timed optimal = optimal(pool, weights);
        Greedy greedy = greedy(pool, weights);
        System.out.printf(
                Locale.ROOT,
                "Pairs scored: %,d of %,d (mentors offering at least one requested skill; the others are ruled out"
                        + " unscored); %,d feasible and at or above the minimum%n",
                greedy.examined,
                (long) pool.mentees.size() * pool.mentors.size(),
                greedy.candidates);
        System.out.println();
        System.out.println("| assignment | candidates per mentee | candidate pairs (≥ minimum) | score s | solve s |"
                + " total s | pairs | unmatched | total score | mean pair score |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        row("Optimal (MentorMatcher, min-cost flow)", "all", greedy.candidates, optimal);
        System.out.printf(
                Locale.ROOT,
                "| Greedy baseline (best pair first) | all | %,d | %.2f | %.2f | %.2f | %,d | %,d | %.2f | %.2f |%n",
                greedy.candidates,
                greedy.scoreSeconds,
                greedy.assignSeconds,
                greedy.scoreSeconds + greedy.assignSeconds,
                greedy.pairs,
                pool.mentees.size() - greedy.pairs,
                greedy.total,
                greedy.pairs == 0 ? 0 : greedy.total / greedy.pairs);
        System.out.printf(
                Locale.ROOT,
                "%nOptimal / greedy total score: %.4f (%+.2f%%); pairs %,d vs %,d%n",
                optimal.result.totalScore() / greedy.total,
                100 * (optimal.result.totalScore() / greedy.total - 1),
                optimal.result.pairs().size(),
                greedy.pairs);
        reasons(optimal.result);

        // pruning: the same pool, each mentee keeping only their best k candidates
        System.out.println();
        System.out.println("| candidates per mentee | score s | solve s | total s | pairs | total score |"
                + " share of the unpruned optimum |");
        System.out.println("|---|---|---|---|---|---|---|");
        pruned("all", optimal, optimal.result.totalScore());
        for (int k : PRUNING) {
            pruned(String.valueOf(k), optimal(pool, weights.withCandidatesPerMentee(k)), optimal.result.totalScore());
        }
    }

    private static Timed optimal(Pool pool, MatchingWeights weights) {
        long[] solvingStarted = new long[2];
        long start = System.nanoTime();
        MatchResult result = new MentorMatcher(weights)
                .match(pool.mentees, pool.mentors, RULES, pool.pastPairs, (stage, done, total) -> {
                    if (!stage.startsWith("Scoring")) {
                        solvingStarted[done == 0 ? 0 : 1] = System.nanoTime();
                    }
                });
        long end = System.nanoTime();
        return new Timed(
                result,
                (solvingStarted[0] - start) / 1e9,
                (solvingStarted[1] - solvingStarted[0]) / 1e9,
                (end - start) / 1e9);
    }

    private static void row(String name, String candidates, long pairs, Timed timed) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %s | %,d | %.2f | %.2f | %.2f | %,d | %,d | %.2f | %.2f |%n",
                name,
                candidates,
                pairs,
                timed.scoreSeconds,
                timed.solveSeconds,
                timed.totalSeconds,
                timed.result.pairs().size(),
                timed.result.unmatched().size(),
                timed.result.totalScore(),
                timed.result.pairs().isEmpty()
                        ? 0
                        : timed.result.totalScore() / timed.result.pairs().size());
    }

    private static void pruned(String k, Timed timed, double unpruned) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %.2f | %.2f | %.2f | %,d | %.2f | %.4f |%n",
                k,
                timed.scoreSeconds,
                timed.solveSeconds,
                timed.totalSeconds,
                timed.result.pairs().size(),
                timed.result.totalScore(),
                timed.result.totalScore() / unpruned);
    }

    /** Why mentees stayed unmatched, by the kind of reason (the sentence up to its first name or number). */
    private static void reasons(MatchResult result) {
        Map<String, Integer> kinds = new TreeMap<>();
        for (Unmatched unmatched : result.unmatched()) {
            String reason = unmatched.reason();
            String kind = reason.startsWith("No mentor offers ")
                    ? "No mentor offers … above your level"
                    : reason.startsWith("The best possible pair scored")
                            ? "The best possible pair scored … below the programme's minimum"
                            : reason.startsWith("Of the ") ? "Of the N mentors who offer … (mixed rules)" : reason;
            kinds.merge(kind, 1, Integer::sum);
        }
        System.out.println();
        System.out.println("| why unmatched (optimal) | mentees |");
        System.out.println("|---|---|");
        kinds.forEach((kind, count) -> System.out.printf(Locale.ROOT, "| %s | %,d |%n", kind, count));
    }

    /** Every feasible pair at or above the minimum, best first (ties by request and offer id), taken while both are free. */
    private static Greedy greedy(Pool pool, MatchingWeights weights) {
        long start = System.nanoTime();
        PairScorer scorer = new PairScorer(weights, RULES, pool.pastPairs);
        Map<Long, List<Integer>> offering = new HashMap<>();
        for (int j = 0; j < pool.mentors.size(); j++) {
            for (OfferedSkill skill : pool.mentors.get(j).skills()) {
                offering.computeIfAbsent(skill.skillId(), id -> new ArrayList<>())
                        .add(j);
            }
        }
        List<long[]> pairs = new ArrayList<>();
        long examined = 0;
        for (int i = 0; i < pool.mentees.size(); i++) {
            Mentee mentee = pool.mentees.get(i);
            Set<Integer> nearby = new HashSet<>();
            for (WantedSkill wanted : mentee.skills()) {
                nearby.addAll(offering.getOrDefault(wanted.skillId(), List.of()));
            }
            examined += nearby.size();
            for (int j : nearby) {
                double points = scorer.points(mentee, pool.mentors.get(j));
                if (points >= weights.minimumScore()) {
                    pairs.add(new long[] {Math.round(points * 100), i, j});
                }
            }
        }
        long scored = System.nanoTime();
        pairs.sort(Comparator.<long[]>comparingLong(p -> -p[0])
                .thenComparingLong(p -> pool.mentees.get((int) p[1]).requestId())
                .thenComparingLong(p -> pool.mentors.get((int) p[2]).offerId()));
        boolean[] matched = new boolean[pool.mentees.size()];
        int[] places = pool.mentors.stream()
                .mapToInt(mentor -> Math.min(mentor.capacity(), RULES.maxMenteesPerMentor()))
                .toArray();
        long total = 0;
        int count = 0;
        for (long[] pair : pairs) {
            int i = (int) pair[1];
            int j = (int) pair[2];
            if (!matched[i] && places[j] > 0) {
                matched[i] = true;
                places[j]--;
                total += pair[0];
                count++;
            }
        }
        long end = System.nanoTime();
        return new Greedy(examined, pairs.size(), count, total / 100.0, (scored - start) / 1e9, (end - scored) / 1e9);
    }

    private record Timed(MatchResult result, double scoreSeconds, double solveSeconds, double totalSeconds) {}

    private record Greedy(
            long examined, long candidates, int pairs, double total, double scoreSeconds, double assignSeconds) {}

    /** A synthetic round: people with skills of a topic or two, words of those topics, and the usual preferences. */
    private record Pool(List<Mentee> mentees, List<Mentor> mentors, Set<PastPair> pastPairs) {

        static Pool generate(Random random, int menteeCount, int mentorCount) {
            String[] skillNames = new String[SKILLS];
            for (int s = 0; s < SKILLS; s++) {
                skillNames[s] = "skill " + s + " of topic " + topic(s);
            }
            List<Mentor> mentors = new ArrayList<>();
            Map<Integer, List<Mentor>> mentorsByTopic = new HashMap<>();
            for (int j = 0; j < mentorCount; j++) {
                int topic = random.nextInt(TOPICS);
                List<OfferedSkill> skills = new ArrayList<>();
                for (int s : skillsOf(random, topic, 2 + random.nextInt(5))) {
                    boolean evidence = random.nextInt(2) == 0;
                    int answers = 1 + random.nextInt(12);
                    skills.add(new OfferedSkill(
                            s,
                            skillNames[s],
                            2 + random.nextInt(3),
                            evidence ? answers * 3 : 0,
                            evidence ? answers + (answers == 1 ? " accepted answer" : " accepted answers") : ""));
                }
                if (random.nextInt(10) < 3) {
                    int s = skillsOf(random, random.nextInt(TOPICS), 1).get(0);
                    if (skills.stream().noneMatch(offered -> offered.skillId() == s)) {
                        skills.add(new OfferedSkill(s, skillNames[s], 2 + random.nextInt(3), 0, ""));
                    }
                }
                Set<String> languages = new LinkedHashSet<>(List.of("English"));
                if (random.nextInt(100) < 12) {
                    languages.add("Welsh");
                }
                if (random.nextInt(100) < 4) {
                    languages.add("French");
                }
                if (random.nextInt(100) < 4) {
                    languages.add("Polish");
                }
                // one mentor in twenty is also a mentee in the round (person ids below menteeCount)
                long person = random.nextInt(20) == 0 ? random.nextInt(Math.max(1, menteeCount)) : 1_000_000L + j;
                Mentor mentor = new Mentor(
                        10_000_000L + j,
                        person,
                        "Mentor " + j,
                        random.nextInt(DEPARTMENTS),
                        random.nextInt(20) == 0 ? null : 3 + random.nextInt(8),
                        location(random),
                        format(random),
                        languages,
                        1 + random.nextInt(3),
                        1 + random.nextInt(8),
                        skills,
                        text(random, topic, 5 + random.nextInt(11)));
                mentors.add(mentor);
                mentorsByTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(mentor);
            }
            List<Mentee> mentees = new ArrayList<>();
            Set<PastPair> pastPairs = new HashSet<>();
            for (int i = 0; i < menteeCount; i++) {
                int topic = random.nextInt(TOPICS);
                List<WantedSkill> skills = new ArrayList<>();
                List<Integer> wanted = skillsOf(random, topic, 1 + random.nextInt(4));
                if (wanted.size() > 1 && random.nextInt(4) == 0) {
                    int other = skillsOf(random, random.nextInt(TOPICS), 1).get(0);
                    if (!wanted.contains(other)) {
                        wanted.set(wanted.size() - 1, other);
                    }
                }
                for (int s : wanted) {
                    skills.add(new WantedSkill(s, skillNames[s], random.nextInt(3)));
                }
                int roll = random.nextInt(100);
                String language = roll < 70
                        ? null
                        : roll < 88 ? "English" : roll < 95 ? "Welsh" : roll < 98 ? "French" : "Polish";
                List<Mentor> sameTopic = mentorsByTopic.getOrDefault(topic, List.of());
                Set<Long> excluded = new HashSet<>();
                if (!sameTopic.isEmpty() && random.nextInt(10) == 0) {
                    excluded.add(sameTopic.get(random.nextInt(sameTopic.size())).personId());
                }
                if (!sameTopic.isEmpty() && random.nextInt(10) == 0) {
                    pastPairs.add(new PastPair(
                            i, sameTopic.get(random.nextInt(sameTopic.size())).personId()));
                }
                mentees.add(new Mentee(
                        20_000_000L + i,
                        i,
                        "Mentee " + i,
                        random.nextInt(DEPARTMENTS),
                        random.nextInt(20) == 0 ? null : 1 + random.nextInt(7),
                        location(random),
                        format(random),
                        language,
                        random.nextInt(10) < 3,
                        random.nextInt(10) < 2,
                        skills,
                        text(random, topic, 4 + random.nextInt(9)),
                        excluded));
            }
            return new Pool(mentees, mentors, pastPairs);
        }

        private static int topic(int skill) {
            return skill * TOPICS / SKILLS;
        }

        /** Distinct skills of a topic (skills 0–499 split evenly into 40 topics of 12 or 13). */
        private static List<Integer> skillsOf(Random random, int topic, int count) {
            int first = (topic * SKILLS + TOPICS - 1) / TOPICS;
            int end = ((topic + 1) * SKILLS + TOPICS - 1) / TOPICS;
            List<Integer> all = new ArrayList<>();
            for (int s = first; s < end; s++) {
                all.add(s);
            }
            java.util.Collections.shuffle(all, random);
            return new ArrayList<>(all.subList(0, Math.min(count, all.size())));
        }

        private static String location(Random random) {
            return random.nextInt(20) == 0 ? null : LOCATIONS[random.nextInt(LOCATIONS.length)];
        }

        private static MeetingFormat format(Random random) {
            int roll = random.nextInt(10);
            return roll < 4 ? MeetingFormat.REMOTE : roll < 6 ? MeetingFormat.IN_PERSON : MeetingFormat.EITHER;
        }

        /** Words mostly of the topic, some common ones, joined with stop words so the tokenizer has work to do. */
        private static String text(Random random, int topic, int words) {
            StringBuilder text = new StringBuilder("I would like to work on");
            for (int k = 0; k < words; k++) {
                text.append(random.nextInt(3) == 0 ? " and the " : " ");
                if (random.nextInt(4) == 0) {
                    text.append(COMMON_WORDS[random.nextInt(COMMON_WORDS.length)]);
                } else {
                    text.append("topic").append(topic).append("word").append(random.nextInt(WORDS_PER_TOPIC));
                }
            }
            return text.toString();
        }
    }
}
