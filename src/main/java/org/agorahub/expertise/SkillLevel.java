package org.agorahub.expertise;

/**
 * How well a person knows a skill, on a four-point scale with plain-word labels (message keys
 * {@code skill.level.1} … {@code skill.level.4}).
 */
public enum SkillLevel {
    /** 1: knows what it is and when it matters. */
    AWARE(1),
    /** 2: does it with some help. */
    WORKING(2),
    /** 3: does it unaided and helps others. */
    PRACTITIONER(3),
    /** 4: the person others ask; could teach it. */
    EXPERT(4);

    private final int value;

    SkillLevel(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    /** The level of a number on the scale. */
    public static SkillLevel of(int value) {
        for (SkillLevel level : values()) {
            if (level.value == value) {
                return level;
            }
        }
        throw new IllegalArgumentException("A level is 1 to 4, not " + value);
    }

    public String messageKey() {
        return "skill.level." + value;
    }
}
