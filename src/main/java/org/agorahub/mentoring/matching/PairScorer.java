package org.agorahub.mentoring.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.agorahub.shared.StopWords;

/**
 * Scores mentee–mentor pairs for one round, with the weights and components documented on {@link MatchingWeights}.
 * A pair is ruled out when it breaks a hard constraint (checked in the order of {@link Infeasibility}); otherwise it
 * gets its score and the reasons for it. One scorer per round: it remembers each mentee's and mentor's words (by
 * request and offer id) and is not safe to share between threads.
 */
public final class PairScorer {

    /** What {@link #points} returns for a pair a hard constraint rules out. */
    public static final double INFEASIBLE = -1;

    private static final int TEXT_WORDS_SHOWN = 5;
    private static final int MIN_WORD_LENGTH = 3;

    private final MatchingWeights weights;
    private final MatchingRules rules;
    private final Set<PastPair> pastPairs;
    private final Map<Long, Set<String>> goalWords = new HashMap<>();
    private final Map<Long, Set<String>> helpWords = new HashMap<>();
    private final TextMeaning meaning;
    private final Map<Long, float[]> goalMeanings = new HashMap<>();
    private final Map<Long, float[]> helpMeanings = new HashMap<>();

    public PairScorer(MatchingWeights weights, MatchingRules rules, Set<PastPair> pastPairs) {
        this(weights, rules, pastPairs, TextMeaning.NONE);
    }

    /** A scorer that compares goals and "can help with" by meaning when {@code meaning} gives vectors for both. */
    public PairScorer(MatchingWeights weights, MatchingRules rules, Set<PastPair> pastPairs, TextMeaning meaning) {
        this.weights = weights;
        this.rules = rules;
        this.pastPairs = pastPairs == null ? Set.of() : pastPairs;
        this.meaning = meaning == null ? TextMeaning.NONE : meaning;
    }

    /** The pair's score and why, or the hard constraint that rules it out. */
    public PairScore score(Mentee mentee, Mentor mentor) {
        Infeasibility infeasibility = infeasibility(mentee, mentor);
        if (infeasibility != null) {
            return new PairScore(0, infeasibility, List.of(sentence(infeasibility)));
        }
        List<String> reasons = new ArrayList<>();
        double score = evaluate(mentee, mentor, reasons);
        return new PairScore(score, null, Collections.unmodifiableList(reasons));
    }

    /** The pair's score without the reasons (what a round works out for every candidate pair), or {@link #INFEASIBLE}. */
    public double points(Mentee mentee, Mentor mentor) {
        return infeasibility(mentee, mentor) == null ? evaluate(mentee, mentor, null) : INFEASIBLE;
    }

    /** The score of a pair already checked against the hard constraints, without the reasons. */
    double pointsOfFeasible(Mentee mentee, Mentor mentor) {
        return evaluate(mentee, mentor, null);
    }

    /** The first hard constraint the pair breaks, null when it breaks none. */
    public Infeasibility infeasibility(Mentee mentee, Mentor mentor) {
        if (mentee.personId() == mentor.personId()) {
            return Infeasibility.SELF;
        }
        if (mentee.excludedPeople() != null && mentee.excludedPeople().contains(mentor.personId())) {
            return Infeasibility.EXCLUDED;
        }
        if (!pastPairs.isEmpty() && pastPairs.contains(new PastPair(mentee.personId(), mentor.personId()))) {
            return Infeasibility.PAST_PAIR;
        }
        if (!offersAnyAboveLevel(mentee, mentor)) {
            return Infeasibility.NO_SKILL_ABOVE_LEVEL;
        }
        if (rules.crossDepartment() == CrossDepartment.REQUIRED && mentee.departmentId() == mentor.departmentId()) {
            return Infeasibility.SAME_DEPARTMENT;
        }
        Integer gap = rules.minGradeGap();
        if (gap != null
                && (mentee.grade() == null || mentor.grade() == null || mentor.grade() - mentee.grade() < gap)) {
            return Infeasibility.NOT_SENIOR_ENOUGH;
        }
        return null;
    }

