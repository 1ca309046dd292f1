package se.samverkan.demo;

import static se.samverkan.demo.DemoDataLoader.ACTOR;
import static se.samverkan.demo.DemoDataLoader.agreementId;
import static se.samverkan.demo.DemoDataLoader.forumId;
import static se.samverkan.demo.DemoDataLoader.meetingId;
import static se.samverkan.demo.DemoDataLoader.organisationId;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import se.samverkan.agreement.AgreementRepository;
import se.samverkan.agreement.Level;
import se.samverkan.agreement.PriorityDecisions;
import se.samverkan.agreement.PriorityStatus;
import se.samverkan.agreement.YearlyPriority;
import se.samverkan.common.decision.DecisionEffectKind;
import se.samverkan.forum.ActionItem;
import se.samverkan.forum.ActionItemStatus;
import se.samverkan.forum.AgendaItem;
import se.samverkan.forum.AgendaItemKind;
import se.samverkan.forum.Attendee;
import se.samverkan.forum.Decision;
import se.samverkan.forum.DecisionEffect;
import se.samverkan.forum.DecisionOutcome;
import se.samverkan.forum.DecisionSubject;
import se.samverkan.forum.Forum;
import se.samverkan.forum.ForumKind;
import se.samverkan.forum.ForumMember;
import se.samverkan.forum.ForumRelation;
import se.samverkan.forum.ForumService;
import se.samverkan.forum.ForumStandingItem;
import se.samverkan.forum.Meeting;
import se.samverkan.forum.MemberRole;
import se.samverkan.forum.Representative;
import se.samverkan.forum.action.ActionItemService;
import se.samverkan.forum.meeting.MeetingService;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.organisation.OrganisationRepository;
import se.samverkan.reference.CountyRepository;
import se.samverkan.reference.MunicipalityRepository;

/** The forums of the seed documents and Västerbotten's council meeting of 2018-03-16 (demo/forums.json). */
@ApplicationScoped
class DemoForums {

    private static final Logger LOG = Logger.getLogger(DemoForums.class);

    @Inject
    DemoJson json;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CountyRepository counties;

    @Inject
    AgreementRepository agreements;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    DemoWrites writes;

    @Inject
    EntityManager em;

    record DemoRepresentative(String name, String title, boolean substitute) {}

    record DemoMember(
            String organisationKey,
            String collectiveName,
            MemberRole role,
            String description,
            List<DemoRepresentative> representatives,
            DemoProvenance provenance) {}

    record DemoForum(
            String key,
            String name,
            ForumKind kind,
            Level level,
            String countyCode,
            String convenerKey,
            String chair,
            String description,
            Integer meetingsPerYear,
            String invitedAsNeeded,
            String parentKey,
            ForumRelation parentRelation,
            LocalDate endsOn,
            List<String> mandate,
            List<String> purposes,
            List<String> agreementKeys,
            List<String> municipalityCodes,
            List<DemoMember> members,
            List<DemoStandingItem> standingItems,
            DemoProvenance provenance) {}

    record DemoAttendee(String organisationKey, String name, String title) {}

    /** A decided priority: the goal area's focus of the year, and the forum that proposed it. */
    record DemoEffect(
            DecisionEffectKind kind,
            String agreementKey,
            String goalAreaNumber,
            Integer year,
            String proposedByForumKey) {}

    record DemoDecision(
            String text,
            DecisionOutcome outcome,
            DecisionSubject subject,
            String agreementKey,
            Integer year,
            List<DemoEffect> effects) {}

    record DemoStandingItem(
            String title, AgendaItemKind kind, String description, String agreementKey, DemoProvenance provenance) {}

    record DemoActionItem(
            String title,
            String description,
            String ownerKey,
            String ownerPerson,
            LocalDate dueOn,
            ActionItemStatus status,
            String assigneeForumKey,
            DemoProvenance provenance) {}

    record DemoAgendaItem(
            String title,
            AgendaItemKind kind,
            String description,
            String presenter,
            String agreementKey,
            String minutes,
            List<DemoDecision> decisions,
            List<DemoActionItem> actionItems) {}

    record DemoMeeting(
            String key,
            String forumKey,
            String title,
            LocalDate date,
            LocalTime startTime,
            LocalTime endTime,
            String location,
            String onlineUrl,
            boolean minutesPublished,
            List<DemoAttendee> attendees,
            List<DemoAgendaItem> agenda,
            DemoProvenance provenance) {}

    record ForumsFile(List<DemoForum> forums, List<DemoMeeting> meetings) {}

