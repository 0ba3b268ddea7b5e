package org.agorahub.people.domain;

import java.util.Set;
import org.agorahub.people.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates the configured first admin when the organisation has no admin at all. */
@Component
@Order(0)
@EnableConfigurationProperties(InitialAdminProperties.class)
class InitialAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final InitialAdminProperties properties;
    private final PersonRepository people;
    private final DepartmentRepository departments;
    private final PersonService service;

    InitialAdmin(
            InitialAdminProperties properties,
            PersonRepository people,
            DepartmentRepository departments,
            PersonService service) {
        this.properties = properties;
        this.people = people;
        this.departments = departments;
        this.service = service;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.configured() || people.countWithRole(Role.ADMIN) > 0) {
            return;
        }
        if (properties.password().length() < 12) {
            log.warn("agora.initial-admin.password is shorter than 12 characters: no admin created");
            return;
        }
        long departmentId = departments
                .findByNameIgnoringCase(properties.department())
                .map(Department::getId)
                .orElseGet(() ->
                        service.createDepartment(properties.department(), null).id());
        service.createPerson(new org.agorahub.people.NewPerson(
                properties.email(), properties.name(), null, departmentId, Set.of(Role.ADMIN), properties.password()));
        log.info("Created the initial admin account {}", properties.email());
    }
}
