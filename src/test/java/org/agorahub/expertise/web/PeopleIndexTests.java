package org.agorahub.expertise.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Random;
import org.agorahub.AgoraTest;
import org.agorahub.expertise.PeopleIndex;
import org.agorahub.expertise.TestSkills;
import org.agorahub.expertise.domain.ProfileSkillService;
import org.agorahub.expertise.domain.SkillCommand;
import org.agorahub.expertise.domain.TaxonomyService;
import org.agorahub.library.Classification;
import org.agorahub.library.TestLibraries;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.people.Visibility;
import org.agorahub.people.domain.PersonService;
import org.agorahub.search.SearchApi;
import org.agorahub.search.SearchFilters;
import org.agorahub.search.SearchFilters.Facet;
import org.agorahub.search.SearchRequest;
import org.agorahub.search.SearchResults;
import org.agorahub.search.SearchResults.Count;
import org.agorahub.search.SearchResults.Hit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * People in the one search: found by name, by the names and aliases of the skills they declare and by their job
 * title and topics; kept in step with their profile, the taxonomy (renames, aliases, merges) and the people module
 * (renames, deactivation); counted in the type and department facets; shown as a person on the results page.
 */
@AgoraTest
class PeopleIndexTests {

    private static final Random RANDOM = new Random();

    @Autowired
    MockMvc mvc;

    @Autowired
    SearchApi search;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestSkills testSkills;

    @Autowired
    TestLibraries testLibraries;

    @Autowired
    ProfileSkillService profileSkills;

    @Autowired
    TaxonomyService taxonomy;

    @Autowired
    PersonService personService;

    @Autowired
    PeopleIndex peopleIndex;

