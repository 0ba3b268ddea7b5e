package org.agorahub.expertise.web;

/** Adding a skill to one's profile: its name or alias as typed, and a level (text, so a forged value is a message). */
record ProfileSkillForm(String skill, String level) {

    static ProfileSkillForm blank() {
        return new ProfileSkillForm("", "2");
    }
}
