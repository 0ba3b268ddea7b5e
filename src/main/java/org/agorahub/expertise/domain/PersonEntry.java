package org.agorahub.expertise.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.Immutable;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;

/**
 * A person as the search index sees them: a read-only view of the people module's {@code person} table (this module
 * never writes it), indexed as {@code person} beside documents and forum threads under the same field names, so one
 * query finds all three. {@link PersonEntrySearchBinder} adds the skills, the text and who may find them; {@link
 * PersonEntryRoutingBinder} leaves deactivated people out.
 *
 * <p>Nothing changes this entity, so Hibernate Search never reindexes it by itself: {@link PeopleIndexer} does, for
 * every change of what the entry holds.
 */
@Entity
@Immutable
@Table(name = "person")
@Indexed(index = "person", routingBinder = @RoutingBinderRef(type = PersonEntryRoutingBinder.class))
@TypeBinding(binder = @TypeBinderRef(type = PersonEntrySearchBinder.class))
class PersonEntry {

    @Id
    private Long id;

    /** Indexed as {@code title}, the name documents and threads use for theirs. */
    @Column(name = "display_name", nullable = false, insertable = false, updatable = false)
    @FullTextField(name = "title", analyzer = "english", projectable = Projectable.YES)
    @KeywordField(name = "title_sort", normalizer = "lowercase", sortable = Sortable.YES)
    @FullTextField(name = "title_autocomplete", analyzer = "autocomplete", searchAnalyzer = "autocomplete_query")
    private String displayName;

    @Column(name = "job_title", insertable = false, updatable = false)
    private String jobTitle;

    @Column(name = "department_id", nullable = false, insertable = false, updatable = false)
    private Long departmentId;

    @Column(nullable = false, insertable = false, updatable = false)
    private boolean active;

    /**
     * The names and aliases of the skills the person declares, indexed as {@code tags} like documents' and threads'
     * tags (mapped here, not in the binder, so the field is the same kind of field in all three indexes). Read with
     * the entry, which {@link PeopleIndexer} loads afresh for every reindex.
     */
    @Formula("""
            array(select s.name from person_skill ps join skill s on s.id = ps.skill_id where ps.person_id = id
                  union all
                  select a.alias from person_skill ps join skill_alias a on a.skill_id = ps.skill_id
                  where ps.person_id = id)
            """)
    @FullTextField(name = "tags", analyzer = "english")
    private String[] skills;

    @Column(name = "updated_at", nullable = false, insertable = false, updatable = false)
    @GenericField(
            name = "updatedAt",
            sortable = Sortable.YES,
            projectable = Projectable.YES,
            aggregable = Aggregable.YES)
    private Instant updatedAt;

    protected PersonEntry() {}

    Long getId() {
        return id;
    }

    String getDisplayName() {
        return displayName;
    }

    String getJobTitle() {
        return jobTitle;
    }

    Long getDepartmentId() {
        return departmentId;
    }

    boolean isActive() {
        return active;
    }

    List<String> getSkills() {
        return skills == null ? List.of() : List.of(skills);
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
