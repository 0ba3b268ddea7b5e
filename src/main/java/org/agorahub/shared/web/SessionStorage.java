package org.agorahub.shared.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * HTTP sessions live in PostgreSQL (Spring Session JDBC, tables from Flyway V45; cookie and timeout from the
 * {@code server.servlet.session.*} settings). Their attributes are Java-serialised, so a session written by an older
 * Agora (or an older Spring Security) may not read back after an upgrade: such an attribute reads as absent, so the
 * person is asked to sign in again instead of meeting an error on every page until the session expires.
 */
@Configuration(proxyBeanMethods = false)
class SessionStorage implements BeanClassLoaderAware {

    private static final Logger log = LoggerFactory.getLogger(SessionStorage.class);

    private ClassLoader classLoader;

    @Override
    public void setBeanClassLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> unreadableSessionAttributesAreDropped() {
        GenericConversionService conversion = new GenericConversionService();
        conversion.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversion.addConverter(byte[].class, Object.class, new Lenient(new DeserializingConverter(classLoader)));
        return repository -> repository.setConversionService(conversion);
    }

    /** Reads a serialised attribute, or null when it cannot be read by this version. */
    private record Lenient(DeserializingConverter reader) implements Converter<byte[], Object> {

        @Override
        public Object convert(byte[] bytes) {
            try {
                return reader.convert(bytes);
            } catch (RuntimeException e) {
                log.info(
                        "A session attribute written by another version could not be read; it is dropped: {}",
                        e.getMessage());
                return null;
            }
        }
    }
}
