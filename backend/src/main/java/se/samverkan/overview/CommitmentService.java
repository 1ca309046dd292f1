package se.samverkan.overview;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.samverkan.agreement.AgreementPolicy;
import se.samverkan.agreement.AgreementRepository;
import se.samverkan.agreement.Level;
import se.samverkan.common.persistence.ReadOnly;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.time.Clocks;
import se.samverkan.forum.ActionItemRepository;
import se.samverkan.forum.ForumKind;
import se.samverkan.forum.ForumPolicy;
import se.samverkan.forum.MemberRole;
import se.samverkan.overview.CommitmentDtos.ActionItemCommitmentDto;
import se.samverkan.overview.CommitmentDtos.AgreementCommitmentDto;
import se.samverkan.overview.CommitmentDtos.CommitmentsDto;
import se.samverkan.overview.CommitmentDtos.ForumCommitmentDto;
import se.samverkan.overview.CommitmentDtos.ResponsibilityCommitmentDto;

/**
 * What an organisation is committed to (issue 17), read across agreements and forums. Each part applies its own
 * feature's visibility rule (agreement and forum policies as query conditions), so nothing the caller may not read
 * shows here either. Organisations and forums with their members are public.
 */
@ApplicationScoped
public class CommitmentService {

    /** Rows read per list: the page stays bounded however much an organisation takes part in. */
    static final int LIMIT = 500;

    @Inject
    EntityManager em;

    @Inject
    AgreementRepository agreements;

    @Inject
    AgreementPolicy agreementPolicy;

    @Inject
    ActionItemRepository actionItems;

    @Inject
    ForumPolicy forumPolicy;

    @Inject
    Clock clock;

    @ReadOnly
    @Transactional
    public CommitmentsDto commitments(UUID organisationId) {
        if (em.createQuery("select o.id from Organisation o where o.id = :id", UUID.class)
                .setParameter("id", organisationId)
                .getResultList()
                .isEmpty()) {
            throw ProblemException.notFound(text("organisation.not-found", organisationId));
        }
        LocalDate today = Clocks.today(clock);
        AgreementPolicy.Visibility agreementVisibility = agreementPolicy.visibility();
        var parties = agreements.partyRows(organisationId, agreementVisibility, LIMIT + 1);
        var responsibilities = agreements.responsibilityRows(organisationId, agreementVisibility, LIMIT + 1);
        List<ForumCommitmentDto> forums = forums(organisationId, today);
        var items = actionItems.activeRowsOfOwner(organisationId, forumPolicy.visibility(), today, LIMIT + 1);
        boolean truncated = parties.size() > LIMIT
                || responsibilities.size() > LIMIT
                || forums.size() > LIMIT
                || items.size() > LIMIT;
        return new CommitmentsDto(
                organisationId,
                parties.stream()
                        .limit(LIMIT)
                        .map(p -> new AgreementCommitmentDto(
                                p.id(), p.title(), p.kind(), p.status(), p.firstYear(), p.lastYear(), p.role()))
                        .toList(),
                responsibilities.stream()
                        .limit(LIMIT)
                        .map(r -> new ResponsibilityCommitmentDto(
                                r.agreementId(),
                                r.agreementTitle(),
                                r.goalAreaId(),
                                r.goalAreaNumber(),
                                r.goalAreaTitle(),
                                r.level(),
                                r.kind(),
                                r.qualifier(),
                                r.allOtherSignatories()))
                        .toList(),
                forums.stream().limit(LIMIT).toList(),
                items.stream()
                        .limit(LIMIT)
                        .map(a -> new ActionItemCommitmentDto(
                                a.id(),
                                a.title(),
                                a.dueOn(),
                                a.status(),
                                a.overdue(today),
                                a.forum().id(),
                                a.forum().name()))
                        .toList(),
                truncated);
    }

    /**
     * The forums not ended that the organisation is a member of or convenes, by name: two projections (memberships,
     * convened forums) merged, one entry per forum.
     */
    private List<ForumCommitmentDto> forums(UUID organisationId, LocalDate today) {
        Map<UUID, ForumCommitmentDto> byId = new LinkedHashMap<>();
        for (Object[] r : em.createQuery(
                        "select f.id, f.name, f.kind, f.level, m.role from ForumMember m join m.forum f"
                                + " where m.organisation.id = :organisation and (f.endsOn is null or f.endsOn >= :today)"
                                + " order by f.id, m.position",
                        Object[].class)
                .setParameter("organisation", organisationId)
                .setParameter("today", today)
                .setMaxResults(LIMIT + 1)
                .getResultList()) {
            byId.putIfAbsent(
                    (UUID) r[0],
                    new ForumCommitmentDto(
                            (UUID) r[0], (String) r[1], (ForumKind) r[2], (Level) r[3], (MemberRole) r[4], false));
        }
        for (Object[] r : em.createQuery(
                        "select f.id, f.name, f.kind, f.level from Forum f where f.convener.id = :organisation"
                                + " and (f.endsOn is null or f.endsOn >= :today) order by f.id",
                        Object[].class)
                .setParameter("organisation", organisationId)
                .setParameter("today", today)
                .setMaxResults(LIMIT + 1)
                .getResultList()) {
            ForumCommitmentDto member = byId.get((UUID) r[0]);
            byId.put(
                    (UUID) r[0],
                    new ForumCommitmentDto(
                            (UUID) r[0],
                            (String) r[1],
                            (ForumKind) r[2],
                            (Level) r[3],
                            member == null ? null : member.role(),
                            true));
        }
        List<ForumCommitmentDto> forums = new ArrayList<>(byId.values());
        forums.sort(Comparator.comparing(ForumCommitmentDto::name).thenComparing(ForumCommitmentDto::id));
        return forums;
    }
}