    @Test
    void aPersonIsFoundByNameByADeclaredSkillAndByItsAlias() {
        String surname = word();
        String skillWord = word();
        String alias = word().toUpperCase();
        PersonSummary expert = testPeople.person("Ines " + surname);
        PersonSummary reader = testPeople.person("Rory Reader");
        long skill = testSkills.skill("Freedom of " + skillWord, null, alias);
        profileSkills.add(TestLibraries.user(expert), "Freedom of " + skillWord, "4");

        SearchResults byName = search.search(TestLibraries.user(reader), surname, 0, 10);
        assertThat(byName.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.type()).isEqualTo(Hit.PERSON);
            assertThat(hit.id()).isEqualTo(expert.id());
            assertThat(hit.title()).isEqualTo("Ines " + surname);
            assertThat(hit.href()).isEqualTo("/people/" + expert.id());
            assertThat(hit.snippet()).isEqualTo("Tester · " + expert.departmentName());
        });
        assertThat(people(reader, skillWord)).containsExactly(expert.id());
        assertThat(people(reader, alias.toLowerCase())).containsExactly(expert.id());
        assertThat(people(reader, "freedom of " + skillWord)).containsExactly(expert.id());
        assertThat(skill).isPositive();
    }

    @Test
    void aDeactivatedPersonIsNeitherFoundNorCountedUntilReactivated() {
        String surname = word();
        DepartmentSummary department = testPeople.department("Leavers");
        PersonSummary leaver = testPeople.person("Lee " + surname, department);
        PersonSummary reader = testPeople.person("Rory Reader");
        assertThat(people(reader, surname)).containsExactly(leaver.id());

        update(leaver, leaver.displayName(), leaver.jobTitle(), false);

        SearchResults results = search.search(TestLibraries.user(reader), surname, 0, 10);
        assertThat(results.total()).isZero();
        assertThat(results.hits()).isEmpty();
        assertThat(results.facet(Facet.TYPE).counts()).isEmpty();
        assertThat(results.facet(Facet.DEPARTMENT).counts()).isEmpty();
        // not even for an admin, who reads everything else
        PersonSummary admin = testPeople.person("Ada Admin", Role.ADMIN);
        assertThat(search.search(TestLibraries.user(admin), surname, 0, 10).total())
                .isZero();

        update(leaver, leaver.displayName(), leaver.jobTitle(), true);
        assertThat(people(reader, surname)).containsExactly(leaver.id());
    }

    @Test
    void aRenameOrANewJobTitleByAnAdminChangesWhatFindsThePerson() {
        String oldName = word();
        String newName = word();
        String title = word();
        PersonSummary person = testPeople.person("Nia " + oldName);
        PersonSummary reader = testPeople.person("Rory Reader");

        update(person, "Nia " + newName, "Head of " + title, true);

        assertThat(people(reader, oldName)).isEmpty();
        assertThat(people(reader, newName)).containsExactly(person.id());
        assertThat(people(reader, title)).containsExactly(person.id());
    }

    @Test
    void changingTheDeclaredSkillsTopicsAndLanguagesChangesWhatFindsThePerson() {
        String first = word();
        String second = word();
        String topic = word();
        String language = word();
        PersonSummary person = testPeople.person("Pat Practitioner");
        PersonSummary reader = testPeople.person("Rory Reader");
        long firstSkill = testSkills.skill("Skill " + first, null);
        testSkills.skill("Skill " + second, null);
        CurrentUser self = TestLibraries.user(person);
        profileSkills.add(self, "Skill " + first, "2");
        assertThat(people(reader, first)).containsExactly(person.id());

        profileSkills.remove(self, firstSkill);
        profileSkills.add(self, "Skill " + second, "3");
        profileSkills.saveAbout(self, language, "Questions about " + topic, "");

        assertThat(people(reader, first)).isEmpty();
        assertThat(people(reader, second)).containsExactly(person.id());
        assertThat(people(reader, topic)).containsExactly(person.id());
        assertThat(people(reader, language)).containsExactly(person.id());
    }

    @Test
    void renamingASkillOrChangingItsAliasesChangesWhoItFinds() {
        String oldName = word();
        String newName = word();
        String alias = word();
        PersonSummary curator = testPeople.person("Cora Curator", Role.CURATOR);
        PersonSummary person = testPeople.person("Pat Practitioner");
        PersonSummary reader = testPeople.person("Rory Reader");
        long skill = testSkills.skill("Skill " + oldName, null);
        profileSkills.add(TestLibraries.user(person), "Skill " + oldName, "2");

        taxonomy.update(
                TestLibraries.user(curator),
                skill,
                new SkillCommand("Skill " + newName, null, null, null, alias, false));

        assertThat(people(reader, oldName)).isEmpty();
        assertThat(people(reader, newName)).containsExactly(person.id());
        assertThat(people(reader, alias)).containsExactly(person.id());
    }

    @Test
    void mergingASkillUpdatesEveryoneWhoDeclaresEither() {
        String merged = word();
        String kept = word();
        String keptAlias = word();
        PersonSummary curator = testPeople.person("Cora Curator", Role.CURATOR);
        PersonSummary hadMerged = testPeople.person("Mo Merged");
        PersonSummary hadKept = testPeople.person("Kit Kept");
        PersonSummary reader = testPeople.person("Rory Reader");
        long mergedSkill = testSkills.skill("Skill " + merged, null);
        long keptSkill = testSkills.skill("Skill " + kept, null, keptAlias);
        profileSkills.add(TestLibraries.user(hadMerged), "Skill " + merged, "2");
        profileSkills.add(TestLibraries.user(hadKept), "Skill " + kept, "3");

        taxonomy.merge(TestLibraries.user(curator), mergedSkill, keptSkill);

        // the merged skill's name is now an alias of the kept one: it finds both people, and so do the kept ones
        assertThat(people(reader, merged)).containsExactlyInAnyOrder(hadMerged.id(), hadKept.id());
        assertThat(people(reader, kept)).containsExactlyInAnyOrder(hadMerged.id(), hadKept.id());
        assertThat(people(reader, keptAlias)).containsExactlyInAnyOrder(hadMerged.id(), hadKept.id());
    }

    @Test
    void theTypeAndDepartmentFacetsCountPeopleBesideDocuments() {
        String word = word();
        DepartmentSummary department = testPeople.department("Facets");
        PersonSummary curator = testPeople.person("Cora Curator", Role.CURATOR);
        PersonSummary person = testPeople.person("Fay " + word, department);
        PersonSummary reader = testPeople.person("Rory Reader");
        long library = testLibraries.library(curator, Visibility.ORGANISATION, null);
        testLibraries.textDocument(curator, library, "Notes on " + word, "Text.", Classification.OFFICIAL);

        SearchResults results = search.search(TestLibraries.user(reader), word, 0, 10);

        assertThat(results.total()).isEqualTo(2);
        assertThat(results.facet(Facet.TYPE).counts()).contains(new Count("person", 1));
        assertThat(results.facet(Facet.DEPARTMENT).counts()).contains(new Count(String.valueOf(department.id()), 1));

        SearchResults onlyPeople = search.search(
                TestLibraries.user(reader),
                new SearchRequest(
                        word, SearchFilters.NONE.with(Facet.TYPE, "person"), SearchRequest.Sort.RELEVANCE, 0, 10));
        assertThat(onlyPeople.hits()).extracting(Hit::id).containsExactly(person.id());
    }

    @Test
    void relaxedMatchingAndDidYouMeanFindPeopleToo() {
        String surname = word();
        PersonSummary person = testPeople.person("Vic " + surname);
        PersonSummary reader = testPeople.person("Rory Reader");

        SearchResults relaxed = search.search(TestLibraries.user(reader), surname + " " + word(), 0, 10);
        assertThat(relaxed.relaxed()).isTrue();
        assertThat(relaxed.hits()).extracting(Hit::id).containsExactly(person.id());

        String typo = surname.substring(0, 4) + (surname.charAt(4) == 'x' ? 'y' : 'x') + surname.substring(5);
        assertThat(search.search(TestLibraries.user(reader), typo, 0, 10).suggestion())
                .isEqualTo(surname);
    }

    @Test
    void theResultsPageShowsAPersonMarkedAsSuchWithTheirJobTitleEscaped() throws Exception {
        String surname = word();
        DepartmentSummary department = testPeople.department("Research & <Development>");
        PersonSummary person = testPeople.person("Dee " + surname, department);
        update(person, person.displayName(), "R&D <lead>", true);
        PersonSummary reader = testPeople.person("Rory Reader");

        mvc.perform(get("/search").param("q", surname).with(user(TestPeople.principal(reader))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/people/" + person.id() + "\"")))
                .andExpect(content().string(containsString("agora-type-person")))
                .andExpect(content().string(containsString("(person)")))
                .andExpect(
                        content().string(containsString("R&amp;D &lt;lead&gt; · Research &amp; &lt;Development&gt;")))
                .andExpect(content().string(containsString(">Person<")));
    }

    @Test
    void reindexingEveryonePicksUpSkillsWrittenStraightToTheDatabase() {
        String skillWord = word();
        PersonSummary person = testPeople.person("Sam Seeded");
        PersonSummary reader = testPeople.person("Rory Reader");
        long skill = testSkills.skill("Skill " + skillWord, null);
        testSkills.declare(person, skill, 3); // round the module, as the demo seeder does
        assertThat(people(reader, skillWord)).isEmpty();

        assertThat(peopleIndex.reindexAllPeople()).isPositive();

        assertThat(people(reader, skillWord)).containsExactly(person.id());
    }

    private List<Long> people(PersonSummary viewer, String query) {
        return search.search(TestLibraries.user(viewer), query, 0, 50).hits().stream()
                .filter(hit -> Hit.PERSON.equals(hit.type()))
                .map(Hit::id)
                .toList();
    }

    private void update(PersonSummary person, String name, String jobTitle, boolean active) {
        personService.updatePerson(
                person.id(), person.email(), name, jobTitle, person.departmentId(), person.roles(), active);
    }

    static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }
}
