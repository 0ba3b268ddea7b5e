package org.agorahub.people.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.EmailInUseException;
import org.agorahub.people.HandOverRefusedException;
import org.agorahub.people.NewPerson;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.PeopleSettings;
import org.agorahub.people.PersonChanged;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.shared.audit.AuditLog;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and departments. Returns summaries only, so nothing lazy leaks into views. Creating or changing a person
 * publishes {@link PersonChanged} inside the transaction.
 */
@EnableConfigurationProperties(PeopleSettings.class)
@Service
@Transactional(readOnly = true)
public class PersonService implements PeopleApi {

    private static final int IDS_PER_QUERY = 5000;

    private final PersonRepository people;
    private final DepartmentRepository departments;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    PersonService(
            PersonRepository people,
            DepartmentRepository departments,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            AuditLog audit) {
        this.people = people;
        this.departments = departments;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.audit = audit;
    }

    @Override
    public Optional<PersonSummary> findPerson(long id) {
        return people.findWithDepartment(id).map(PersonService::summary);
    }

    @Override
    public Optional<PersonSummary> findByEmail(String email) {
        return email == null
                ? Optional.empty()
                : people.findByEmail(email.strip()).map(PersonService::summary);
    }

    @Override
    public Map<Long, PersonSummary> findPeople(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // in slices well under PostgreSQL's limit of bind parameters, so callers may ask for any number of people
        List<Long> distinct = List.copyOf(Set.copyOf(ids));
        Map<Long, PersonSummary> found = new java.util.HashMap<>();
        for (int from = 0; from < distinct.size(); from += IDS_PER_QUERY) {
            people.findAllWithDepartment(distinct.subList(from, Math.min(distinct.size(), from + IDS_PER_QUERY)))
                    .forEach(p -> found.put(p.getId(), summary(p)));
        }
        return found;
    }

    @Override
    public Map<Long, CurrentUser> activeUsers(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return people.findAllWithDepartment(Set.copyOf(ids)).stream()
                .filter(Person::isActive)
                .collect(Collectors.toMap(
                        Person::getId,
                        p -> new CurrentUser(
                                p.getId(),
                                p.getEmail(),
                                p.getDisplayName(),
                                p.getDepartment().getId(),
                                p.getRoles())));
    }

