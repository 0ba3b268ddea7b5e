package org.agorahub.people;

import java.util.Map;

/**
 * A part of a person's profile page that another module provides (their skills, their evidence, ...), so the
 * people module shows it without depending on that module. The profile renders every section bean in
 * {@link #order()}, each by its fragment with the attributes it returned.
 */
public interface ProfileSection {

    /** Sections render from the lowest order to the highest. */
    int order();

    /** The Thymeleaf fragment that renders the section, e.g. {@code "expertise/profile-skills :: section"}. */
    String fragment();

    /**
     * The model attributes the fragment needs to show this person's section to this viewer. Names should be
     * specific to the section (they share the page's model). A section costs a constant number of statements,
     * however much it shows.
     */
    Map<String, Object> attributes(PersonSummary person, CurrentUser viewer);
}
