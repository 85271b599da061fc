package io.dearbridge.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class DatabaseReadinessCheckTest {

    @Test
    void aDownAnswerCarriesNoExceptionText() {
        DatabaseReadinessCheck check = new DatabaseReadinessCheck();
        check.dataSource = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    throw new SQLException("Connection to db-7.internal:5432 refused for user bridge_owner");
                });
        HealthCheckResponse response = check.call();
        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        String data = String.valueOf(response.getData().orElseThrow());
        assertFalse(data.contains("db-7.internal") || data.contains("bridge_owner") || data.contains("SQLException"),
                data);
    }
}
