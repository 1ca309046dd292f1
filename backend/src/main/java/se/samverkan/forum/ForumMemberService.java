package se.samverkan.forum;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.forum.ForumDtos.MemberDto;
import se.samverkan.history.AuditedChanges;
import se.samverkan.history.AuditedChanges.Audit;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.organisation.Organisation;
import se.samverkan.organisation.OrganisationRepository;

/** A forum's members: organisations (or collectives) with their role and representatives. */
@ApplicationScoped
public class ForumMemberService {

    @Inject
    ForumService forumService;

    private static final Audit<ForumMember> MEMBER = new Audit<>(
            m -> new ChangeRecorder.Subject(ForumService.SUBJECT, m.forum.id, "MEMBER", m.id), ForumMapper::snapshot);

    @Inject
    OrganisationRepository organisations;

    @Inject
    AuditedChanges changes;

    @Inject
    EntityManager em;

    @Transactional
    public MemberDto addMember(UUID forumId, MemberInput input) {
        Forum forum = forumService.findManageable(forumId);
        Organisation organisation = memberOrganisation(forum, input.organisationId(), null);
        ForumMember member = new ForumMember();
        member.id = UUID.randomUUID();
        member.forum = forum;
        member.position = forum.members.stream().mapToInt(m -> m.position).max().orElse(0) + 1;
        apply(member, organisation, input);
        changes.create(MEMBER, member, "Added member " + organisation.name);
        forum.members.add(member);
        return ForumMapper.member(member);
    }

    @Transactional
    public MemberDto updateMember(UUID forumId, UUID memberId, String ifMatch, MemberInput input) {
        Forum forum = forumService.findManageable(forumId);
        ForumMember member = member(forum, memberId);
        changes.update(
                MEMBER,
                member,
                ifMatch,
                m -> apply(m, memberOrganisation(forum, input.organisationId(), m.id), input),
                m -> "Updated member " + m.organisation.name);
        return ForumMapper.member(member);
    }

    @Transactional
    public void removeMember(UUID forumId, UUID memberId, String ifMatch) {
        Forum forum = forumService.findManageable(forumId);
        ForumMember member = member(forum, memberId);
        changes.delete(
                MEMBER,
                member,
                ifMatch,
                m -> {
                    forum.members.remove(m);
                    em.remove(m);
                },
                "Removed member " + (member.organisation == null ? member.collectiveName : member.organisation.name));
    }

    private ForumMember member(Forum forum, UUID memberId) {
        return forum.members.stream()
                .filter(m -> m.id.equals(memberId))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound(text("member.not-found", memberId)));
    }

    private Organisation memberOrganisation(Forum forum, UUID organisationId, UUID self) {
        Organisation organisation = organisations
                .findByIdOptional(organisationId)
                .orElseThrow(() ->
                        ProblemException.invalid("organisationId", text("common.no-organisation-id", organisationId)));
        if (forum.members.stream()
                .anyMatch(m ->
                        m.organisation != null && m.organisation.id.equals(organisationId) && !m.id.equals(self))) {
            throw ProblemException.conflict(
                    text("forum.already-member-forum", organisation.name),
                    "organisationId",
                    text("common.already-member-forum"));
        }
        return organisation;
    }

    private static void apply(ForumMember member, Organisation organisation, MemberInput input) {
        member.organisation = organisation;
        member.collectiveName = null;
        member.role = input.role();
        member.description = ForumMapper.blankToNull(input.description());
        member.representatives.clear();
        if (input.representatives() != null) {
            input.representatives()
                    .forEach(r -> member.representatives.add(new Representative(
                            r.name().trim(), ForumMapper.blankToNull(r.title()), Boolean.TRUE.equals(r.substitute()))));
        }
    }
}
