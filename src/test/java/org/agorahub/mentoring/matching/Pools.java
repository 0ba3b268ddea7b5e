package org.agorahub.mentoring.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Mentees and mentors for tests, with plain defaults: one department, grade 3, remote, English, no goals. */
final class Pools {

    static final MatchingRules OPEN = new MatchingRules(CrossDepartment.NOT_REQUIRED, null, 3);

    private Pools() {}

    static WantedSkill wants(long skillId, String name, int currentLevel) {
        return new WantedSkill(skillId, name, currentLevel);
    }

    static OfferedSkill offers(long skillId, String name, int level) {
        return new OfferedSkill(skillId, name, level, 0, "");
    }

    static OfferedSkill offers(long skillId, String name, int level, double evidence, String why) {
        return new OfferedSkill(skillId, name, level, evidence, why);
    }

    static MenteeBuilder mentee(long id, String name) {
        return new MenteeBuilder(id, name);
    }

    static MentorBuilder mentor(long id, String name) {
        return new MentorBuilder(id, name);
    }

    static final class MenteeBuilder {
        final long id;
        long personId;
        final String name;
        long department = 1;
        Integer grade = 3;
        String location;
        MeetingFormat format = MeetingFormat.REMOTE;
        String language;
        boolean preferOtherDepartment;
        boolean preferSameLocation;
        final List<WantedSkill> skills = new ArrayList<>();
        String goals = "";
        final Set<Long> excluded = new HashSet<>();

        MenteeBuilder(long id, String name) {
            this.id = id;
            this.personId = id;
            this.name = name;
        }

        MenteeBuilder person(long person) {
            this.personId = person;
            return this;
        }

        MenteeBuilder department(long department) {
            this.department = department;
            return this;
        }

        MenteeBuilder grade(Integer grade) {
            this.grade = grade;
            return this;
        }

        MenteeBuilder location(String location, MeetingFormat format) {
            this.location = location;
            this.format = format;
            return this;
        }

        MenteeBuilder language(String language) {
            this.language = language;
            return this;
        }

        MenteeBuilder preferOtherDepartment() {
            this.preferOtherDepartment = true;
            return this;
        }

        MenteeBuilder wants(WantedSkill... wanted) {
            skills.addAll(List.of(wanted));
            return this;
        }

        MenteeBuilder goals(String goals) {
            this.goals = goals;
            return this;
        }

        MenteeBuilder excludes(long person) {
            excluded.add(person);
            return this;
        }

        Mentee build() {
            return new Mentee(
                    id,
                    personId,
                    name,
                    department,
                    grade,
                    location,
                    format,
                    language,
                    preferOtherDepartment,
                    preferSameLocation,
                    List.copyOf(skills),
                    goals,
                    Set.copyOf(excluded));
        }
    }

    static final class MentorBuilder {
        final long id;
        long personId;
        final String name;
        long department = 2;
        Integer grade = 6;
        String location;
        MeetingFormat format = MeetingFormat.REMOTE;
        Set<String> languages = Set.of("English");
        int capacity = 1;
        int hours = 4;
        final List<OfferedSkill> skills = new ArrayList<>();
        String canHelpWith = "";

        MentorBuilder(long id, String name) {
            this.id = id;
            this.personId = 1000 + id;
            this.name = name;
        }

        MentorBuilder person(long person) {
            this.personId = person;
            return this;
        }

        MentorBuilder department(long department) {
            this.department = department;
            return this;
        }

        MentorBuilder grade(Integer grade) {
            this.grade = grade;
            return this;
        }

        MentorBuilder location(String location, MeetingFormat format) {
            this.location = location;
            this.format = format;
            return this;
        }

        MentorBuilder languages(String... languages) {
            this.languages = Set.of(languages);
            return this;
        }

        MentorBuilder capacity(int capacity) {
            this.capacity = capacity;
            return this;
        }

        MentorBuilder hours(int hours) {
            this.hours = hours;
            return this;
        }

        MentorBuilder offers(OfferedSkill... offered) {
            skills.addAll(List.of(offered));
            return this;
        }

        MentorBuilder canHelpWith(String text) {
            this.canHelpWith = text;
            return this;
        }

        Mentor build() {
            return new Mentor(
                    id,
                    personId,
                    name,
                    department,
                    grade,
                    location,
                    format,
                    languages,
                    capacity,
                    hours,
                    List.copyOf(skills),
                    canHelpWith);
        }
    }
}
