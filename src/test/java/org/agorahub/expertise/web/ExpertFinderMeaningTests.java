package org.agorahub.expertise.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.Duration;
import org.agorahub.AgoraTest;
import org.agorahub.enrichment.domain.AiSettings;
import org.agorahub.expertise.TestSkills;
import org.agorahub.expertise.domain.ProfileSkillService;
import org.agorahub.library.TestLibraries;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.shared.ai.AiFeature;
import org.agorahub.shared.ai.Enrichments;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Who knows about …?" for a question that names no skill: people whose profiles are close in meaning, found by the
 * on-premises model, and skills whose names mean something close.
 */
@AgoraTest
class ExpertFinderMeaningTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestSkills testSkills;

    @Autowired
    ProfileSkillService profiles;

    @Autowired
    Enrichments enrichments;

    @Autowired
    AiSettings settings;

    PersonSummary flooding;
    PersonSummary payroll;
    PersonSummary viewer;

    @BeforeEach
    void setUp() {
        DepartmentSummary environment = testPeople.department("Environment");
        flooding = testPeople.person(TestSkills.unique("Fenella Flood"), environment);
        payroll = testPeople.person(TestSkills.unique("Pat Payroll"), environment);
        viewer = testPeople.person("Vera Viewer", environment);
        profiles.saveAbout(
                TestLibraries.user(flooding),
                "English",
                "Flood defences and river embankments\nSustainable drainage for new housing",
                "Engineering");
        profiles.saveAbout(
                TestLibraries.user(payroll), "English", "Monthly payroll runs\nPension contributions", "Finance");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> enrichments
                                .vectorOf(Enrichments.KIND_PERSON, flooding.id())
                                .isPresent()
                        && enrichments
                                .vectorOf(Enrichments.KIND_PERSON, payroll.id())
                                .isPresent());
    }

    @Test
    void aQuestionInOtherWordsFindsThePersonWhoseProfileMeansItAndNotTheOther() throws Exception {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(get("/people/experts")
                                .param("q", "who can advise on stopping rivers overflowing onto homes")
                                .with(user(TestPeople.principal(viewer))))
                        .andExpect(content().string(containsString("close in meaning")))
                        .andExpect(content().string(containsString(flooding.displayName())))
                        .andExpect(content().string(not(containsString(payroll.displayName())))));
    }

    @Test
    void skillsWhoseNamesMeanSomethingCloseAreSuggested() throws Exception {
        String name = TestSkills.unique("Emergency planning");
        testSkills.skill(name, "Resilience");

        mvc.perform(get("/people/experts")
                        .param("q", "preparing for disasters and major incidents")
                        .with(user(TestPeople.principal(viewer))))
                .andExpect(content().string(containsString("Did you mean")))
                .andExpect(content().string(containsString(name)));
    }

    @Test
    void withMatchingByMeaningSwitchedOffOnlyWordsCount() throws Exception {
        PersonSummary admin = testPeople.person("Ada Admin", Role.ADMIN);
        settings.set(admin.id(), AiFeature.SMART_MATCHING, false);
        try {
            mvc.perform(get("/people/experts")
                            .param("q", "who can advise on stopping rivers overflowing onto homes")
                            .with(user(TestPeople.principal(viewer))))
                    .andExpect(content().string(not(containsString("close in meaning"))))
                    .andExpect(content().string(not(containsString(flooding.displayName()))));
        } finally {
            settings.set(admin.id(), AiFeature.SMART_MATCHING, true);
        }
    }
}
