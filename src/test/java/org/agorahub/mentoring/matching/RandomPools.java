package org.agorahub.mentoring.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Small random pools for tests: few skills, departments and grades, so constraints and ties are common. */
final class RandomPools {

    private static final String[] SKILLS = {"procurement", "budgeting", "contract law", "data analysis", "writing"};
    private static final String[] WORDS = {"procurement", "budgets", "contracts", "policy", "data", "writing", "teams"};
    private static final String[] LOCATIONS = {"Cardiff", "Leeds", null};

    private RandomPools() {}

    static List<Mentee> mentees(Random random, int count) {
        List<Mentee> mentees = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<WantedSkill> skills = new ArrayList<>();
            Set<Integer> chosen = new HashSet<>();
            int wanted = 1 + random.nextInt(3);
            while (chosen.size() < wanted) {
                chosen.add(random.nextInt(SKILLS.length));
            }
            chosen.stream().sorted().forEach(s -> skills.add(new WantedSkill(s, SKILLS[s], random.nextInt(3))));
            Set<Long> excluded = random.nextInt(4) == 0 ? Set.of(1000L + random.nextInt(count)) : Set.of();
            mentees.add(new Mentee(
                    100 + i,
                    i,
                    "Mentee " + (char) ('A' + random.nextInt(26)) + i,
                    random.nextInt(3),
                    random.nextInt(5) == 0 ? null : 1 + random.nextInt(6),
                    LOCATIONS[random.nextInt(LOCATIONS.length)],
                    MeetingFormat.values()[random.nextInt(3)],
                    random.nextInt(4) == 0 ? "Welsh" : null,
                    random.nextBoolean(),
                    random.nextBoolean(),
                    skills,
                    text(random),
                    excluded));
        }
        return mentees;
    }

    static List<Mentor> mentors(Random random, int count, int maxCapacity) {
        List<Mentor> mentors = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            List<OfferedSkill> skills = new ArrayList<>();
            Set<Integer> chosen = new HashSet<>();
            int offered = 1 + random.nextInt(3);
            while (chosen.size() < offered) {
                chosen.add(random.nextInt(SKILLS.length));
            }
            chosen.stream()
                    .sorted()
                    .forEach(s -> skills.add(new OfferedSkill(
                            s,
                            SKILLS[s],
                            2 + random.nextInt(3),
                            random.nextInt(12),
                            random.nextBoolean() ? "" : "2 documents")));
            // person ids 0.. are mentees too, so some mentors are also mentees (never paired with themselves)
            long person = random.nextInt(3) == 0 ? random.nextInt(count) : 1000L + j;
            mentors.add(new Mentor(
                    200 + j,
                    person,
                    "Mentor " + j,
                    random.nextInt(3),
                    random.nextInt(5) == 0 ? null : 2 + random.nextInt(8),
                    LOCATIONS[random.nextInt(LOCATIONS.length)],
                    MeetingFormat.values()[random.nextInt(3)],
                    random.nextBoolean() ? Set.of("English") : Set.of("English", "Welsh"),
                    1 + random.nextInt(maxCapacity),
                    random.nextInt(6),
                    skills,
                    text(random)));
        }
        return mentors;
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder("I would like help with");
        for (int k = random.nextInt(4); k > 0; k--) {
            text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }
}
