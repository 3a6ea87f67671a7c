package de.kiregister.dialogue.domain;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.kiregister.dialogue.Party;
import de.kiregister.shared.DomainRuleViolation;
import de.kiregister.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The standard item catalogue ADMIN keeps: what every new round asks each party. Changes apply to rounds started
 * afterwards; started rounds keep their items as they were. Entries are deactivated, not deleted, so the
 * protocol of an old round still explains where its items came from.
 */
@Service
@Transactional(readOnly = true)
public class CatalogueService {

    private final CatalogueItemRepository catalogue;

    CatalogueService(CatalogueItemRepository catalogue) {
        this.catalogue = catalogue;
    }

    public List<CatalogueItem> all() {
        return catalogue.findAllByOrderByPartyAscPositionAsc();
    }

    public CatalogueItem byId(UUID id) {
        return catalogue.findById(id).orElseThrow(() -> new NotFoundException("catalogue item " + id));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CatalogueItem create(Party party, String code, String title, String description, int position) {
        if (catalogue.existsByCode(code.strip().toUpperCase(Locale.ROOT))) {
            throw new DomainRuleViolation("dialogue.catalogue.code.taken", code.strip().toUpperCase(Locale.ROOT));
        }
        return catalogue.saveAndFlush(new CatalogueItem(party, code, title, description, position));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void update(UUID id, String title, String description, int position, boolean active) {
        byId(id).change(title, description, position, active);
    }
}