    /** The sentence for a pair ruled out, as an organiser would read it. */
    String sentence(Infeasibility infeasibility) {
        return switch (infeasibility) {
            case SELF -> "Nobody mentors themselves";
            case EXCLUDED -> "The mentee asked not to be paired with this mentor";
            case PAST_PAIR -> "Already paired in this programme";
            case NO_SKILL_ABOVE_LEVEL -> "Offers none of the requested skills above the mentee's level";
            case SAME_DEPARTMENT -> "Same department, and this programme pairs across departments only";
            case NOT_SENIOR_ENOUGH -> "Not shown to be at least " + grades(rules.minGradeGap()) + " more senior";
        };
    }

    static boolean offersAnyAboveLevel(Mentee mentee, Mentor mentor) {
        for (WantedSkill wanted : mentee.skills()) {
            if (offeredLevel(mentor, wanted.skillId()) > wanted.currentLevel()) {
                return true;
            }
        }
        return false;
    }

    /** Works out a feasible pair's score, adding the reasons to {@code reasons} unless it is null. */
    private double evaluate(Mentee mentee, Mentor mentor, List<String> reasons) {
        double total = weights.coverage() * coverage(mentee, mentor, reasons)
                + weights.evidence() * evidence(mentee, mentor)
                + weights.department() * department(mentee, mentor, reasons)
                + weights.seniority() * seniority(mentee, mentor, reasons)
                + weights.language() * language(mentee, mentor, reasons)
                + weights.locationAndFormat() * locationAndFormat(mentee, mentor, reasons)
                + weights.availability() * availability(mentor, reasons)
                + weights.text() * text(mentee, mentor, reasons);
        return Math.round(total * 100) / 100.0;
    }

    private double coverage(Mentee mentee, Mentor mentor, List<String> reasons) {
        double sum = 0;
        List<String> covered = reasons == null ? null : new ArrayList<>();
        List<String> levels = reasons == null ? null : new ArrayList<>();
        for (WantedSkill wanted : mentee.skills()) {
            OfferedSkill offered = offered(mentor, wanted.skillId());
            if (offered == null || offered.level() <= wanted.currentLevel()) {
                continue;
            }
            sum += Math.min(1, (offered.level() - wanted.currentLevel()) / 2.0);
            if (reasons != null) {
                covered.add(wanted.name());
                String evidence =
                        offered.evidenceWhy() == null || offered.evidenceWhy().isBlank()
                                ? ""
                                : " with " + offered.evidenceWhy().strip();
                levels.add("Mentor " + levelPhrase(offered.level()) + " " + wanted.name() + evidence);
            }
        }
        if (reasons != null) {
            int asked = mentee.skills().size();
            String names = and(covered);
            if (asked == 1) {
                reasons.add("Covers the requested skill " + names);
            } else if (covered.size() == asked) {
                reasons.add("Covers all " + asked + " requested skills: " + names);
            } else {
                reasons.add("Covers " + covered.size() + " of " + asked + " requested skills: " + names);
            }
            reasons.addAll(levels);
        }
        return sum / mentee.skills().size();
    }

    private double evidence(Mentee mentee, Mentor mentor) {
        double sum = 0;
        for (WantedSkill wanted : mentee.skills()) {
            OfferedSkill offered = offered(mentor, wanted.skillId());
            if (offered != null && offered.level() > wanted.currentLevel()) {
                sum += Math.min(1, Math.max(0, offered.evidence()) / weights.evidenceForFullMarks());
            }
        }
        return sum / mentee.skills().size();
    }

