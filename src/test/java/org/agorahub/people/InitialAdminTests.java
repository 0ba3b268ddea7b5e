package org.agorahub.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.agorahub.people.domain.PersonService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootTest(
        properties = {
            "agora.initial-admin.email=first.admin@council.example",
            "agora.initial-admin.password=a long first password"
        })
class InitialAdminTests {

    @Autowired
    PersonService people;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aServerWithoutDemoDataStartsWithTheConfiguredAdmin() {
        PersonSummary admin = people.directory("first.admin@council.example", null, true, Pageable.unpaged())
                .getContent()
                .get(0);

        assertThat(admin.roles()).contains(Role.ADMIN);
        assertThat(admin.departmentName()).isEqualTo("Administration");
        assertThat(encoder.matches(
                        "a long first password",
                        people.account(admin.email()).orElseThrow().passwordHash()))
                .isTrue();
        assertThat(people.countPeople()).isEqualTo(1);
    }
}
