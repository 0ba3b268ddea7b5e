package org.agorahub.mentoring.matching;

import static org.agorahub.mentoring.matching.Pools.OPEN;
import static org.agorahub.mentoring.matching.Pools.mentee;
import static org.agorahub.mentoring.matching.Pools.mentor;
import static org.agorahub.mentoring.matching.Pools.offers;
import static org.agorahub.mentoring.matching.Pools.wants;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MentorMatcherTests {

    private final MentorMatcher matcher = new MentorMatcher(MatchingWeights.defaults());

    @Test
    void findsTheBetterTotalWhereTakingTheBestPairFirstWouldNot() {
        Mentee ann = mentee(1, "Ann").wants(wants(10, "procurement", 1)).build();
        Mentee bea = mentee(2, "Bea").wants(wants(11, "contract law", 1)).build();
        Mentor expert = mentor(1, "Expert")
                .offers(offers(10, "procurement", 4, 20, "7 accepted answers"), offers(11, "contract law", 4))
                .build();
        Mentor practitioner =
                mentor(2, "Practitioner").offers(offers(10, "procurement", 2)).build();
        PairScorer scorer = new PairScorer(MatchingWeights.defaults(), OPEN, Set.of());
        // the single best pair is Ann with the expert, which would leave Bea with nobody
        assertThat(scorer.points(ann, expert))
                .isGreaterThan(scorer.points(bea, expert))
                .isGreaterThan(scorer.points(ann, practitioner));

        MatchResult result = matcher.match(List.of(ann, bea), List.of(expert, practitioner), OPEN, Set.of(), null);

        assertThat(result.pairs())
                .extracting(pair -> pair.mentee().name(), pair -> pair.mentor().name())
                .containsExactly(tuple("Ann", "Practitioner"), tuple("Bea", "Expert"));
        assertThat(result.unmatched()).isEmpty();
        assertThat(result.totalScore())
                .isEqualTo(scorer.points(ann, practitioner) + scorer.points(bea, expert), within())
                .isGreaterThan(scorer.points(ann, expert));
    }

    @Test
    void noMentorGetsMoreThanTheirCapacityOrTheProgrammeAllows() {
        List<Mentee> mentees = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            mentees.add(
                    mentee(i, "Mentee " + i).wants(wants(10, "procurement", 0)).build());
        }
        Mentor three = mentor(1, "Three places")
                .capacity(3)
                .offers(offers(10, "procurement", 4))
                .build();
        Mentor one = mentor(2, "One place")
                .capacity(1)
                .offers(offers(10, "procurement", 4))
                .build();

        MatchResult capacities = matcher.match(mentees, List.of(three, one), OPEN, Set.of(), null);
        MatchResult programmeCap = matcher.match(
                mentees, List.of(three, one), new MatchingRules(CrossDepartment.NOT_REQUIRED, null, 2), Set.of(), null);

        assertThat(menteesPerMentor(capacities))
                .containsEntry("Three places", 3)
                .containsEntry("One place", 1);
        assertThat(capacities.unmatched()).hasSize(4);
        assertThat(capacities.unmatched())
                .extracting(Unmatched::reason)
                .containsOnly("The mentors who suit you best were all full");
        assertThat(menteesPerMentor(programmeCap))
                .containsEntry("Three places", 2)
                .containsEntry("One place", 1);
        assertThat(programmeCap.unmatched()).hasSize(5);
    }

    @Test
    void neverPairsExcludedPeoplePastPairsOrAnyoneWithThemselves() {
        Mentee ann = mentee(1, "Ann")
                .person(101)
                .wants(wants(10, "procurement", 0))
                .excludes(201)
                .build();
        Mentee bea =
                mentee(2, "Bea").person(102).wants(wants(10, "procurement", 0)).build();
        Mentee cy =
                mentee(3, "Cy").person(103).wants(wants(10, "procurement", 0)).build();
        Mentor manager = mentor(1, "Ann's manager")
                .person(201)
                .offers(offers(10, "procurement", 4))
                .build();
        Mentor beasPast = mentor(2, "Bea's past mentor")
                .person(202)
                .offers(offers(10, "procurement", 4))
                .build();
        Mentor cyHimself =
                mentor(3, "Cy").person(103).offers(offers(10, "procurement", 4)).build();

        MatchResult result = matcher.match(
                List.of(ann, bea, cy),
                List.of(manager, beasPast, cyHimself),
                OPEN,
                Set.of(new PastPair(102, 202)),
                null);

        assertThat(result.pairs()).hasSize(3);
        for (ProposedPair pair : result.pairs()) {
            assertThat(pair.mentee().personId()).isNotEqualTo(pair.mentor().personId());
            assertThat(pair.mentee().excludedPeople())
                    .doesNotContain(pair.mentor().personId());
            assertThat(new PastPair(pair.mentee().personId(), pair.mentor().personId()))
                    .isNotEqualTo(new PastPair(102, 202));
        }
    }

    @Test
    void pairsAcrossDepartmentsAndBySeniorityWhenTheProgrammeRequiresIt() {
        MatchingRules rules = new MatchingRules(CrossDepartment.REQUIRED, 2, 3);
        Mentee ann = mentee(1, "Ann")
                .department(1)
                .grade(3)
                .wants(wants(10, "procurement", 0))
                .build();
        Mentee bea = mentee(2, "Bea")
                .department(2)
                .grade(3)
                .wants(wants(11, "budgeting", 0))
                .build();
        Mentee cy = mentee(3, "Cy")
                .department(3)
                .grade(5)
                .wants(wants(10, "procurement", 0))
                .build();
        Mentor sameDepartment = mentor(1, "Same department")
                .department(1)
                .grade(9)
                .capacity(3)
                .offers(offers(10, "procurement", 4))
                .build();
        Mentor other = mentor(2, "Other department")
                .department(2)
                .grade(5)
                .capacity(3)
                .offers(offers(10, "procurement", 3), offers(11, "budgeting", 4))
                .build();

        MatchResult result =
                matcher.match(List.of(ann, bea, cy), List.of(sameDepartment, other), rules, Set.of(), null);

        assertThat(result.pairs())
                .extracting(pair -> pair.mentee().name(), pair -> pair.mentor().name())
                .containsExactly(tuple("Ann", "Other department"), tuple("Cy", "Same department"));
        assertThat(result.pairs().get(0).reasons()).contains("Cross-department", "Mentor is 2 grades more senior");
        assertThat(result.unmatched())
                .extracting(unmatched -> unmatched.mentee().name(), Unmatched::reason)
                .containsExactly(tuple(
                        "Bea",
                        "Every mentor who offers this skill is in your department, and this programme pairs across"
                                + " departments only"));
    }

    @Test
    void leavesAMenteeUnmatchedRatherThanProposeAPairBelowTheMinimum() {
        Mentee ann = mentee(1, "Ann")
                .wants(wants(10, "procurement", 2), wants(11, "budgeting", 0), wants(12, "law", 0))
                .language("Polish")
                .build();
        Mentor weak =
                mentor(1, "Weak").offers(offers(10, "procurement", 3)).hours(0).build();
        double best = new PairScorer(MatchingWeights.defaults(), OPEN, Set.of()).points(ann, weak);
        assertThat(best).isPositive().isLessThan(40);

        MatchResult result = matcher.match(List.of(ann), List.of(weak), OPEN, Set.of(), null);
        MatchResult lowerBar = new MentorMatcher(MatchingWeights.defaults().withMinimumScore(best))
                .match(List.of(ann), List.of(weak), OPEN, Set.of(), null);

        assertThat(result.pairs()).isEmpty();
        assertThat(result.totalScore()).isZero();
        assertThat(result.unmatched())
                .extracting(Unmatched::reason)
                .containsExactly(
                        "The best possible pair scored " + number(best) + ", below the programme's minimum of 40");
        assertThat(lowerBar.pairs()).hasSize(1);
    }

    @Test
    void impossibleRulesFinishTheRoundWithEveryoneUnmatchedAndWhy() {
        MatchingRules rules = new MatchingRules(CrossDepartment.REQUIRED, 5, 2);
        Mentee ann = mentee(1, "Ann")
                .department(1)
                .grade(3)
                .wants(wants(10, "procurement", 0))
                .build();
        Mentee bea = mentee(2, "Bea")
                .department(1)
                .grade(null)
                .wants(wants(10, "procurement", 0))
                .build();
        Mentee cy = mentee(3, "Cy")
                .department(1)
                .grade(1)
                .wants(wants(20, "procurement", 0), wants(21, "data analysis", 3))
                .build();
        Mentee di = mentee(4, "Di")
                .department(2)
                .grade(3)
                .wants(wants(10, "procurement", 0))
                .build();
        Mentor same = mentor(1, "Same")
                .department(1)
                .grade(7)
                .offers(offers(10, "procurement", 4))
                .build();
        Mentor junior = mentor(2, "Junior")
                .department(3)
                .grade(4)
                .offers(offers(10, "procurement", 4))
                .build();
        Mentor level = mentor(3, "Level")
                .department(3)
                .grade(10)
                .offers(offers(21, "data analysis", 3))
                .build();

        MatchResult result =
                matcher.match(List.of(di, cy, bea, ann), List.of(same, junior, level), rules, Set.of(), null);
        MatchResult nobody = matcher.match(
                List.of(ann), List.of(same), new MatchingRules(CrossDepartment.NOT_REQUIRED, null, 0), Set.of(), null);

        assertThat(result.pairs()).isEmpty();
        assertThat(result.unmatched())
                .extracting(unmatched -> unmatched.mentee().name(), Unmatched::reason)
                .containsExactly(
                        tuple(
                                "Ann",
                                "Of the 2 mentors who offer this skill, 1 is in your department (this programme pairs"
                                        + " across departments only) and 1 is not at least 5 grades more senior"),
                        tuple(
                                "Bea",
                                "Of the 2 mentors who offer this skill, 1 is in your department (this programme pairs"
                                        + " across departments only) and 1 cannot be shown to be 5 grades more senior"
                                        + " (your grade is not recorded)"),
                        tuple("Cy", "No mentor offers procurement or data analysis above your level"),
                        tuple("Di", "No mentor offering this skill is at least 5 grades more senior"));
        assertThat(nobody.unmatched())
                .extracting(Unmatched::reason)
                .containsExactly("This programme allows no mentees per mentor");
    }

    @Test
    void sameResultWhateverTheOrderOfThePoolAndProgressIsReported() {
        Random random = new Random(42);
        List<Mentee> mentees = RandomPools.mentees(random, 30);
        List<Mentor> mentors = RandomPools.mentors(random, 12, 3);
        List<String> stages = new ArrayList<>();
        List<Integer> scored = new ArrayList<>();

        MatchResult first = matcher.match(mentees, mentors, OPEN, Set.of(), (stage, done, total) -> {
            stages.add(stage);
            if (stage.equals(MentorMatcher.SCORING)) {
                scored.add(done);
            }
        });
        List<Mentee> shuffledMentees = new ArrayList<>(mentees);
        List<Mentor> shuffledMentors = new ArrayList<>(mentors);
        Collections.shuffle(shuffledMentees, random);
        Collections.shuffle(shuffledMentors, random);
        MatchResult second = matcher.match(shuffledMentees, shuffledMentors, OPEN, Set.of(), MatchingProgress.NONE);

        assertThat(second).isEqualTo(first);
        assertThat(first.pairs()).isNotEmpty();
        assertThat(first.pairs()).extracting(pair -> pair.mentee().name()).isSortedAccordingTo(String::compareTo);
        assertThat(stages).startsWith(MentorMatcher.SCORING).endsWith(MentorMatcher.SOLVING, MentorMatcher.SOLVING);
        assertThat(scored).startsWith(0).endsWith(30);
    }

    private static Map<String, Integer> menteesPerMentor(MatchResult result) {
        Map<String, Integer> counts = new HashMap<>();
        result.pairs().forEach(pair -> counts.merge(pair.mentor().name(), 1, Integer::sum));
        return counts;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
