package org.agorahub.curation.domain;

import java.time.Instant;
import org.agorahub.forum.ForumApi;
import org.agorahub.library.LibraryApi;
import org.agorahub.library.ReviewCounts;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.Role;
import org.agorahub.search.IndexStatus;
import org.agorahub.search.SearchApi;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * What waits for curators and admins, counted from each module's own rules: a curator's counts include only what
 * they may act on (the documents they may verify, the boards they moderate or see); admins see everything, and
 * alone see the system's health (failed background work) and the people figures.
 */
@Service
@EnableConfigurationProperties(CurationSettings.class)
public class AdminOverview {

    private final LibraryApi libraries;
    private final ForumApi forum;
    private final SearchApi search;
    private final PeopleApi people;
    private final BackgroundWork background;
    private final AccessPolicy policy;
    private final CurationSettings settings;

    AdminOverview(
            LibraryApi libraries,
            ForumApi forum,
            SearchApi search,
            PeopleApi people,
            BackgroundWork background,
            AccessPolicy policy,
            CurationSettings settings) {
        this.libraries = libraries;
        this.forum = forum;
        this.search = search;
        this.people = people;
        this.background = background;
        this.policy = policy;
        this.settings = settings;
    }

    /** Curators and admins reach the admin area. */
    public static boolean canCurate(CurrentUser user) {
        return user.isAdmin() || user.hasRole(Role.CURATOR);
    }

    /** @throws org.springframework.security.access.AccessDeniedException for anyone but curators and admins */
    public Overview overview(CurrentUser user) {
        policy.require(canCurate(user), user, "administer", "home");
        boolean admin = policy.canManageUsers(user);
        return new Overview(
                libraries.reviewCounts(user),
                forum.openFlagCount(user),
                forum.countUnansweredAskedBefore(user, Instant.now().minus(settings.unansweredAfter())),
                settings.unansweredAfter().toDays(),
                libraries.countAccessRequestsWaiting(user),
                search.indexStatus(),
                admin ? background.stuckCount() : 0,
                admin,
                admin ? people.countPeople() : 0,
                admin ? people.departments().size() : 0);
    }

    /**
     * The admin home's figures.
     *
     * @param accessRequests library access requests waiting for this person's answer: of the libraries they are a
     *     named manager of (curators included), all of them for admins
     * @param stuckWork unfinished background work (admins only; 0 for curators)
     * @param admin whether the person sees the admins' parts (people, departments, audit log, background work)
     */
    public record Overview(
            ReviewCounts review,
            long flaggedPosts,
            long oldUnansweredQuestions,
            long unansweredDays,
            long accessRequests,
            IndexStatus index,
            long stuckWork,
            boolean admin,
            long peopleCount,
            long departmentCount) {}
}
