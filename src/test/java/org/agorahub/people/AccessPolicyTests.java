package org.agorahub.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class AccessPolicyTests {

    final AccessPolicy policy = new AccessPolicy();

    final CurrentUser financeMember = new CurrentUser(1L, "a@x", "A", 10L, Set.of(Role.MEMBER));
    final CurrentUser hrMember = new CurrentUser(2L, "b@x", "B", 20L, Set.of(Role.MEMBER));
    final CurrentUser financeLead = new CurrentUser(3L, "c@x", "C", 10L, Set.of(Role.MEMBER, Role.DEPARTMENT_LEAD));
    final CurrentUser admin = new CurrentUser(4L, "d@x", "D", 30L, Set.of(Role.MEMBER, Role.ADMIN));

    @Test
    void everyoneReadsWhatIsOpenToTheOrganisation() {
        assertThat(policy.canRead(financeMember, Audience.organisation())).isTrue();
        assertThat(policy.canRead(hrMember, Audience.organisation())).isTrue();
    }

    @Test
    void departmentContentIsReadOnlyByThatDepartment() {
        Audience finance = Audience.department(10L);

        assertThat(policy.canRead(financeMember, finance)).isTrue();
        assertThat(policy.canRead(hrMember, finance)).isFalse();
    }

    @Test
    void restrictedContentIsReadOnlyByNamedPeople() {
        Audience named = Audience.members(Set.of(2L));

        assertThat(policy.canRead(hrMember, named)).isTrue();
        assertThat(policy.canRead(financeMember, named)).isFalse();
        assertThat(policy.canRead(financeLead, named)).isFalse();
    }

    @Test
    void adminsReadEverything() {
        assertThat(policy.canRead(admin, Audience.department(10L))).isTrue();
        assertThat(policy.canRead(admin, Audience.members(Set.of(2L)))).isTrue();
    }

    @Test
    void readTokensMatchAudienceTokensExactlyWhenAccessIsAllowed() {
        assertThat(policy.readTokens(financeMember)).containsExactlyInAnyOrder("org", "dept:10", "user:1");
        assertThat(Audience.department(10L).readTokens()).containsExactly("dept:10");
        assertThat(Audience.members(Set.of(1L, 2L)).readTokens()).containsExactlyInAnyOrder("user:1", "user:2");
    }

    @Test
    void onlyAdminsManageAccounts() {
        assertThat(policy.canManageUsers(admin)).isTrue();
        assertThat(policy.canManageUsers(financeLead)).isFalse();
        assertThat(policy.canManageUsers(financeMember)).isFalse();
    }

    @Test
    void aLeadLeadsOnlyTheirOwnDepartment() {
        assertThat(policy.canLeadDepartment(financeLead, 10L)).isTrue();
        assertThat(policy.canLeadDepartment(financeLead, 20L)).isFalse();
        assertThat(policy.canLeadDepartment(financeMember, 10L)).isFalse();
        assertThat(policy.canLeadDepartment(admin, 20L)).isTrue();
    }

    @Test
    void deactivatedProfilesAreHiddenFromMembersButNotFromAdmins() {
        PersonSummary gone =
                new PersonSummary(9L, "g@x", "Gone", "Analyst", 10L, "Finance", false, Set.of(Role.MEMBER), null, null);

        assertThat(policy.canViewProfile(financeMember, gone)).isFalse();
        assertThat(policy.canViewProfile(admin, gone)).isTrue();
    }

    @Test
    void requireThrowsWhenDenied() {
        assertThatThrownBy(() -> policy.require(false, financeMember, "manage people", "list"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
