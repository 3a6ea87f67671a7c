package de.kiregister.register.domain;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.springframework.util.Assert;

/** A Fachamt. Deactivated instead of deleted, because use cases and their history keep pointing to it. */
@Entity
@Audited
public class Department {

    @Id
    private UUID id;

    private String code;

    private String name;

    private boolean active;

    @Version
    @NotAudited
    private long version;

    protected Department() {
    }

    public Department(String code, String name) {
        this.id = UUID.randomUUID();
        this.active = true;
        rename(code, name);
    }

    public void rename(String code, String name) {
        Assert.hasText(code, "code must not be empty");
        Assert.hasText(name, "name must not be empty");
        this.code = code.strip();
        this.name = name.strip();
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }

    /** The history view shows a department by its name. */
    @Override
    public String toString() {
        return name;
    }
}
