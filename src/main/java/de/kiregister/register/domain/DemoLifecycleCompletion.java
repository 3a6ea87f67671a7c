package de.kiregister.register.domain;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs after every module's demo data (order 100): only then do the demo use cases have what the release rules
 * ask for, and can move on to pilot and production through the same rules as everyone else.
 */
@Component
@Order(100)
@ConditionalOnBooleanProperty("kiregister.demo.enabled")
class DemoLifecycleCompletion implements ApplicationRunner {

    private final RegisterDemoData registerDemoData;

    DemoLifecycleCompletion(RegisterDemoData registerDemoData) {
        this.registerDemoData = registerDemoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        registerDemoData.completeLifecycles();
    }
}
