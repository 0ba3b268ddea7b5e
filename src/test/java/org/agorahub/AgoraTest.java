package org.agorahub;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.agorahub.people.TestPeople;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application against a real PostgreSQL, driven through MockMvc. Every class using it shares one
 * Spring context and so one database; tests create their own people with {@link TestPeople}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import({
    TestPeople.class,
    org.agorahub.library.TestLibraries.class,
    org.agorahub.forum.TestForums.class,
    org.agorahub.expertise.TestSkills.class,
    StatementCounter.class
})
public @interface AgoraTest {}
