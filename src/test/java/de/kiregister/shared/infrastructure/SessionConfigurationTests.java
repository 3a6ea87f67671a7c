package de.kiregister.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiregister.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

@IntegrationTest
class SessionConfigurationTests {

    @Autowired
    SessionRepository<? extends Session> sessions;

    @Test
    void twoRequestsOfOneSessionAddTheSameAttributeAndTheLaterWins() {
        assertThat(sessions.getClass().getSimpleName()).isEqualTo("JdbcIndexedSessionRepository");
        addTheSameAttributeTwiceAtOnce(sessions);
    }

    private static <S extends Session> void addTheSameAttributeTwiceAtOnce(SessionRepository<S> repository) {
        S session = repository.createSession();
        repository.save(session);
        // Two requests at once: each loaded the session before the other saved it, and each adds the attribute.
        S first = repository.findById(session.getId());
        S second = repository.findById(session.getId());
        first.setAttribute("flash", "aus der ersten Anfrage");
        second.setAttribute("flash", "aus der zweiten Anfrage");

        repository.save(first);
        repository.save(second);

        assertThat(repository.findById(session.getId()).<String>getAttribute("flash"))
                .isEqualTo("aus der zweiten Anfrage");
        repository.deleteById(session.getId());
    }
}
