package de.kiregister.test;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the current thread sends to PostgreSQL, whoever sends them (Hibernate, JdbcClient):
 * the application's DataSource is wrapped with datasource-proxy. For assertions that a page's statement count does
 * not grow with the data. Statements of other threads (async listeners) are not counted.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private static final ThreadLocal<long[]> COUNT = new ThreadLocal<>();

    private static final ThreadLocal<List<Statement>> CAPTURED = new ThreadLocal<>();

    /**
     * A statement as the driver saw it: its SQL with {@code ?} placeholders and the parameter setters called on it
     * (to replay it, say under {@code explain}).
     */
    public record Statement(String sql, List<ParameterSetOperation> parameters) {
    }

    /** The statements {@code work} executed on this thread, in order (for the benchmark's query plans). */
    public static List<Statement> capture(Runnable work) {
        List<Statement> statements = new ArrayList<>();
        CAPTURED.set(statements);
        try {
            work.run();
            return statements;
        } finally {
            CAPTURED.remove();
        }
    }

    /** How many statements {@code work} executed on this thread. */
    public static long count(Runnable work) {
        long[] count = new long[1];
        COUNT.set(count);
        try {
            work.run();
            return count[0];
        } finally {
            COUNT.remove();
        }
    }

    @Bean
    static BeanPostProcessor statementCountingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(dataSource).name(beanName).listener(new Listener()).build();
                }
                return bean;
            }
        };
    }

    private static final class Listener implements QueryExecutionListener {

        @Override
        public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        }

        @Override
        public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
            long[] count = COUNT.get();
            if (count != null) {
                count[0]++;
            }
            List<Statement> captured = CAPTURED.get();
            if (captured != null) {
                for (QueryInfo query : queryInfoList) {
                    captured.add(new Statement(query.getQuery(), query.getParametersList().isEmpty() ? List.of()
                            : List.copyOf(query.getParametersList().getFirst())));
                }
            }
        }
    }
}
