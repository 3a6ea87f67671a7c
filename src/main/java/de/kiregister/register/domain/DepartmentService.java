package de.kiregister.register.domain;

import java.util.List;
import java.util.UUID;

import de.kiregister.shared.DomainRuleViolation;
import de.kiregister.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Fachämter, administered by ADMIN. */
@Service
@Transactional(readOnly = true)
public class DepartmentService {

    private final DepartmentRepository departments;

    DepartmentService(DepartmentRepository departments) {
        this.departments = departments;
    }

    public List<Department> all() {
        return departments.findAllByOrderByNameAsc();
    }

    public List<Department> active() {
        return departments.findByActiveTrueOrderByNameAsc();
    }

    public Department byId(UUID id) {
        return departments.findById(id).orElseThrow(() -> new NotFoundException("department " + id));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Department create(String code, String name) {
        if (departments.existsByCodeIgnoreCase(code.strip())) {
            throw new DomainRuleViolation("department.code.taken", code);
        }
        return departments.save(new Department(code, name));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void update(UUID id, String code, String name, boolean active) {
        Department department = byId(id);
        if (!department.code().equalsIgnoreCase(code.strip()) && departments.existsByCodeIgnoreCase(code.strip())) {
            throw new DomainRuleViolation("department.code.taken", code);
        }
        department.rename(code, name);
        if (active) {
            department.activate();
        } else {
            department.deactivate();
        }
    }

    /** For demo data, which runs without a logged-in admin. */
    @Transactional
    public Department createIfMissing(String code, String name) {
        return departments.findAllByOrderByNameAsc().stream()
                .filter(d -> d.code().equalsIgnoreCase(code))
                .findFirst()
                .orElseGet(() -> departments.save(new Department(code, name)));
    }
}
