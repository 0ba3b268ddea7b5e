package org.agorahub.curation.featured;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.agorahub.forum.ForumApi;
import org.agorahub.forum.ThreadReference;
import org.agorahub.library.DocumentReference;
import org.agorahub.library.LibraryApi;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.shared.NotFoundException;
import org.agorahub.shared.RefusedException;
import org.agorahub.shared.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Featured content: curators pin documents, forum threads or people to the home page, for everyone or one department,
 * until an optional last day, in an order they choose. What a viewer sees is filtered through the owning module's
 * access rules at the moment they look, so a pin never shows an item the viewer may not open (a document that
 * became restricted after it was pinned disappears for those who lost access).
 */
@Service
class FeaturedService {

    /** The address of an item's page, wherever the application runs: kind and id. */
    private static final Pattern ADDRESS = Pattern.compile(
            "^(?:https?://[^/]+)?(?:/[^?#]*)?/(documents|forums/threads|people)/(\\d{1,18})(?:[/?#].*)?$");

    private static final Pattern ID = Pattern.compile("^#?(\\d{1,18})$");

    private final LibraryApi library;
    private final ForumApi forum;
    private final PeopleApi people;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    FeaturedService(
            LibraryApi library,
            ForumApi forum,
            PeopleApi people,
            AccessPolicy access,
            AuditLog audit,
            JdbcClient jdbc) {
        this.library = library;
        this.forum = forum;
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    record Row(long id, FeaturedKind kind, long itemId, Long departmentId, LocalDate expiresOn, boolean expired) {}

    record Item(FeaturedKind kind, long id) {}

    static boolean mayCurate(CurrentUser user) {
        return user.isAdmin() || user.hasRole(Role.CURATOR);
    }

    /** The pins that apply to the viewer (everyone's and their department's, not expired) that they may open. */
    @Transactional(readOnly = true)
    public List<FeaturedCard> forViewer(CurrentUser viewer) {
        List<Row> rows = jdbc.sql("""
                select id, kind, item_id, department_id, expires_on, false as expired from featured_item
                where (department_id is null or department_id = :dept)
                  and (expires_on is null or expires_on >= current_date)
                order by position, id
                """)
                .param("dept", viewer.departmentId() == null ? -1L : viewer.departmentId())
                .query(Row.class)
                .list();
        Map<Item, FeaturedCard> cards = cards(viewer, rows);
        List<FeaturedCard> shown = new ArrayList<>();
        for (Row row : rows) {
            FeaturedCard card = cards.get(new Item(row.kind(), row.itemId()));
            if (card != null && !shown.contains(card)) {
                shown.add(card);
            }
        }
        return shown;
    }

    /** Every pin, expired ones included, in order, with the items as the curator sees them. */
    @Transactional(readOnly = true)
    public List<FeaturedPin> pins(CurrentUser curator) {
        require(curator, "manage featured content");
        List<Row> rows = jdbc.sql("""
                select id, kind, item_id, department_id, expires_on,
                       coalesce(expires_on < current_date, false) as expired
                from featured_item order by position, id
                """).query(Row.class).list();
        Map<Item, FeaturedCard> cards = cards(curator, rows);
        Map<Long, String> departments = departmentNames();
        List<FeaturedPin> pins = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            pins.add(new FeaturedPin(
                    row.id(),
                    row.kind(),
                    row.itemId(),
                    cards.get(new Item(row.kind(), row.itemId())),
                    row.departmentId(),
                    row.departmentId() == null ? null : departments.get(row.departmentId()),
                    row.expiresOn(),
                    row.expired(),
                    i == 0,
                    i == rows.size() - 1));
        }
        return pins;
    }

    @Transactional(readOnly = true)
    public List<DepartmentSummary> departments() {
        return people.departments();
    }

    /**
     * Pins an item, last in the order. Refused when the reference names nothing the curator can open, the department
     * does not exist, the last day is already past, or the same item is already pinned for the same audience.
     */
    @Transactional
    public long pin(
            CurrentUser curator, String reference, FeaturedKind kindOfId, Long departmentId, LocalDate expiresOn) {
        require(curator, "pin featured content");
        Item item = parse(reference, kindOfId);
        FeaturedCard card = cards(curator, List.of(new Row(0, item.kind(), item.id(), null, null, false)))
                .get(item);
        if (card == null) {
            throw new RefusedException("reference", "featured.reference.notFound");
        }
        if (departmentId != null && !departmentNames().containsKey(departmentId)) {
            throw new RefusedException("departmentId", "featured.department.unknown");
        }
        if (expiresOn != null && expiresOn.isBefore(today())) {
            throw new RefusedException("expiresOn", "featured.expiresOn.past");
        }
        boolean taken = jdbc.sql("""
                select exists (select 1 from featured_item
                               where kind = ? and item_id = ? and department_id is not distinct from ?)
                """)
                .params(item.kind().name(), item.id(), departmentId)
                .query(Boolean.class)
                .single();
        if (taken) {
            throw new RefusedException("reference", "featured.duplicate", card.title());
        }
        long id = jdbc.sql("""
                insert into featured_item (kind, item_id, department_id, expires_on, position, pinned_by)
                values (?, ?, ?, ?, (select coalesce(max(position), 0) + 1 from featured_item), ?)
                returning id
                """)
                .params(item.kind().name(), item.id(), departmentId, expiresOn, curator.id())
                .query(Long.class)
                .single();
        audit.record(
                curator.id(),
                "featured.pin",
                "featured_item",
                id,
                item.kind() + " " + item.id() + " \"" + card.title() + "\" for "
                        + (departmentId == null ? "the organisation" : "department " + departmentId)
                        + (expiresOn == null ? "" : " until " + expiresOn));
        return id;
    }

