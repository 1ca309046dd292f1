package se.samverkan.document;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;
import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.AgreementPolicy;
import se.samverkan.agreement.AgreementStatus;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.followup.FollowUpPolicy;
import se.samverkan.followup.FollowUpRound;
import se.samverkan.forum.AgendaItem;
import se.samverkan.forum.Forum;
import se.samverkan.forum.ForumPolicy;
import se.samverkan.forum.Meeting;
import se.samverkan.forum.StatusReport;
import se.samverkan.forum.StatusReportStatus;
import se.samverkan.organisation.CallerOrganisation;

/**
 * Who sees and changes documents: never decided here from scratch, but by the policy of the feature that owns what a
 * document is attached to, so that a file is never more visible than its owner.
 * <ul>
 * <li>A public document is read by whoever reads its owner; an internal one only by the owner's insiders (the
 *     parties of an agreement, a forum's participants, the organisations with a task in a follow-up round, and the
 *     coordinator of the county and admins).</li>
 * <li>Who changes the owner attaches and changes its documents.</li>
 * <li>Once the owner is final (an agreement adopted, minutes or a status report published, a round approved) its
 *     files are never deleted, only superseded by new versions.</li>
 * </ul>
 * What a caller may not see is 404; what they see but may not change is 403.
 */
@ApplicationScoped
public class DocumentPolicy {

    @Inject
    EntityManager em;

    @Inject
    AgreementPolicy agreements;

    @Inject
    ForumPolicy forums;

    @Inject
    FollowUpPolicy followUps;

    @Inject
    CallerOrganisation callerOrganisation;

    /** What a caller may do with one owner, and what documents need to know about it. */
    public record Owner(
            OwnerType type,
            UUID id,
            String title,
            UUID parentId,
            String countyCode,
            boolean readable,
            boolean insider,
            boolean manageable,
            boolean isFinal) {}

    /** The owner as the caller sees it; 404 when it does not exist or the caller may not see it. */
    public Owner owner(OwnerType type, UUID id) {
        Owner owner = resolve(type, id);
        if (owner == null || !owner.readable()) {
            throw ProblemException.notFound(text(notFoundKey(type), id));
        }
        return owner;
    }

    /**
     * Reads the owners of these documents together, one statement per kind of owner, so that deciding on each document
     * afterwards ({@link #canRead(Document)}) finds its owner loaded instead of reading it on its own (a list of
     * documents on many owners, e.g. a page of the change feed).
     */
    public void loadOwners(Collection<Document> documents) {
        documents.stream()
                .collect(
                        Collectors.groupingBy(d -> d.ownerType, Collectors.mapping(d -> d.ownerId, Collectors.toSet())))
                .forEach((type, ids) -> em.createQuery(
                                "select o from " + entityOf(type).getSimpleName() + " o where o.id in :ids")
                        .setParameter("ids", ids)
                        .getResultList());
    }

    private static Class<?> entityOf(OwnerType type) {
        return switch (type) {
            case AGREEMENT -> Agreement.class;
            case MEETING -> Meeting.class;
            case AGENDA_ITEM -> AgendaItem.class;
            case STATUS_REPORT -> StatusReport.class;
            case FOLLOW_UP_ROUND -> FollowUpRound.class;
        };
    }

