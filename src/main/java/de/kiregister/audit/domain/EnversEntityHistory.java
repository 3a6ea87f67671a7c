package de.kiregister.audit.domain;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import de.kiregister.audit.EntityHistory;
import de.kiregister.audit.FieldChange;
import de.kiregister.audit.RevisionChanges;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import org.hibernate.Hibernate;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ReflectionUtils;

/**
 * Reads the Envers revisions of one entity and compares each with its predecessor property by property.
 * Associations are rendered through {@code toString()} of the audited target (e.g. a department's name).
 */
@Service
class EnversEntityHistory implements EntityHistory {

    private final EntityManager entityManager;

    EnversEntityHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RevisionChanges> historyOf(Class<?> entityType, Object id, Set<String> ignoredFields) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(entityType, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<String> fields = auditedFields(entityType, ignoredFields);
        List<RevisionChanges> history = new ArrayList<>();
        Object previous = null;
        for (Object[] row : rows) {
            Object current = row[0];
            Revision revision = (Revision) row[1];
            RevisionType type = (RevisionType) row[2];
            List<FieldChange> changes = new ArrayList<>();
            for (String field : fields) {
                Object before = previous == null ? null : display(read(previous, field));
                Object after = type == RevisionType.DEL ? null : display(read(current, field));
                if (!Objects.equals(before, after)) {
                    changes.add(new FieldChange(field, before, after));
                }
            }
            history.add(new RevisionChanges(revision.id(), revision.changedAt(), revision.username(), kind(type),
                    changes));
            previous = current;
        }
        return history.reversed();
    }

    /** Properties in declaration order, which is the order a person reads the entity in. */
    private List<String> auditedFields(Class<?> entityType, Set<String> ignoredFields) {
        EntityType<?> type = entityManager.getMetamodel().entity(entityType);
        String idName = type.getId(type.getIdType().getJavaType()).getName();
        Set<String> attributes = type.getAttributes().stream()
                .filter(a -> !a.isCollection())
                .map(Attribute::getName)
                .collect(Collectors.toSet());
        return Arrays.stream(entityType.getDeclaredFields())
                .map(Field::getName)
                .filter(attributes::contains)
                .filter(name -> !ignoredFields.contains(name) && !name.equals(idName))
                .toList();
    }

    private static @Nullable Object read(Object entity, String fieldName) {
        Field field = ReflectionUtils.findField(Hibernate.getClass(entity), fieldName);
        if (field == null) {
            return null;
        }
        ReflectionUtils.makeAccessible(field);
        return ReflectionUtils.getField(field, Hibernate.unproxy(entity));
    }

    /** Associations become their display text; values compare by what a person would see. */
    private static @Nullable Object display(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value.getClass().isAnnotationPresent(jakarta.persistence.Entity.class)
                || Hibernate.getClass(value).isAnnotationPresent(jakarta.persistence.Entity.class)) {
            return String.valueOf(Hibernate.unproxy(value));
        }
        if (value instanceof String s && s.isBlank()) {
            return null;
        }
        return value;
    }

    private static RevisionChanges.Kind kind(RevisionType type) {
        return switch (type) {
            case ADD -> RevisionChanges.Kind.CREATED;
            case MOD -> RevisionChanges.Kind.MODIFIED;
            case DEL -> RevisionChanges.Kind.DELETED;
        };
    }
}
