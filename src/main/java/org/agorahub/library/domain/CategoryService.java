package org.agorahub.library.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.Role;
import org.agorahub.shared.audit.AuditLog;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The small tree of document categories that curators and admins keep. */
@Service
@Transactional(readOnly = true)
public class CategoryService {

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final AuditLog audit;

    CategoryService(JdbcClient jdbc, AccessPolicy access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    /** Every category in tree order, each with its depth, for lists and selects. */
    public List<Category> tree() {
        List<Row> rows = jdbc.sql("select id, name, parent_id from category")
                .query(Row.class)
                .list();
        Map<Long, List<Row>> children = new LinkedHashMap<>();
        rows.stream()
                .sorted(Comparator.comparing(r -> r.name().toLowerCase()))
                .forEach(r -> children.computeIfAbsent(r.parentId() == null ? 0L : r.parentId(), k -> new ArrayList<>())
                        .add(r));
        List<Category> tree = new ArrayList<>();
        add(children, 0L, 0, tree);
        return tree;
    }

    private static void add(Map<Long, List<Row>> children, long parent, int depth, List<Category> into) {
        for (Row row : children.getOrDefault(parent, List.of())) {
            into.add(new Category(row.id(), row.name(), row.parentId(), depth));
            if (depth < 5) {
                add(children, row.id(), depth + 1, into);
            }
        }
    }

    public boolean exists(long id) {
        return jdbc.sql("select count(*) > 0 from category where id = ?")
                .param(id)
                .query(Boolean.class)
                .single();
    }

    public boolean canManage(CurrentUser user) {
        return user.isAdmin() || user.hasRole(Role.CURATOR);
    }

    /** @throws CategoryNameInUseException when a sibling already has the name */
    @Transactional
    public long create(CurrentUser user, String name, Long parentId) {
        access.require(canManage(user), user, "manage categories", name);
        if (parentId != null && !exists(parentId)) {
            throw new UnknownCategoryException();
        }
        try {
            long id = jdbc.sql("insert into category (name, parent_id) values (?, ?) returning id")
                    .params(name.strip(), parentId)
                    .query(Long.class)
                    .single();
            audit.record(user.id(), "category.created", "category", id, name.strip());
            return id;
        } catch (DuplicateKeyException e) {
            throw new CategoryNameInUseException();
        }
    }

    /**
     * The category at the end of this path of names from the top level ("Finance", "Budgets"), creating whichever
     * part of it is missing (each creation audited like one made on the categories page). Names are matched in any
     * case, as the tree's uniqueness rule does; a name created meanwhile by someone else is found, not duplicated.
     *
     * @param names at least one name, each non-blank and at most 120 characters
     */
    @Transactional
    public long findOrCreatePath(CurrentUser user, List<String> names) {
        access.require(canManage(user), user, "manage categories", names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("A category path needs at least one name");
        }
        Long parent = null;
        for (String raw : names) {
            String name = raw.strip();
            Long found = child(parent, name);
            if (found == null) {
                found = jdbc.sql(
                                "insert into category (name, parent_id) values (?, ?) on conflict do nothing returning id")
                        .params(name, parent)
                        .query(Long.class)
                        .optional()
                        .orElse(null);
                if (found != null) {
                    audit.record(user.id(), "category.created", "category", found, name);
                } else {
                    found = child(parent, name);
                }
            }
            parent = found;
        }
        return parent;
    }

    private Long child(Long parent, String name) {
        return jdbc.sql("select id from category where coalesce(parent_id, 0) = ? and lower(name) = lower(?)")
                .params(parent == null ? 0L : parent, name)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    /** The category as it is now, for its edit form. */
    public java.util.Optional<Category> find(long id) {
        return tree().stream().filter(c -> c.id() == id).findFirst();
    }

    /** The category and every category under it, at any depth (a category cannot move under any of them). */
    public java.util.Set<Long> subtree(long id) {
        return java.util.Set.copyOf(jdbc.sql("""
                with recursive below (id) as (
                    select id from category where id = ?
                    union select c.id from category c join below b on c.parent_id = b.id)
                select id from below
                """).param(id).query(Long.class).list());
    }

    /**
     * Renames a category and moves it (with everything under it) to another place in the tree, in one step. Refused
     * when the new place is the category itself or under it, when the tree would grow deeper than the six levels it
     * shows, or when a category at the new place already has the name.
     */
    @Transactional
    public void update(CurrentUser user, long id, String name, Long parentId) {
        access.require(canManage(user), user, "manage categories", id);
        Category before = find(id).orElseThrow(UnknownCategoryException::new);
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 120) {
            throw new org.agorahub.shared.RefusedException("name", "category.name.required");
        }
        if (parentId != null) {
            if (!exists(parentId)) {
                throw new org.agorahub.shared.RefusedException("parentId", "category.unknown");
            }
            if (subtree(id).contains(parentId)) {
                throw new org.agorahub.shared.RefusedException("parentId", "category.move.underItself");
            }
            int parentDepth = find(parentId).map(Category::depth).orElse(5);
            if (parentDepth + 1 + height(id) > 5) {
                throw new org.agorahub.shared.RefusedException("parentId", "category.move.tooDeep");
            }
        }
        try {
            jdbc.sql("update category set name = ?, parent_id = ? where id = ?")
                    .params(clean, parentId, id)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new org.agorahub.shared.RefusedException("name", "category.name.inUse");
        }
        audit.record(
                user.id(),
                "category.updated",
                "category",
                id,
                "\"" + before.name() + "\" under " + before.parentId() + " → \"" + clean + "\" under " + parentId);
    }

    /** How many levels lie below the category (0 for a leaf). */
    private int height(long id) {
        return jdbc.sql("""
                with recursive below (id, level) as (
                    select id, 0 from category where id = ?
                    union all select c.id, b.level + 1 from category c join below b on c.parent_id = b.id
                    where b.level < 10)
                select max(level) from below
                """).param(id).query(Integer.class).single();
    }

    record Row(long id, String name, Long parentId) {}

    /** A category in the tree; {@code depth} 0 is the top level. */
    public record Category(long id, String name, Long parentId, int depth) {

        public String indentedName() {
            return "\u2003".repeat(depth) + name;
        }
    }

    /** Another category with the same parent already has this name. */
    public static class CategoryNameInUseException extends RuntimeException {

        CategoryNameInUseException() {
            super("Category name in use");
        }
    }
}
