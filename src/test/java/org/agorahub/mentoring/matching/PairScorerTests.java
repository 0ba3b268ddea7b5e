package org.agorahub.mentoring.matching;

import static org.agorahub.mentoring.matching.Pools.OPEN;
import static org.agorahub.mentoring.matching.Pools.mentee;
import static org.agorahub.mentoring.matching.Pools.mentor;
import static org.agorahub.mentoring.matching.Pools.offers;
import static org.agorahub.mentoring.matching.Pools.wants;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PairScorerTests {

    private final PairScorer scorer = new PairScorer(MatchingWeights.defaults(), OPEN, Set.of());

    @Test
    void perfectPairScoresOneHundredAndSaysWhy() {
        Mentee mentee = mentee(1, "Ann")
                .wants(wants(10, "procurement", 1))
                .goals("Better at procurement and tendering")
                .language("welsh")
                .build();
        Mentor mentor = mentor(1, "Bob")
                .offers(offers(10, "procurement", 4, 36, "12 accepted answers"))
                .languages("English", "Welsh")
                .canHelpWith("Procurement, tendering, better contracts")
                .build();

        PairScore score = scorer.score(mentee, mentor);

        assertThat(score.feasible()).isTrue();
        assertThat(score.score()).isEqualTo(100.0);
        assertThat(scorer.points(mentee, mentor)).isEqualTo(100.0);
        assertThat(score.reasons())
                .contains(
                        "Covers the requested skill procurement",
                        "Mentor is an expert in procurement with 12 accepted answers",
                        "Cross-department",
                        "Mentor is 3 grades more senior",
                        "Speaks Welsh",
                        "Both prefer remote",
                        "Offers 4 hours a month",
                        "Goals match what the mentor can help with: better, procurement, tendering");
    }

    @Test
    void partialCoverageNamesTheSkillsCoveredAndScoresLess() {
        Mentee mentee = mentee(1, "Ann")
                .wants(wants(10, "procurement", 1), wants(11, "data analysis", 0), wants(12, "negotiation", 2))
                .build();
        Mentor broad = mentor(1, "Bob")
                .offers(offers(10, "procurement", 3), offers(11, "data analysis", 4), offers(12, "negotiation", 4))
                .build();
        Mentor narrow = mentor(2, "Cy")
                .offers(offers(10, "procurement", 3), offers(12, "negotiation", 2))
                .build();

        PairScore broadScore = scorer.score(mentee, broad);
        PairScore narrowScore = scorer.score(mentee, narrow);

        assertThat(broadScore.reasons())
                .contains(
                        "Covers all 3 requested skills: procurement, data analysis and negotiation",
                        "Mentor is a practitioner in procurement");
        // negotiation at level 2 is not above the mentee's level 2, so it is not covered
        assertThat(narrowScore.reasons()).contains("Covers 1 of 3 requested skills: procurement");
        assertThat(narrowScore.score()).isLessThan(broadScore.score());
    }

    @Test
    void preferencesThatDoNotHoldCostPointsAndAreSaid() {
        Mentee mentee = mentee(1, "Ann")
                .wants(wants(10, "procurement", 1))
                .language("French")
                .location("Cardiff", MeetingFormat.IN_PERSON)
                .department(2)
                .preferOtherDepartment()
                .build();
        Mentor sameDepartment = mentor(1, "Bob")
                .offers(offers(10, "procurement", 4))
                .location("Leeds", MeetingFormat.REMOTE)
                .department(2)
                .build();
        Mentor suits = mentor(2, "Cy")
                .offers(offers(10, "procurement", 4))
                .languages("French")
                .location("cardiff", MeetingFormat.EITHER)
                .department(3)
                .build();

        PairScore poor = scorer.score(mentee, sameDepartment);
        PairScore good = scorer.score(mentee, suits);

        assertThat(poor.reasons())
                .contains(
                        "Same department, though the mentee asked for someone outside it",
                        "Does not speak French",
                        "The mentee prefers in person; the mentor meets only remotely");
        assertThat(good.reasons())
                .contains("Cross-department, as the mentee asked", "Speaks French", "Same location (cardiff)");
        assertThat(good.score() - poor.score()).isEqualTo(30.0);
    }

    @Test
    void hardConstraintsRuleThePairOutWithTheReason() {
        Mentee mentee = mentee(1, "Ann")
                .person(7)
                .wants(wants(10, "procurement", 2))
                .excludes(8)
                .build();
        Mentor self =
                mentor(1, "Ann").person(7).offers(offers(10, "procurement", 4)).build();
        Mentor manager =
                mentor(2, "Bob").person(8).offers(offers(10, "procurement", 4)).build();
        Mentor past =
                mentor(3, "Cy").person(9).offers(offers(10, "procurement", 4)).build();
        Mentor notAbove = mentor(4, "Di")
                .offers(offers(10, "procurement", 2), offers(11, "law", 4))
                .build();
        PairScorer withPast = new PairScorer(MatchingWeights.defaults(), OPEN, Set.of(new PastPair(7, 9)));

        assertThat(withPast.score(mentee, self).infeasibility()).isEqualTo(Infeasibility.SELF);
        assertThat(withPast.score(mentee, manager).infeasibility()).isEqualTo(Infeasibility.EXCLUDED);
        assertThat(withPast.score(mentee, past).infeasibility()).isEqualTo(Infeasibility.PAST_PAIR);
        assertThat(withPast.score(mentee, past).reasons()).containsExactly("Already paired in this programme");
        assertThat(withPast.score(mentee, notAbove).infeasibility()).isEqualTo(Infeasibility.NO_SKILL_ABOVE_LEVEL);
        assertThat(withPast.points(mentee, manager)).isEqualTo(PairScorer.INFEASIBLE);
        assertThat(scorer.score(mentee, past).feasible()).isTrue();
    }

    @Test
    void programmeRulesOnDepartmentAndSeniority() {
        PairScorer strict =
                new PairScorer(MatchingWeights.defaults(), new MatchingRules(CrossDepartment.REQUIRED, 2, 3), Set.of());
        Mentee mentee = mentee(1, "Ann")
                .department(1)
                .grade(3)
                .wants(wants(10, "procurement", 1))
                .build();
        Mentee unknownGrade = mentee(2, "Bea")
                .department(1)
                .grade(null)
                .wants(wants(10, "procurement", 1))
                .build();
        Mentor sameDepartment = mentor(1, "Bob")
                .department(1)
                .grade(9)
                .offers(offers(10, "procurement", 4))
                .build();
        Mentor oneGradeAbove = mentor(2, "Cy")
                .department(2)
                .grade(4)
                .offers(offers(10, "procurement", 4))
                .build();
        Mentor twoGradesAbove = mentor(3, "Di")
                .department(2)
                .grade(5)
                .offers(offers(10, "procurement", 4))
                .build();

        assertThat(strict.score(mentee, sameDepartment).reasons())
                .containsExactly("Same department, and this programme pairs across departments only");
        assertThat(strict.score(mentee, oneGradeAbove).reasons())
                .containsExactly("Not shown to be at least 2 grades more senior");
        assertThat(strict.score(unknownGrade, twoGradesAbove).infeasibility())
                .isEqualTo(Infeasibility.NOT_SENIOR_ENOUGH);
        assertThat(strict.score(mentee, twoGradesAbove).reasons())
                .contains("Cross-department", "Mentor is 2 grades more senior");
    }

    @Test
    void textWordsAreLowerCasedWithoutStopWordsOrShortWords() {
        assertThat(PairScorer.words("I want to get better at Excel, VBA and IT; excel again!"))
                .containsExactly("better", "excel", "vba");
    }
}