    /** The forums of the seed documents, and the Västerbotten Migration Council's meeting of 2018-03-16. */
    void load() {
        ForumsFile demo = json.read("demo/forums.json", new TypeReference<ForumsFile>() {});
        int added = writes.missing(Forum.class, demo.forums(), f -> forumId(f.key()), this::insert);
        em.flush();
        int meetings = writes.missing(Meeting.class, demo.meetings(), m -> meetingId(m.key()), this::insert);
        em.flush();
        LOG.infof("Demo data: %d forums and %d meetings added", added, meetings);
    }

    private void insert(DemoForum demo) {
        Forum forum = new Forum();
        forum.id = forumId(demo.key());
        forum.name = demo.name();
        forum.kind = demo.kind();
        forum.level = demo.level();
        forum.county = demo.countyCode() == null ? null : counties.findById(demo.countyCode());
        forum.convener = demo.convenerKey() == null ? null : organisations.findById(organisationId(demo.convenerKey()));
        forum.chair = demo.chair();
        forum.description = demo.description();
        forum.meetingsPerYear = demo.meetingsPerYear();
        forum.invitedAsNeeded = demo.invitedAsNeeded();
        forum.endsOn = demo.endsOn();
        // forums.json lists a forum after the one it prepares for or reports to.
        forum.parent = demo.parentKey() == null ? null : em.find(Forum.class, forumId(demo.parentKey()));
        forum.parentRelation = demo.parentRelation();
        forum.mandate.addAll(demo.mandate());
        forum.purposes.addAll(demo.purposes());
        demo.agreementKeys().forEach(key -> forum.agreements.add(agreements.findById(agreementId(key))));
        demo.municipalityCodes().forEach(code -> forum.municipalities.add(municipalities.findById(code)));
        forum.provenance = DemoProvenance.of(demo.provenance());
        writes.persist(forum);
        if (demo.standingItems() != null) {
            standingItems(forum, demo.standingItems());
        }
        int position = 0;
        for (DemoMember demoMember : demo.members()) {
            ForumMember member = new ForumMember();
            String memberKey =
                    demoMember.organisationKey() == null ? demoMember.collectiveName() : demoMember.organisationKey();
            member.id = UUID.nameUUIDFromBytes((forum.id + ":" + memberKey).getBytes(StandardCharsets.UTF_8));
            member.forum = forum;
            member.organisation = demoMember.organisationKey() == null
                    ? null
                    : organisations.findById(organisationId(demoMember.organisationKey()));
            member.collectiveName = demoMember.collectiveName();
            member.provenance = DemoProvenance.of(demoMember.provenance());
            member.role = demoMember.role();
            member.description = demoMember.description();
            member.position = ++position;
            demoMember
                    .representatives()
                    .forEach(r -> member.representatives.add(new Representative(r.name(), r.title(), r.substitute())));
            writes.persist(member);
            forum.members.add(member);
        }
        writes.created(
                new ChangeRecorder.Subject(ForumService.SUBJECT, forum.id, ForumService.SUBJECT, forum.id),
                "Registered from the published document",
                Map.of("name", forum.name));
    }