    @Override
    public Map<String, PersonSummary> findByHandles(Collection<String> handles) {
        Set<String> wanted =
                handles.stream().map(h -> h.toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = people.findActiveIdsByHandles(wanted);
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, List<PersonSummary>> byHandle = people.findAllWithDepartment(ids).stream()
                .map(PersonService::summary)
                .collect(Collectors.groupingBy(PersonService::handle));
        Map<String, PersonSummary> unique = new java.util.HashMap<>();
        byHandle.forEach((handle, found) -> {
            if (found.size() == 1) {
                unique.put(handle, found.get(0));
            }
        });
        return unique;
    }

    private static String handle(PersonSummary person) {
        return person.email()
                .substring(0, Math.max(0, person.email().indexOf('@')))
                .toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public List<DepartmentSummary> departments() {
        return departments.findAllWithParents().stream()
                .map(PersonService::summary)
                .toList();
    }

    @Override
    public List<PersonSummary> suggestPeople(String text, int limit) {
        String needle = text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
        if (needle.isEmpty() || limit < 1) {
            return List.of();
        }
        String escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return people
                .suggest(escaped + "%", "% " + escaped + "%", PageRequest.of(0, limit, Sort.by("displayName")))
                .stream()
                .map(PersonService::summary)
                .toList();
    }

    @Override
    public long countPeople() {
        return people.count();
    }

    @Override
    public java.util.Map<Long, Integer> headcounts() {
        java.util.Map<Long, Integer> headcounts = new java.util.HashMap<>();
        people.countActiveByDepartment().forEach(row -> headcounts.put((Long) row[0], ((Number) row[1]).intValue()));
        return headcounts;
    }

    public Page<PersonSummary> directory(String text, Long departmentId, boolean includeInactive, Pageable page) {
        String needle = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        return people.search(needle, departmentId, includeInactive, page).map(PersonService::summary);
    }

    @Override
    @Transactional
    public DepartmentSummary createDepartment(String name, Long parentId) {
        if (departments.findByNameIgnoringCase(name.strip()).isPresent()) {
            throw new DepartmentNameInUseException(name);
        }
        Department parent = parentId == null ? null : department(parentId);
        return summary(departments.save(new Department(name.strip(), parent)));
    }

    /**
     * An admin renames a department and/or moves it under another (or to the top level); each change is audited.
     *
     * @throws DepartmentNameInUseException when another department has the name (in any case)
     * @throws UnknownDepartmentException when the department or the new parent does not exist
     * @throws org.agorahub.shared.RefusedException when the move would put the department under itself or one of
     *     its own sub-departments; nothing changes then
     */
    @Transactional
    public DepartmentSummary updateDepartment(Long actorId, long id, String name, Long parentId) {
        Department department = department(id);
        String newName = name.strip();
        if (departments
                .findByNameIgnoringCase(newName)
                .filter(other -> !other.getId().equals(id))
                .isPresent()) {
            throw new DepartmentNameInUseException(newName);
        }
        Department parent = parentId == null ? null : department(parentId);
        if (parent != null && isWithin(parent, id)) {
            throw new org.agorahub.shared.RefusedException("parentId", "department.parent.cycle");
        }
        String oldName = department.getName();
        Department oldParent = department.getParent();
        if (!oldName.equals(newName)) {
            department.rename(newName);
            audit.record(actorId, "department.renamed", "department", id, oldName + " → " + newName);
        }
        Long oldParentId = oldParent == null ? null : oldParent.getId();
        if (!java.util.Objects.equals(oldParentId, parentId)) {
            department.moveUnder(parent);
            audit.record(
                    actorId,
                    "department.moved",
                    "department",
                    id,
                    (oldParent == null ? "top level" : oldParent.getName()) + " → "
                            + (parent == null ? "top level" : parent.getName()));
        }
        return summary(department);
    }

    /** Whether the department is the one with the id or lies anywhere below it. */
    private static boolean isWithin(Department department, long ancestorId) {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (Department d = department; d != null && seen.add(d.getId()); d = d.getParent()) {
            if (d.getId() == ancestorId) {
                return true;
            }
        }
        return false;
    }

    public Optional<DepartmentSummary> findDepartment(long id) {
        return departments.findById(id).map(PersonService::summary);
    }

    @Override
    @Transactional
    public PersonSummary createPerson(NewPerson command) {
        return createPerson(null, command);
    }

    /** A new account, audited as created by the admin (null: set-up code such as the demo data). */
    @Transactional
    public PersonSummary createPerson(Long actorId, NewPerson command) {
        if (people.findByEmail(command.email().strip()).isPresent()) {
            throw new EmailInUseException(command.email());
        }
        Person person = new Person(
                command.email(),
                command.displayName(),
                command.jobTitle(),
                department(command.departmentId()),
                passwordEncoder.encode(command.password()));
        person.assignRoles(command.roles());
        person.placeAt(command.grade(), command.location());
        Person saved = people.save(person);
        events.publishEvent(new PersonChanged(saved.getId()));
        if (actorId != null) {
            audit.record(
                    actorId,
                    "person.created",
                    "person",
                    saved.getId(),
                    saved.getEmail() + " " + roleList(saved.getRoles()));
        }
        return summary(saved);
    }

    /** An edit of someone's account that keeps their grade and location. */
    @Transactional
    public PersonSummary updatePerson(
            long id,
            String email,
            String displayName,
            String jobTitle,
            long departmentId,
            Set<Role> roles,
            boolean active) {
        Person person = person(id);
        return updatePerson(
                id, email, displayName, jobTitle, departmentId, roles, active, person.getGrade(), person.getLocation());
    }

    /** An edit of someone's account with no one to name as its author in the audit log. */
    @Transactional
    public PersonSummary updatePerson(
            long id,
            String email,
            String displayName,
            String jobTitle,
            long departmentId,
            Set<Role> roles,
            boolean active,
            Integer grade,
            String location) {
        return updatePerson(null, id, email, displayName, jobTitle, departmentId, roles, active, grade, location);
    }

    /**
     * An admin's edit of someone's account. A change of roles and a deactivation or reactivation are audited, with
     * the roles before and after.
     *
     * @throws EmailInUseException when another account has the address
     * @throws HandOverRefusedException when it would leave no active admin; nothing changes then
     */
    @Transactional
    public PersonSummary updatePerson(
            Long actorId,
            long id,
            String email,
            String displayName,
            String jobTitle,
            long departmentId,
            Set<Role> roles,
            boolean active,
            Integer grade,
            String location) {
        Person person = person(id);
        if (people.emailUsedByOther(email.strip(), id)) {
            throw new EmailInUseException(email);
        }
        boolean staysAdmin = active && roles != null && roles.contains(Role.ADMIN);
        if (!staysAdmin) {
            requireAnotherActiveAdmin(person);
        }
        Set<Role> before = Set.copyOf(person.getRoles());
        boolean wasActive = person.isActive();
        person.update(email, displayName, jobTitle, department(departmentId));
        person.assignRoles(roles);
        person.placeAt(grade, location);
        person.setActive(active);
        Set<Role> after = Set.copyOf(person.getRoles());
        if (!before.equals(after)) {
            audit.record(actorId, "person.roles.changed", "person", id, roleList(before) + " → " + roleList(after));
        }
        if (wasActive != active) {
            audit.record(
                    actorId, active ? "person.reactivated" : "person.deactivated", "person", id, person.getEmail());
        }
        events.publishEvent(new PersonChanged(id));
        return summary(person);
    }

    /**
     * Deactivates someone whose holdings were handed over in the same transaction, auditing it.
     *
     * @throws HandOverRefusedException when they are the last active admin
     */
    @Transactional
    void deactivate(long actorId, long id, String detail) {
        Person person = person(id);
        requireAnotherActiveAdmin(person);
        person.setActive(false);
        audit.record(actorId, "person.deactivated", "person", id, detail);
        events.publishEvent(new PersonChanged(id));
    }

    /** @throws HandOverRefusedException when the person is the last active admin */
    void requireAnotherActiveAdmin(long id) {
        requireAnotherActiveAdmin(person(id));
    }

    /** Refuses to take the admin role from (or deactivate) the last active admin, so nobody can administer Agora. */
    private void requireAnotherActiveAdmin(Person person) {
        if (isLastActiveAdmin(person, people)) {
            throw new HandOverRefusedException(null, "admin.people.lastAdmin");
        }
    }

    static boolean isLastActiveAdmin(Person person, PersonRepository people) {
        return person.isActive() && person.getRoles().contains(Role.ADMIN) && people.countWithRole(Role.ADMIN) <= 1;
    }

    private static String roleList(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(", ", "[", "]"));
    }

    /** @return false when the current password does not match; nothing changes then */
    @Transactional
    public boolean changePassword(long id, String currentPassword, String newPassword) {
        Person person = person(id);
        if (!passwordEncoder.matches(currentPassword, person.getPasswordHash())) {
            return false;
        }
        person.changePasswordHash(passwordEncoder.encode(newPassword));
        return true;
    }

    /** Whether the person signs in through the directory or a provider, whose password Agora neither knows nor sets. */
    public boolean signsInElsewhere(long id) {
        return people.findById(id).map(p -> p.getExternalSource() != null).orElse(false);
    }

    /** The person's manager as the directory names them, when Agora knows them and they are active. */
    public Optional<PersonSummary> manager(long id) {
        return people.findWithDepartment(id)
                .map(Person::getManager)
                .flatMap(m -> people.findWithDepartment(m.getId()))
                .filter(Person::isActive)
                .map(PersonService::summary);
    }

    /** For sign-in: the account by email, with what the session needs. */
    public Optional<Account> account(String email) {
        return people.findByEmail(email.strip()).map(PersonService::account);
    }

    /** For every signed-in request: the account as it is now (deactivated, roles changed). */
    public Optional<Account> account(long id) {
        return people.findWithDepartment(id).map(PersonService::account);
    }

    private Person person(long id) {
        return people.findWithDepartment(id).orElseThrow(() -> new UnknownPersonException(id));
    }

    private Department department(long id) {
        return departments.findById(id).orElseThrow(() -> new UnknownDepartmentException(id));
    }

    static Account account(Person p) {
        return new Account(
                p.getId(),
                p.getEmail(),
                p.getDisplayName(),
                p.getDepartment().getId(),
                Set.copyOf(p.getRoles()),
                p.getPasswordHash(),
                p.isActive());
    }

    static PersonSummary summary(Person p) {
        return new PersonSummary(
                p.getId(),
                p.getEmail(),
                p.getDisplayName(),
                p.getJobTitle(),
                p.getDepartment().getId(),
                p.getDepartment().getName(),
                p.isActive(),
                Set.copyOf(p.getRoles()),
                p.getGrade(),
                p.getLocation());
    }

    private static DepartmentSummary summary(Department d) {
        Department parent = d.getParent();
        return new DepartmentSummary(
                d.getId(),
                d.getName(),
                parent == null ? null : parent.getId(),
                parent == null ? null : parent.getName());
    }
}