    private double department(Mentee mentee, Mentor mentor, List<String> reasons) {
        boolean cross = mentee.departmentId() != mentor.departmentId();
        if (cross) {
            if (reasons != null) {
                reasons.add(
                        mentee.preferOtherDepartment() ? "Cross-department, as the mentee asked" : "Cross-department");
            }
            return 1;
        }
        boolean wantedCross = rules.crossDepartment() == CrossDepartment.PREFERRED || mentee.preferOtherDepartment();
        if (wantedCross && reasons != null) {
            // a preference the pair misses, said as such so it never reads as a reason for the pair
            reasons.add(
                    mentee.preferOtherDepartment()
                            ? "Same department, though the mentee asked for someone outside it"
                            : "Same department, though the programme prefers pairs across departments");
        }
        return wantedCross ? 0 : 1;
    }

    private double seniority(Mentee mentee, Mentor mentor, List<String> reasons) {
        if (mentee.grade() != null && mentor.grade() != null && reasons != null) {
            int gap = mentor.grade() - mentee.grade();
            if (gap > 0) {
                reasons.add("Mentor is " + grades(gap) + " more senior");
            }
        }
        if (rules.minGradeGap() != null) {
            return 1;
        }
        if (mentee.grade() == null || mentor.grade() == null) {
            return 0.5;
        }
        int gap = mentor.grade() - mentee.grade();
        return gap > 0 ? 1 : gap == 0 ? 0.5 : 0;
    }

    private double language(Mentee mentee, Mentor mentor, List<String> reasons) {
        String wanted = mentee.language();
        if (wanted == null || wanted.isBlank()) {
            return 1;
        }
        boolean speaks = false;
        if (mentor.languages() != null) {
            for (String spoken : mentor.languages()) {
                if (spoken != null && spoken.strip().equalsIgnoreCase(wanted.strip())) {
                    speaks = true;
                    break;
                }
            }
        }
        if (reasons != null) {
            reasons.add((speaks ? "Speaks " : "Does not speak ") + capitalised(wanted.strip()));
        }
        return speaks ? 1 : 0;
    }

    private double locationAndFormat(Mentee mentee, Mentor mentor, List<String> reasons) {
        MeetingFormat a = format(mentee.format());
        MeetingFormat b = format(mentor.format());
        boolean inPerson = a != MeetingFormat.REMOTE && b != MeetingFormat.REMOTE;
        boolean remote = a != MeetingFormat.IN_PERSON && b != MeetingFormat.IN_PERSON;
        boolean sameLocation = mentee.location() != null
                && mentor.location() != null
                && !mentee.location().isBlank()
                && mentee.location().strip().equalsIgnoreCase(mentor.location().strip());
        if (inPerson && sameLocation) {
            if (reasons != null) {
                if (a == MeetingFormat.IN_PERSON && b == MeetingFormat.IN_PERSON) {
                    reasons.add("Both prefer in person");
                }
                reasons.add("Same location (" + mentor.location().strip() + ")");
            }
            return 1;
        }
        if (remote) {
            if (reasons != null) {
                reasons.add(
                        a == MeetingFormat.REMOTE && b == MeetingFormat.REMOTE
                                ? "Both prefer remote"
                                : "Can meet remotely");
            }
            return mentee.preferSameLocation() ? 0.5 : 1;
        }
        if (reasons != null) {
            if (inPerson) {
                reasons.add("In person only, but not in the same location");
            } else if (a == MeetingFormat.REMOTE) {
                reasons.add("The mentee prefers remote; the mentor meets only in person");
            } else {
                reasons.add("The mentee prefers in person; the mentor meets only remotely");
            }
        }
        return 0;
    }

    private double availability(Mentor mentor, List<String> reasons) {
        if (reasons != null && mentor.hoursPerMonth() > 0) {
            reasons.add("Offers " + mentor.hoursPerMonth() + (mentor.hoursPerMonth() == 1 ? " hour" : " hours")
                    + " a month");
        }
        return Math.min(1, Math.max(0, mentor.hoursPerMonth()) / weights.hoursForFullMarks());
    }

