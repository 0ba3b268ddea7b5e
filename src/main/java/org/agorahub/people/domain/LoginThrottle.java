package org.agorahub.people.domain;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per login name, whether or not an account has that name, and pauses sign-in for a
 * while after too many. Kept in PostgreSQL so every app node sees the same count.
 */
@Service
public class LoginThrottle {

    private final JdbcClient jdbc;
    private final int maxFailures;
    private final Duration lockout;

    LoginThrottle(JdbcClient jdbc, org.agorahub.people.domain.SecurityProperties properties) {
        this.jdbc = jdbc;
        this.maxFailures = properties.maxFailedLogins();
        this.lockout = properties.lockout();
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String loginName) {
        return jdbc.sql("select locked_until > now() from login_throttle where login_name = ?")
                .param(key(loginName))
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** Records a failure; the one that reaches the limit starts the pause and resets the count. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String loginName) {
        jdbc.sql("""
                insert into login_throttle (login_name, failures, last_failure_at)
                values (:name, 1, now())
                on conflict (login_name) do update
                   set failures = login_throttle.failures + 1, last_failure_at = now()
                """).param("name", key(loginName)).update();
        jdbc.sql("""
                update login_throttle set locked_until = :until, failures = 0
                where login_name = :name and failures >= :max
                """)
                .param("name", key(loginName))
                .param("until", Timestamp.from(Instant.now().plus(lockout)))
                .param("max", maxFailures)
                .update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String loginName) {
        jdbc.sql("delete from login_throttle where login_name = ?")
                .param(key(loginName))
                .update();
    }

    private static String key(String loginName) {
        String key = loginName == null ? "" : loginName.strip().toLowerCase(Locale.ROOT);
        return key.length() > 254 ? key.substring(0, 254) : key;
    }
}
