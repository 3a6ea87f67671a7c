package de.kiregister.shared.infrastructure;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs of the application (the dialogue reminder, the retry of event listeners) fire only while
 * {@code kiregister.scheduling.enabled} is true, the default. Tests switch it off and call the jobs themselves, so a
 * run at seven o'clock cannot interfere with them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "kiregister.scheduling.enabled", matchIfMissing = true)
@EnableScheduling
public class SchedulingConfiguration {
}
