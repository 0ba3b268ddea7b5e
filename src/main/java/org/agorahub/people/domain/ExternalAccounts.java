package org.agorahub.people.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.agorahub.people.PersonChanged;
import org.agorahub.people.Role;
import org.agorahub.people.domain.SignInRefusedException.Reason;
import org.agorahub.shared.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People who sign in through the organisation's directory or an OpenID Connect provider: created at their first
 * sign-in (just in time), brought in step with the directory at every sign-in and sync. Each call is one
 * transaction, so a refusal leaves nothing half-made. Changes are audited with no actor: the directory made them.
 */
@Service
public class ExternalAccounts {

    private static final Logger log = LoggerFactory.getLogger(ExternalAccounts.class);

    private final PersonRepository people;
    private final DepartmentRepository departments;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    ExternalAccounts(
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

    /**
     * The account of someone the directory or provider has just vouched for: found by their external id, else (first
     * sign-in) by email and linked, else created; then updated from the profile.
     *
     * @throws SignInRefusedException when they may not use Agora, their entry lacks an email or a department, their
     *     email belongs to an account linked elsewhere, or their Agora account is deactivated; nothing changes then
     */
    @Transactional
    public Account signIn(ExternalProfile profile, ExternalRules rules) {
        if (!rules.allows(profile.groups())) {
            throw new SignInRefusedException(Reason.NOT_ALLOWED, profile.source() + " " + profile.externalId());
        }
        String email = required(profile.email(), Reason.NO_EMAIL, profile);
        String departmentName = departmentName(profile, rules);
        Person person =
                people.findByExternalId(profile.source(), profile.externalId()).orElse(null);
        if (person == null) {
            person = people.findByEmail(email).orElse(null);
            if (person != null && person.getExternalSource() != null) {
                // the address belongs to someone who signs in elsewhere (or to another directory entry)
                throw new SignInRefusedException(Reason.CONFLICT, email);
            }
        }
        if (person != null && !person.isActive()) {
            throw new SignInRefusedException(Reason.DEACTIVATED, email);
        }
        if (person != null && people.emailUsedByOther(email, person.getId())) {
            throw new SignInRefusedException(Reason.CONFLICT, email);
        }
        Person signedIn = person == null
                ? create(profile, email, departmentName, rules)
                : update(person, profile, email, departmentName, rules);
        return PersonService.account(signedIn);
    }

    /**
     * Brings the active people of one source in step with the directory: those it still lists are updated (and
     * deactivated if they may no longer use Agora), those it no longer lists are deactivated. Local accounts are
     * never touched, nor the last active admin. The scheduled sync runs on one node at a time (see DirectorySync).
     *
     * @param listed everyone the directory lists now, by external id
     */
    @Transactional
    public SyncOutcome sync(String source, Collection<ExternalProfile> listed, ExternalRules rules) {
        Map<String, ExternalProfile> byId = new HashMap<>();
        listed.forEach(p -> byId.put(p.externalId(), p));
        int updated = 0;
        int deactivated = 0;
        int kept = 0;
        for (Person person : people.findActiveFromSource(source)) {
            ExternalProfile profile = byId.get(person.getExternalId());
            String why = null;
            if (profile == null) {
                why = "no longer in the directory";
            } else if (!rules.allows(profile.groups())) {
                why = "no longer in the group " + rules.requiredGroup();
            } else {
                try {
                    String email = required(profile.email(), Reason.NO_EMAIL, profile);
                    if (people.emailUsedByOther(email, person.getId())) {
                        throw new SignInRefusedException(Reason.CONFLICT, email);
                    }
                    update(person, profile, email, departmentName(profile, rules), rules);
                    updated++;
                } catch (SignInRefusedException e) {
                    // an entry that lost its email or department: leave the person as they are until it is fixed
                    log.warn("Directory sync left {} unchanged: {}", person.getEmail(), e.getMessage());
                    kept++;
                }
                continue;
            }
            if (PersonService.isLastActiveAdmin(person, people)) {
                log.warn("Directory sync kept {} active: the last active admin ({})", person.getEmail(), why);
                kept++;
                continue;
            }
            person.setActive(false);
            audit.record(null, "person.deactivated", "person", person.getId(), person.getEmail() + ": " + why);
            events.publishEvent(new PersonChanged(person.getId()));
            deactivated++;
        }
        return new SyncOutcome(updated, deactivated, kept, false);
    }

    /** What a sync did; {@code skipped} when another node was already running it. */
    public record SyncOutcome(int updated, int deactivated, int unchanged, boolean skipped) {}

    private Person create(ExternalProfile profile, String email, String departmentName, ExternalRules rules) {
        // nobody knows this password: directory people sign in through the directory only
        Person person = new Person(
                email,
                displayName(profile, email),
                jobTitle(profile),
                department(departmentName, profile.source()),
                passwordEncoder.encode(UUID.randomUUID().toString()));
        person.linkTo(profile.source(), profile.externalId());
        person.assignRoles(rules.rolesFor(profile.groups()));
        person.reportTo(manager(profile, null));
        Person saved = people.save(person);
        audit.record(
                null,
                "person.created",
                "person",
                saved.getId(),
                saved.getEmail() + " " + roleList(saved.getRoles()) + " from " + profile.source());
        events.publishEvent(new PersonChanged(saved.getId()));
        return saved;
    }

    private Person update(
            Person person, ExternalProfile profile, String email, String departmentName, ExternalRules rules) {
        boolean linking = person.getExternalSource() == null;
        Department department = department(departmentName, profile.source());
        String name = displayName(profile, email);
        Person manager = manager(profile, person);
        boolean changed = linking
                || !email.equals(person.getEmail())
                || !name.strip().equals(person.getDisplayName())
                || !Objects.equals(jobTitle(profile), person.getJobTitle())
                || !department.getId().equals(person.getDepartment().getId())
                || manager != person.getManager();
        if (linking) {
            person.linkTo(profile.source(), profile.externalId());
            audit.record(null, "person.linked", "person", person.getId(), person.getEmail() + " → " + profile.source());
        }
        Department before = person.getDepartment();
        if (changed) {
            person.update(email, name, jobTitle(profile), department);
            person.reportTo(manager);
        }
        if (!before.getId().equals(department.getId())) {
            audit.record(
                    null,
                    "person.department.changed",
                    "person",
                    person.getId(),
                    before.getName() + " → " + department.getName() + " (" + profile.source() + ")");
        }
        Set<Role> oldRoles = Set.copyOf(person.getRoles());
        Set<Role> newRoles = rules.rolesFor(profile.groups());
        if (!newRoles.contains(Role.ADMIN) && PersonService.isLastActiveAdmin(person, people)) {
            // the same guard as an admin's edit: Agora is never left without an active admin
            log.warn("{} keeps the admin role the directory no longer gives: the last active admin", email);
            newRoles.add(Role.ADMIN);
        }
        if (!oldRoles.equals(newRoles)) {
            person.assignRoles(newRoles);
            audit.record(
                    null,
                    "person.roles.changed",
                    "person",
                    person.getId(),
                    roleList(oldRoles) + " → " + roleList(newRoles) + " (" + profile.source() + ")");
            changed = true;
        }
        if (changed) {
            events.publishEvent(new PersonChanged(person.getId()));
        }
        return person;
    }

    /** The department of that name (any case), created at the top level when the organisation has none yet. */
    private Department department(String name, String source) {
        Optional<Department> found = departments.findByNameIgnoringCase(name);
        if (found.isPresent()) {
            return found.get();
        }
        Department created = departments.save(new Department(name, null));
        audit.record(null, "department.created", "department", created.getId(), name + " (" + source + ")");
        return created;
    }

    /** The manager when Agora knows them (by id at the same source, else by email); never the person themself. */
    private Person manager(ExternalProfile profile, Person person) {
        Optional<Person> found = Optional.empty();
        if (profile.managerExternalId() != null && !profile.managerExternalId().isBlank()) {
            found = people.findByExternalId(profile.source(), profile.managerExternalId());
        }
        if (found.isEmpty()
                && profile.managerEmail() != null
                && !profile.managerEmail().isBlank()) {
            found = people.findByEmail(profile.managerEmail().strip());
        }
        return found.filter(m -> person == null || !m.getId().equals(person.getId()))
                .orElse(null);
    }

    private static String departmentName(ExternalProfile profile, ExternalRules rules) {
        String name = blankToNull(profile.department());
        if (name == null) {
            name = blankToNull(rules.defaultDepartment());
        }
        if (name == null) {
            throw new SignInRefusedException(Reason.NO_DEPARTMENT, profile.source() + " " + profile.externalId());
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String required(String value, Reason reason, ExternalProfile profile) {
        String v = blankToNull(value);
        if (v == null || v.length() > 254 || !v.contains("@")) {
            throw new SignInRefusedException(reason, profile.source() + " " + profile.externalId());
        }
        return Person.normaliseEmail(v);
    }

    private static String displayName(ExternalProfile profile, String email) {
        String name = blankToNull(profile.displayName());
        name = name == null ? email.substring(0, email.indexOf('@')) : name;
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String jobTitle(ExternalProfile profile) {
        String title = blankToNull(profile.jobTitle());
        return title == null || title.length() <= 200 ? title : title.substring(0, 200);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String roleList(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(", ", "[", "]"));
    }
}
