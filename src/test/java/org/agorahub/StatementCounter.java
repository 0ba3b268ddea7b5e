package org.agorahub;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts every SQL statement the application prepares, whether through Hibernate or JdbcClient, so tests can show
 * that a page costs the same number of queries however much it lists. Only statements of the thread that called
 * {@link #reset} count (MockMvc runs the request on it): asynchronous event listeners, such as search reindexing
 * after an upload, run on other threads at unpredictable moments and are not part of the page's cost.
 */
@Component
public class StatementCounter implements BeanPostProcessor {

    private final AtomicLong statements = new AtomicLong();
    private volatile Thread counted;

    public void reset() {
        counted = Thread.currentThread();
        statements.set(0);
    }

    public long count() {
        return statements.get();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                        Object result = invoke(dataSource, method, args);
                        return result instanceof Connection connection ? counting(connection) : result;
                    });
        }
        return bean;
    }

    private Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    boolean statement = name.equals("prepareStatement")
                            || name.equals("createStatement")
                            || name.equals("prepareCall");
                    if (statement && Thread.currentThread() == counted) {
                        statements.incrementAndGet();
                    }
                    return invoke(connection, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