    /** The owner when it exists, readable or not; null when it is gone. */
    public Owner resolve(OwnerType type, UUID id) {
        return switch (type) {
            case AGREEMENT -> {
                Agreement a = em.find(Agreement.class, id);
                yield a == null ? null : agreement(a);
            }
            case MEETING -> {
                Meeting m = em.find(Meeting.class, id);
                yield m == null
                        ? null
                        : new Owner(
                                type,
                                id,
                                m.title != null ? m.title : m.forum.name + " " + m.date,
                                m.forum.id,
                                county(m.forum),
                                true,
                                forums.canReadInternal(m.forum),
                                forums.canPrepare(m.forum),
                                m.minutesPublished());
            }
            case AGENDA_ITEM -> {
                AgendaItem i = em.find(AgendaItem.class, id);
                yield i == null
                        ? null
                        : new Owner(
                                type,
                                id,
                                i.title,
                                i.meeting.id,
                                county(i.meeting.forum),
                                true,
                                forums.canReadInternal(i.meeting.forum),
                                forums.canPrepare(i.meeting.forum),
                                i.meeting.minutesPublished());
            }
            case STATUS_REPORT -> {
                StatusReport r = em.find(StatusReport.class, id);
                yield r == null
                        ? null
                        : new Owner(
                                type,
                                id,
                                r.title != null ? r.title : r.forum.name + " " + r.year + ":" + r.quarter,
                                r.forum.id,
                                county(r.forum),
                                forums.canRead(r),
                                forums.canReadInternal(r.forum),
                                forums.canManage(r.forum),
                                r.status == StatusReportStatus.PUBLISHED);
            }
            case FOLLOW_UP_ROUND -> {
                FollowUpRound r = em.find(FollowUpRound.class, id);
                yield r == null
                        ? null
                        : new Owner(
                                type,
                                id,
                                r.agreement.title + " " + r.year,
                                r.agreement.id,
                                r.agreement.countyCode(),
                                followUps.canRead(r),
                                followUps.canManage(r.agreement) || followUps.hasTask(r),
                                followUps.canManage(r.agreement),
                                r.status.isPublic());
            }
        };
    }

    private Owner agreement(Agreement a) {
        boolean party = callerOrganisation
                .id()
                .map(org -> a.parties.stream().anyMatch(p -> p.organisation.id.equals(org)))
                .orElse(false);
        boolean manage = agreements.canManage(a);
        return new Owner(
                OwnerType.AGREEMENT,
                a.id,
                a.title,
                null,
                a.countyCode(),
                agreements.canRead(a),
                manage || party,
                manage,
                a.status != AgreementStatus.DRAFT && a.status != AgreementStatus.CONSULTATION);
    }

    public boolean canRead(Document document, Owner owner) {
        return owner != null
                && owner.readable()
                && (document.visibility == DocumentVisibility.PUBLIC || owner.insider());
    }

    public boolean canRead(Document document) {
        return canRead(document, resolve(document.ownerType, document.ownerId));
    }

    /**
     * Whether the caller may learn that a document of the county is gone (its owner may be gone too, so the reading
     * rule cannot be asked): those who manage agreements in the county, as for a removed draft agreement.
     */
    public boolean mayLearnRemoval(String countyCode) {
        return countyCode != null && agreements.canCreateIn(countyCode);
    }

    /** The owner of a document the caller may read; 404 otherwise. */
    public Owner assertCanRead(Document document) {
        Owner owner = resolve(document.ownerType, document.ownerId);
        if (!canRead(document, owner)) {
            throw ProblemException.notFound(text("document.not-found", document.id));
        }
        return owner;
    }

    public void assertCanAttach(Owner owner) {
        if (!owner.manageable()) {
            throw ProblemException.forbidden(text("document.only-those-who-change-what"));
        }
    }

    public Owner assertCanManage(Document document) {
        Owner owner = assertCanRead(document);
        assertCanAttach(owner);
        return owner;
    }

    public DocumentDtos.Permissions permissions(Document document, Owner owner) {
        boolean manage = owner.manageable();
        return new DocumentDtos.Permissions(
                manage, manage && document.type == DocumentType.FILE, manage && !owner.isFinal());
    }

    static String notFoundKey(OwnerType type) {
        return switch (type) {
            case AGREEMENT -> "agreement.not-found";
            case MEETING -> "meeting.not-found";
            case AGENDA_ITEM -> "agenda-item.not-found";
            case STATUS_REPORT -> "status-report.not-found";
            case FOLLOW_UP_ROUND -> "follow-up-round.not-found";
        };
    }

    private static String county(Forum forum) {
        return forum.county == null ? null : forum.county.code;
    }
}
