package de.kiregister.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import de.kiregister.identity.Role;
import de.kiregister.identity.domain.UserAccountService;
import de.kiregister.test.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Repeated failed logins lock the user name for a while (rule 35), for the login form and HTTP Basic alike, and
 * for names that do not exist the same way, so the message tells an attacker nothing about which names exist.
 * Defaults: 5 failures within 15 minutes lock for 15 minutes.
 */
@WebIntegrationTest
class LoginThrottleTests {

    private static final String PASSWORD = "richtig-richtig-123";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountService users;

    @Autowired
    JdbcClient jdbc;

    private String user() {
        String username = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
        users.createIfMissing(username, "Drossel Test", username + "@example.org", PASSWORD, Set.of(Role.CAIO));
        return username;
    }

    private ResultActions login(String username, String password) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()));
    }

    private void failFiveTimes(String username) throws Exception {
        for (int i = 0; i < 5; i++) {
            login(username, "falsch-" + i).andExpect(redirectedUrl("/login?error"));
        }
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordIsRefusedWithAClearMessage() throws Exception {
        String username = user();
        failFiveTimes(username);

        login(username, PASSWORD).andExpect(redirectedUrl("/login?locked"));

        String page = mvc.perform(get("/login").param("locked", "")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Zu viele fehlgeschlagene Anmeldeversuche")
                .contains("für 15 Minuten gesperrt");
        // The lock is per name: someone else logs in as usual.
        String other = user();
        login(other, PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void unknownNamesAreCountedAndLockedTheSameWay() throws Exception {
        String nobody = "niemand-" + UUID.randomUUID();
        failFiveTimes(nobody);
        login(nobody, PASSWORD).andExpect(redirectedUrl("/login?locked"));
        // Upper case and spaces do not get around it.
        login("  " + nobody.toUpperCase() + " ", PASSWORD).andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void aSuccessfulLoginClearsTheCountAndTheLockEnds() throws Exception {
        String username = user();
        for (int i = 0; i < 4; i++) {
            login(username, "falsch").andExpect(redirectedUrl("/login?error"));
        }
        login(username, PASSWORD).andExpect(redirectedUrl("/"));
        assertThat(rows(username)).isZero();
        failFiveTimes(username);
        login(username, PASSWORD).andExpect(redirectedUrl("/login?locked"));

        // Sixteen minutes later (the lock moved into the past instead of waiting).
        jdbc.sql("update login_throttle set locked_until = now() - interval '1 minute', "
                + "first_failure_at = now() - interval '16 minutes' where username = ?").param(username).update();
        login(username, PASSWORD).andExpect(redirectedUrl("/"));
        assertThat(rows(username)).isZero();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() throws Exception {
        String username = user();
        for (int i = 0; i < 4; i++) {
            login(username, "falsch").andExpect(redirectedUrl("/login?error"));
        }
        jdbc.sql("update login_throttle set first_failure_at = now() - interval '20 minutes' where username = ?")
                .param(username).update();
        login(username, "falsch").andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.sql("select failures from login_throttle where username = ?").param(username)
                .query(Integer.class).single()).isOne();
        login(username, PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void httpBasicIsThrottledToo() throws Exception {
        String username = user();
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/anything").with(httpBasic(username, "falsch"))).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/anything").with(httpBasic(username, PASSWORD))).andExpect(status().isUnauthorized());
        login(username, PASSWORD).andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void concurrentFailuresAreAllCounted() throws Exception {
        String username = user();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                attempts.add(pool.submit(() -> {
                    go.await();
                    return mvc.perform(get("/api/anything").with(httpBasic(username, "falsch")))
                            .andReturn().getResponse().getStatus();
                }));
            }
            go.countDown();
            for (Future<Integer> attempt : attempts) {
                assertThat(attempt.get(30, TimeUnit.SECONDS)).isEqualTo(401);
            }
        } finally {
            pool.shutdownNow();
        }
        // Every attempt that got as far as the password was counted; the rest were refused as locked.
        assertThat(jdbc.sql("select failures from login_throttle where username = ?").param(username)
                .query(Integer.class).single()).isBetween(5, 8);
        login(username, PASSWORD).andExpect(redirectedUrl("/login?locked"));
    }

    private long rows(String username) {
        return jdbc.sql("select count(*) from login_throttle where username = ?").param(username)
                .query(Long.class).single();
    }
}