    private double text(Mentee mentee, Mentor mentor, List<String> reasons) {
        Set<String> goals = goalWords.computeIfAbsent(mentee.requestId(), id -> words(mentee.goals()));
        Set<String> help = helpWords.computeIfAbsent(mentor.offerId(), id -> words(mentor.canHelpWith()));
        if (goals.isEmpty() || help.isEmpty()) {
            return 0;
        }
        float[] goalMeaning = meaningOf(goalMeanings, mentee.requestId(), mentee.goals());
        float[] helpMeaning = meaningOf(helpMeanings, mentor.offerId(), mentor.canHelpWith());
        if (goalMeaning != null && helpMeaning != null) {
            return textByMeaning(goals, help, goalMeaning, helpMeaning, reasons);
        }
        int common = 0;
        List<String> shown = reasons == null ? null : new ArrayList<>();
        for (String word : goals) {
            if (help.contains(word)) {
                common++;
                if (shown != null && shown.size() < TEXT_WORDS_SHOWN) {
                    shown.add(word);
                }
            }
        }
        if (reasons != null && common > 0) {
            reasons.add("Goals match what the mentor can help with: " + String.join(", ", shown));
        }
        return (double) common / Math.min(goals.size(), help.size());
    }

    /**
     * Texts about the same thing score between {@link #MEANING_FLOOR} and {@link #MEANING_FULL} in cosine similarity
     * with the model Agora ships (unrelated ones below the floor): scaled to 0 … 1 between the two.
     */
    static final double MEANING_FLOOR = 0.15;

    static final double MEANING_FULL = 0.65;

    /** Points from which the closeness is given as a reason for the pair (a cosine of 0.35). */
    static final double REASON_FROM = 0.4;

    private double textByMeaning(
            Set<String> goals, Set<String> help, float[] goalMeaning, float[] helpMeaning, List<String> reasons) {
        double cosine = 0;
        for (int i = 0; i < Math.min(goalMeaning.length, helpMeaning.length); i++) {
            cosine += goalMeaning[i] * helpMeaning[i];
        }
        double points = Math.max(0, Math.min(1, (cosine - MEANING_FLOOR) / (MEANING_FULL - MEANING_FLOOR)));
        if (reasons != null && points >= REASON_FROM) {
            List<String> shared = new ArrayList<>();
            for (String word : goals) {
                if (help.contains(word) && shared.size() < TEXT_WORDS_SHOWN) {
                    shared.add(word);
                }
            }
            reasons.add(
                    shared.isEmpty()
                            ? "Goals close in meaning to what the mentor can help with"
                            : "Goals close in meaning to what the mentor can help with: " + String.join(", ", shared));
        }
        return points;
    }

    private float[] meaningOf(Map<Long, float[]> cache, long id, String text) {
        if (!cache.containsKey(id)) {
            cache.put(id, meaning.vector(text).orElse(null));
        }
        return cache.get(id);
    }

    /** The text's words in order of first use: lower case, no stop words, none shorter than three characters. */
    static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return words;
        }
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= MIN_WORD_LENGTH && !StopWords.ENGLISH.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private static OfferedSkill offered(Mentor mentor, long skillId) {
        OfferedSkill best = null;
        for (OfferedSkill offered : mentor.skills()) {
            if (offered.skillId() == skillId && (best == null || offered.level() > best.level())) {
                best = offered;
            }
        }
        return best;
    }

    private static int offeredLevel(Mentor mentor, long skillId) {
        OfferedSkill offered = offered(mentor, skillId);
        return offered == null ? 0 : offered.level();
    }

    private static MeetingFormat format(MeetingFormat format) {
        return format == null ? MeetingFormat.EITHER : format;
    }

    private static String levelPhrase(int level) {
        return switch (level) {
            case 1 -> "is aware of";
            case 2 -> "has working knowledge of";
            case 3 -> "is a practitioner in";
            default -> "is an expert in";
        };
    }

    static String grades(int count) {
        return count + (count == 1 ? " grade" : " grades");
    }

    /** "a", "a and b", "a, b and c". */
    static String and(List<String> items) {
        return join(items, " and ");
    }

    /** "a", "a or b", "a, b or c". */
    static String or(List<String> items) {
        return join(items, " or ");
    }

    private static String join(List<String> items, String last) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + last + items.get(items.size() - 1);
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