    @Transactional
    public void remove(CurrentUser curator, long id) {
        require(curator, "remove featured content");
        Row row = row(id);
        jdbc.sql("delete from featured_item where id = ?").param(id).update();
        audit.record(curator.id(), "featured.remove", "featured_item", id, row.kind() + " " + row.itemId());
    }

    /** Swaps the pin with its neighbour above ({@code up}) or below in the order; at either end nothing moves. */
    @Transactional
    public void move(CurrentUser curator, long id, boolean up) {
        require(curator, "reorder featured content");
        row(id);
        jdbc.sql("lock table featured_item in share row exclusive mode").update();
        List<Long> order = jdbc.sql("select id from featured_item order by position, id")
                .query(Long.class)
                .list();
        int at = order.indexOf(id);
        int other = up ? at - 1 : at + 1;
        if (at < 0 || other < 0 || other >= order.size()) {
            return;
        }
        List<Long> moved = new ArrayList<>(order);
        moved.set(at, order.get(other));
        moved.set(other, id);
        for (int i = 0; i < moved.size(); i++) {
            jdbc.sql("update featured_item set position = ? where id = ?")
                    .params(i + 1, moved.get(i))
                    .update();
        }
        audit.record(curator.id(), "featured.move", "featured_item", id, up ? "up" : "down");
    }

    /** The item a pasted address or id names; a bare id takes the kind the curator chose. */
    static Item parse(String reference, FeaturedKind kindOfId) {
        String text = reference == null ? "" : reference.strip();
        Matcher address = ADDRESS.matcher(text);
        if (address.matches()) {
            FeaturedKind kind = switch (address.group(1)) {
                case "documents" -> FeaturedKind.DOCUMENT;
                case "forums/threads" -> FeaturedKind.THREAD;
                default -> FeaturedKind.PERSON;
            };
            return new Item(kind, Long.parseLong(address.group(2)));
        }
        Matcher id = ID.matcher(text);
        if (id.matches() && kindOfId != null) {
            return new Item(kindOfId, Long.parseLong(id.group(1)));
        }
        throw new RefusedException("reference", "featured.reference.unrecognised");
    }

    /** The items the person may open, as cards; one query per kind however many. */
    private Map<Item, FeaturedCard> cards(CurrentUser user, Collection<Row> rows) {
        Map<FeaturedKind, List<Long>> ids = rows.stream()
                .collect(Collectors.groupingBy(Row::kind, Collectors.mapping(Row::itemId, Collectors.toList())));
        Map<Item, FeaturedCard> cards = new HashMap<>();
        if (ids.containsKey(FeaturedKind.DOCUMENT)) {
            for (DocumentReference d : library.readableDocuments(user, ids.get(FeaturedKind.DOCUMENT))
                    .values()) {
                cards.put(
                        new Item(FeaturedKind.DOCUMENT, d.id()),
                        new FeaturedCard(FeaturedKind.DOCUMENT, d.title(), "/documents/" + d.id(), d.libraryName()));
            }
        }
        if (ids.containsKey(FeaturedKind.THREAD)) {
            for (ThreadReference t :
                    forum.readableThreads(user, ids.get(FeaturedKind.THREAD)).values()) {
                cards.put(
                        new Item(FeaturedKind.THREAD, t.id()),
                        new FeaturedCard(FeaturedKind.THREAD, t.title(), "/forums/threads/" + t.id(), t.boardName()));
            }
        }
        if (ids.containsKey(FeaturedKind.PERSON)) {
            for (PersonSummary p :
                    people.findPeople(ids.get(FeaturedKind.PERSON)).values()) {
                if (p.active() && access.canViewProfile(user, p)) {
                    String detail = Optional.ofNullable(p.jobTitle())
                            .filter(title -> !title.isBlank())
                            .map(title -> title + " · " + p.departmentName())
                            .orElse(p.departmentName());
                    cards.put(
                            new Item(FeaturedKind.PERSON, p.id()),
                            new FeaturedCard(FeaturedKind.PERSON, p.displayName(), "/people/" + p.id(), detail));
                }
            }
        }
        return cards;
    }

    private Row row(long id) {
        return jdbc.sql("""
                        select id, kind, item_id, department_id, expires_on, false as expired
                        from featured_item where id = ?
                        """)
                .param(id)
                .query(Row.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("featured item " + id));
    }

    private Map<Long, String> departmentNames() {
        Map<Long, String> names = new HashMap<>();
        people.departments().forEach(d -> names.put(d.id(), d.name()));
        return names;
    }

    private LocalDate today() {
        return jdbc.sql("select current_date").query(LocalDate.class).single();
    }

    private void require(CurrentUser user, String action) {
        access.require(mayCurate(user), user, action, "featured");
    }
}
