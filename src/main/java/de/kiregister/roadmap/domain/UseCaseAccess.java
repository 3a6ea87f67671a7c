package de.kiregister.roadmap.domain;

import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.Role;
import de.kiregister.register.UseCaseDirectory;
import de.kiregister.register.UseCaseSnapshot;
import de.kiregister.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who maintains a use case's milestones and reports: KI-Hub for every use case, a project owner for their own
 * (rule 19, docs/rules.md). Checked in the services on top of the role check of method security.
 */
@Component
public class UseCaseAccess {

    private final UseCaseDirectory useCases;

    UseCaseAccess(UseCaseDirectory useCases) {
        this.useCases = useCases;
    }

    public UseCaseSnapshot useCase(String reference) {
        return useCases.findByReference(reference).orElseThrow(() -> new NotFoundException("use case " + reference));
    }

    public boolean mayMaintain(UseCaseSnapshot useCase) {
        return CurrentUser.hasRole(Role.KI_HUB) || (CurrentUser.hasRole(Role.PROJECT_OWNER)
                && CurrentUser.username().map(useCase.ownerUsername()::equals).orElse(false));
    }

    /** The use case, if the current user may maintain it; otherwise 403 (404 when it does not exist). */
    UseCaseSnapshot requireMayMaintain(String reference) {
        UseCaseSnapshot useCase = useCase(reference);
        if (!mayMaintain(useCase)) {
            throw new AccessDeniedException("not responsible for " + reference);
        }
        return useCase;
    }

    static String currentUsername() {
        return CurrentUser.username().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
