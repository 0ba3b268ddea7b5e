package org.agorahub.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.agorahub.AgoraTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@AgoraTest
class DatabaseLocatorTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void testsRunOnARealPostgresqlWithAFreshDatabaseForTheContext() {
        String version = jdbc.sql("select version()").query(String.class).single();
        String database =
                jdbc.sql("select current_database()").query(String.class).single();

        assertThat(version).startsWith("PostgreSQL 1");
        assertThat(database).matches("agora_\\d+");
    }

    @Test
    void flywayOwnsTheSchema() {
        Integer applied = jdbc.sql("select count(*) from flyway_schema_history where success")
                .query(Integer.class)
                .single();
        Boolean personTable = jdbc.sql("select to_regclass('public.person') is not null")
                .query(Boolean.class)
                .single();

        assertThat(applied).isGreaterThanOrEqualTo(4);
        assertThat(personTable).isTrue();
    }
}
