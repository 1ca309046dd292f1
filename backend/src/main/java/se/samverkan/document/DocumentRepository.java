package se.samverkan.document;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<Document, UUID> {

    public List<Document> ofOwner(OwnerType type, UUID ownerId) {
        return list("ownerType = ?1 and ownerId = ?2 order by createdAt, id", type, ownerId);
    }

    /** Locked for the rest of the transaction, so two concurrent new versions are decided one after the other. */
    public Optional<Document> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Stores the searchable text of a version: the document's title weighs most, then the extracted text. */
    public void refreshSearchVector(UUID versionId) {
        getEntityManager().flush();
        getEntityManager()
                .createNativeQuery("update document_version v set search_vector ="
                        + " to_tsvector('swedish', swedish_fold(coalesce(v.text_content, ''))) where v.id = :id")
                .setParameter("id", versionId)
                .executeUpdate();
    }
}