    private void insert(DemoMeeting demo) {
        Meeting meeting = new Meeting();
        meeting.id = meetingId(demo.key());
        meeting.forum = em.find(Forum.class, forumId(demo.forumKey()));
        meeting.title = demo.title();
        meeting.date = demo.date();
        meeting.startTime = demo.startTime();
        meeting.endTime = demo.endTime();
        meeting.location = demo.location();
        meeting.onlineUrl = demo.onlineUrl();
        meeting.provenance = DemoProvenance.of(demo.provenance());
        demo.attendees()
                .forEach(a -> meeting.attendees.add(new Attendee(
                        a.organisationKey() == null
                                ? null
                                : organisations.findById(organisationId(a.organisationKey())),
                        a.name(),
                        a.title())));
        meeting.stampCreated(ACTOR, writes.now());
        if (demo.minutesPublished()) {
            meeting.minutesPublishedAt = meeting.createdAt;
            meeting.minutesPublishedBy = ACTOR;
        }
        em.persist(meeting);
        int position = 0;
        for (DemoAgendaItem demoItem : demo.agenda()) {
            AgendaItem item = new AgendaItem();
            item.id = UUID.nameUUIDFromBytes((meeting.id + ":" + (++position)).getBytes(StandardCharsets.UTF_8));
            item.meeting = meeting;
            item.position = position;
            item.title = demoItem.title();
            item.kind = demoItem.kind();
            item.description = demoItem.description();
            item.presenter = demoItem.presenter();
            item.agreement =
                    demoItem.agreementKey() == null ? null : agreements.findById(agreementId(demoItem.agreementKey()));
            item.minutes = demoItem.minutes();
            writes.persist(item);
            int decisionPosition = 0;
            for (DemoDecision demoDecision : demoItem.decisions()) {
                Decision decision = new Decision();
                decision.id = UUID.randomUUID();
                decision.agendaItem = item;
                decision.position = ++decisionPosition;
                decision.text = demoDecision.text();
                decision.outcome = demoDecision.outcome();
                decision.subject = demoDecision.subject();
                decision.agreement = demoDecision.agreementKey() == null
                        ? null
                        : agreements.findById(agreementId(demoDecision.agreementKey()));
                decision.year = demoDecision.year();
                writes.persist(decision);
                if (demoDecision.effects() != null) {
                    decide(decision, demoDecision.effects());
                }
            }
            for (DemoActionItem demoAction : demoItem.actionItems()) {
                ActionItem action = new ActionItem();
                action.id = UUID.randomUUID();
                action.forum = meeting.forum;
                action.meeting = meeting;
                action.agendaItem = item;
                action.title = demoAction.title();
                action.description = demoAction.description();
                action.owner = organisations.findById(organisationId(demoAction.ownerKey()));
                action.ownerPerson = demoAction.ownerPerson();
                action.dueOn = demoAction.dueOn();
                action.status = demoAction.status();
                action.provenance = DemoProvenance.of(demoAction.provenance());
                action.assigneeForum = demoAction.assigneeForumKey() == null
                        ? null
                        : em.find(Forum.class, forumId(demoAction.assigneeForumKey()));
                writes.persist(action);
                writes.created(
                        new ChangeRecorder.Subject(
                                ActionItemService.SUBJECT, action.id, ActionItemService.SUBJECT, action.id),
                        "Registered from the published minutes",
                        Map.of("title", action.title));
            }
        }
        writes.created(
                new ChangeRecorder.Subject(MeetingService.SUBJECT, meeting.id, MeetingService.SUBJECT, meeting.id),
                "Registered from the published minutes",
                Map.of("date", meeting.date.toString()));
    }

    /** The subjects a demo decision took effect on: the priorities it decided, linked both ways. */
    private void decide(Decision decision, List<DemoEffect> effects) {
        int position = 0;
        for (DemoEffect demo : effects) {
            if (demo.kind() != DecisionEffectKind.PRIORITY) {
                throw new IllegalStateException("The demo data decides priorities only: " + demo.kind());
            }
            YearlyPriority priority = em.createQuery(
                            "select p from YearlyPriority p where p.goalArea.agreement.id = :agreement"
                                    + " and p.goalArea.number = :number and p.year = :year",
                            YearlyPriority.class)
                    .setParameter("agreement", agreementId(demo.agreementKey()))
                    .setParameter("number", demo.goalAreaNumber())
                    .setParameter("year", demo.year())
                    .getSingleResult();
            em.flush();
            priority.status = PriorityStatus.DECIDED;
            priority.decisionId = decision.id;
            priority.proposedByForumId = demo.proposedByForumKey() == null ? null : forumId(demo.proposedByForumKey());
            DecisionEffect effect = new DecisionEffect();
            effect.id = UUID.randomUUID();
            effect.decision = decision;
            effect.position = ++position;
            effect.kind = demo.kind();
            effect.subjectId = priority.id;
            effect.agreementId = priority.goalArea.agreement.id;
            effect.label = PriorityDecisions.label(priority);
            effect.appliedAt = decision.createdAt;
            effect.appliedBy = ACTOR;
            em.persist(effect);
            decision.effects.add(effect);
        }
    }

    /** A forum's standing agenda points, as the source suggests them. */
    private void standingItems(Forum forum, List<DemoStandingItem> items) {
        int position = 0;
        for (DemoStandingItem demo : items) {
            ForumStandingItem item = new ForumStandingItem();
            item.id = UUID.nameUUIDFromBytes((forum.id + ":standing:" + (++position)).getBytes(StandardCharsets.UTF_8));
            item.forum = forum;
            item.position = position;
            item.title = demo.title();
            item.kind = demo.kind();
            item.description = demo.description();
            item.agreement = demo.agreementKey() == null ? null : agreements.findById(agreementId(demo.agreementKey()));
            item.provenance = DemoProvenance.of(demo.provenance());
            writes.persist(item);
        }
    }
}
