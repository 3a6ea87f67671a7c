package de.kiregister.classification.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import de.kiregister.classification.Catalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * Loads the rule catalogue once at start-up. An invalid or missing catalogue stops the start: classifying with a
 * broken rule set would produce wrong legal advice, which is worse than not running.
 */
@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CatalogueConfiguration.class);

    @Bean
    Catalogue classificationCatalogue(
            @Value("${kiregister.classification.catalogue:classpath:classification/catalogue.yaml}") Resource resource)
            throws IOException {
        if (!resource.exists()) {
            throw new InvalidCatalogueException(resource.getDescription(), List.of("Datei nicht gefunden"));
        }
        try (InputStream in = resource.getInputStream()) {
            Catalogue catalogue = CatalogueLoader.load(in, resource.getDescription());
            log.info("Regelkatalog {} geladen ({}): {} Fragen, {} Pflichten", catalogue.version(),
                    catalogue.legalBasis(), catalogue.questions().size(), catalogue.obligations().size());
            return catalogue;
        }
    }
}
