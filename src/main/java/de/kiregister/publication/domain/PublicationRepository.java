package de.kiregister.publication.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PublicationRepository extends JpaRepository<Publication, UUID> {

    /** Every version of the use case, newest first. */
    List<Publication> findByUseCaseReferenceOrderByVersionDesc(String useCaseReference);

    /** The latest version of every use case that is on the public register now (not withdrawn), by reference. */
    @Query("""
            select p from Publication p
            where p.version = (select max(q.version) from Publication q where q.useCaseReference = p.useCaseReference)
              and not exists (select w from Withdrawal w where w.snapshotId = p.id)
            order by p.useCaseReference
            """)
    List<Publication> findCurrent();

    /** The same, newest publication first, for the feed. */
    @Query("""
            select p from Publication p
            where p.version = (select max(q.version) from Publication q where q.useCaseReference = p.useCaseReference)
              and not exists (select w from Withdrawal w where w.snapshotId = p.id)
            order by p.publishedAt desc, p.useCaseReference
            """)
    List<Publication> findCurrentNewestFirst(org.springframework.data.domain.Limit limit);
}
