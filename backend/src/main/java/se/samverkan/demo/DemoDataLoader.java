package se.samverkan.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jakarta.persistence.EntityManager;
import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.AgreementKind;
import se.samverkan.agreement.AgreementParty;
import se.samverkan.agreement.AgreementRepository;
import se.samverkan.agreement.AgreementStatus;
import se.samverkan.agreement.GoalArea;
import se.samverkan.agreement.LegalReference;
import se.samverkan.agreement.Level;
import se.samverkan.agreement.PartyRole;
import se.samverkan.agreement.Perspective;
import se.samverkan.agreement.Responsibility;
import se.samverkan.agreement.ResponsibilityKind;
import se.samverkan.agreement.Signatory;
import se.samverkan.agreement.TargetGroup;
import se.samverkan.agreement.YearlyPriority;
import se.samverkan.followup.Activity;
import se.samverkan.followup.Assessment;
import se.samverkan.followup.AssessmentState;
import se.samverkan.followup.FollowUpRound;
import se.samverkan.followup.GoalStatus;
import se.samverkan.followup.RoundStatus;
import se.samverkan.followup.indicator.Gender;
import se.samverkan.followup.indicator.Indicator;
import se.samverkan.followup.indicator.IndicatorDirection;
import se.samverkan.followup.indicator.IndicatorScope;
import se.samverkan.followup.indicator.IndicatorSource;
import se.samverkan.followup.indicator.IndicatorValue;
import se.samverkan.forum.Forum;
import se.samverkan.forum.ForumKind;
import se.samverkan.forum.ForumMember;
import se.samverkan.forum.ForumRelation;
import se.samverkan.forum.ForumService;
import se.samverkan.forum.MemberRole;
import se.samverkan.forum.Representative;
import se.samverkan.forum.action.ActionItem;
import se.samverkan.forum.action.ActionItemService;
import se.samverkan.forum.action.ActionItemStatus;
import se.samverkan.forum.meeting.AgendaItem;
import se.samverkan.forum.meeting.AgendaItemKind;
import se.samverkan.forum.meeting.Attendee;
import se.samverkan.forum.meeting.Decision;
import se.samverkan.forum.meeting.DecisionOutcome;
import se.samverkan.forum.meeting.DecisionSubject;
import se.samverkan.forum.meeting.Meeting;
import se.samverkan.forum.meeting.MeetingService;
import se.samverkan.history.ChangeRecorder;
import java.time.LocalTime;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.samverkan.organisation.Organisation;
import se.samverkan.organisation.OrganisationRepository;
import se.samverkan.organisation.OrganisationType;
import se.samverkan.reference.CountyRepository;
import se.samverkan.reference.MunicipalityRepository;
import se.samverkan.reference.ReferenceDataLoader;

/**
 * Loads the demo parties, agreements, follow-up and forums of the three seed counties (demo/*.json) when
 * {@code samverkan.demo-data.enabled} is set: by {@code make run} and the tests, never by a migration.
 * Rows that exist are left alone, so edits made in a demo survive a restart.
 */
@ApplicationScoped
public class DemoDataLoader {

    public static final String ACTOR = "demo-data";

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    @ConfigProperty(name = "samverkan.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    ObjectMapper json;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CountyRepository counties;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    AgreementRepository agreements;

    @Inject
    ChangeRecorder history;

    @Inject
    EntityManager em;

    record DemoOrganisation(String key, String name, OrganisationType type, String organisationNumber,
                            String countyCode, String municipalityCode, String parentKey, String website, String mandate) {
    }

    /** The stable id of a demo organisation, so other demo data and tests can refer to it by key. */
    public static UUID organisationId(String key) {
        return UUID.nameUUIDFromBytes(("samverkan:demo:organisation:" + key).getBytes(StandardCharsets.UTF_8));
    }

    @Transactional
    void load(@Observes @Priority(ReferenceDataLoader.STARTUP_PRIORITY + 10) StartupEvent event) {
        if (!enabled) {
            return;
        }
        int added = 0;
        for (DemoOrganisation demo : read("demo/organisations.json", new TypeReference<List<DemoOrganisation>>() { })) {
            UUID id = organisationId(demo.key());
            if (organisations.findById(id) != null) {
                continue;
            }
            Organisation organisation = new Organisation();
            organisation.id = id;
            organisation.name = demo.name();
            organisation.type = demo.type();
            organisation.organisationNumber = demo.organisationNumber();
            organisation.county = demo.countyCode() == null ? null : counties.findById(demo.countyCode());
            organisation.municipality = demo.municipalityCode() == null ? null : municipalities.findById(demo.municipalityCode());
            organisation.parent = demo.parentKey() == null ? null : organisations.findById(organisationId(demo.parentKey()));
            organisation.website = demo.website();
            organisation.mandate = demo.mandate();
            organisation.stampCreated(ACTOR);
            organisations.persist(organisation);
            added++;
        }
        organisations.flush();
        LOG.infof("Demo data: %d organisations added", added);
        loadAgreements();
        loadFollowUp();
        loadForums();
    }

    record DemoLegalReference(String sfs, String title) {
    }

    record DemoSignatory(String name, String title) {
    }

    record DemoParty(String organisationKey, PartyRole role, String signatoryName, String signatoryTitle, LocalDate signedOn,
                     List<DemoSignatory> additionalSignatories) {
    }

    record DemoResponsibility(String organisationKey, boolean allOtherSignatories, ResponsibilityKind kind, Level level) {
    }

    record DemoPriority(int year, String decidedBy, LocalDate decidedOn, List<String> points) {
    }

    record DemoGoalArea(String number, String title, String goal, List<String> strategies, Set<TargetGroup> targetGroups,
                        List<DemoResponsibility> responsibilities, List<DemoPriority> priorities) {
    }

    record DemoAgreement(String key, AgreementKind kind, String title, String countyCode, String municipalityCode,
                         int firstYear, int lastYear, String purpose, String background, String reportNumber,
                         AgreementStatus status, LocalDate adoptedOn, String parentKey, String supersedesKey,
                         List<DemoLegalReference> legalBasis, Set<TargetGroup> targetGroups, Set<Perspective> perspectives,
                         List<DemoParty> parties, List<DemoGoalArea> goalAreas) {
    }

    public static UUID agreementId(String key) {
        return UUID.nameUUIDFromBytes(("samverkan:demo:agreement:" + key).getBytes(StandardCharsets.UTF_8));
    }

    private void loadAgreements() {
        List<DemoAgreement> demos = read("demo/agreements.json", new TypeReference<List<DemoAgreement>>() { });
        int added = 0;
        for (DemoAgreement demo : demos) {
            if (agreements.findById(agreementId(demo.key())) == null) {
                insert(demo);
                added++;
            }
        }
        agreements.flush();
        for (DemoAgreement demo : demos) {
            Agreement agreement = agreements.findById(agreementId(demo.key()));
            if (agreement.parent == null && demo.parentKey() != null) {
                agreement.parent = agreements.findById(agreementId(demo.parentKey()));
            }
            if (agreement.supersedes == null && demo.supersedesKey() != null) {
                agreement.supersedes = agreements.findById(agreementId(demo.supersedesKey()));
            }
            agreements.refreshSearchDocument(agreement.id);
        }
        LOG.infof("Demo data: %d agreements added", added);
    }

    private void insert(DemoAgreement demo) {
        Agreement agreement = new Agreement();
        agreement.id = agreementId(demo.key());
        agreement.kind = demo.kind();
        agreement.title = demo.title();
        agreement.county = counties.findById(demo.countyCode());
        agreement.municipality = demo.municipalityCode() == null ? null : municipalities.findById(demo.municipalityCode());
        agreement.firstYear = demo.firstYear();
        agreement.lastYear = demo.lastYear();
        agreement.purpose = demo.purpose();
        agreement.background = demo.background();
        agreement.reportNumber = demo.reportNumber();
        agreement.status = demo.status();
        agreement.adoptedOn = demo.adoptedOn();
        demo.legalBasis().forEach(l -> agreement.legalBasis.add(new LegalReference(l.sfs(), l.title())));
        agreement.targetGroups.addAll(demo.targetGroups());
        agreement.perspectives.addAll(demo.perspectives());
        agreement.stampCreated(ACTOR);
        em.persist(agreement);
        int position = 0;
        for (DemoParty demoParty : demo.parties()) {
            AgreementParty party = new AgreementParty();
            party.id = UUID.randomUUID();
            party.agreement = agreement;
            party.organisation = organisations.findById(organisationId(demoParty.organisationKey()));
            party.role = demoParty.role();
            party.signedOn = demoParty.signedOn();
            party.position = ++position;
            if (demoParty.signatoryName() != null) {
                party.signatories.add(new Signatory(demoParty.signatoryName(), demoParty.signatoryTitle()));
            }
            if (demoParty.additionalSignatories() != null) {
                demoParty.additionalSignatories().forEach(s -> party.signatories.add(new Signatory(s.name(), s.title())));
            }
            party.stampCreated(ACTOR);
            em.persist(party);
        }
        for (DemoGoalArea demoArea : demo.goalAreas()) {
            GoalArea goalArea = new GoalArea();
            goalArea.id = UUID.randomUUID();
            goalArea.agreement = agreement;
            goalArea.number = demoArea.number();
            goalArea.title = demoArea.title();
            goalArea.goal = demoArea.goal();
            goalArea.strategies.addAll(demoArea.strategies());
            goalArea.targetGroups.addAll(demoArea.targetGroups());
            goalArea.stampCreated(ACTOR);
            em.persist(goalArea);
            for (DemoResponsibility demoResponsibility : demoArea.responsibilities()) {
                Responsibility responsibility = new Responsibility();
                responsibility.id = UUID.randomUUID();
                responsibility.goalArea = goalArea;
                responsibility.organisation = demoResponsibility.organisationKey() == null ? null
                        : organisations.findById(organisationId(demoResponsibility.organisationKey()));
                responsibility.allOtherSignatories = demoResponsibility.allOtherSignatories();
                responsibility.kind = demoResponsibility.kind();
                responsibility.level = demoResponsibility.level();
                responsibility.stampCreated(ACTOR);
                em.persist(responsibility);
            }
            for (DemoPriority demoPriority : demoArea.priorities()) {
                YearlyPriority priority = new YearlyPriority();
                priority.id = UUID.randomUUID();
                priority.goalArea = goalArea;
                priority.year = demoPriority.year();
                priority.decidedBy = demoPriority.decidedBy();
                priority.decidedOn = demoPriority.decidedOn();
                priority.points.addAll(demoPriority.points());
                priority.stampCreated(ACTOR);
                em.persist(priority);
            }
        }
        history.recordAs(ChangeRecorder.Actor.system(ACTOR),
                new ChangeRecorder.Subject("AGREEMENT", agreement.id, "AGREEMENT", agreement.id), ChangeRecorder.CREATED,
                "Registered from the published document" + (demo.reportNumber() == null ? "" : " (" + demo.reportNumber() + ")"),
                Map.of(), Map.of("status", demo.status().name()));
    }

    // ---- follow-up: VG's Bilaga 1 as an approved round, Västmanland's RUP indicators with sample values ----------

    record DemoActivity(String title, String description, List<String> organisationKeys, String result, String fundingSource) {
    }

    record DemoAssessment(String goalArea, String organisationKey, GoalStatus status, String situation, List<DemoActivity> activities) {
    }

    record DemoRound(String key, String agreementKey, int year, LocalDate deadline, RoundStatus status, String summary,
                     String approvedBy, LocalDate approvedOn, List<DemoAssessment> assessments) {
    }

    record DemoValue(int year, String municipalityCode, Gender gender, BigDecimal value) {
    }

    record DemoIndicator(String key, String agreementKey, String goalArea, String name, String description, String unit,
                         IndicatorDirection direction, IndicatorScope scope, boolean genderBreakdown, IndicatorSource source,
                         String koladaKpi, Integer baselineYear, BigDecimal baselineValue, boolean sample, List<DemoValue> values) {
    }

    record DemoFollowUp(List<DemoRound> rounds, List<DemoIndicator> indicators) {
    }

    public static UUID followUpRoundId(String key) {
        return UUID.nameUUIDFromBytes(("samverkan:demo:follow-up-round:" + key).getBytes(StandardCharsets.UTF_8));
    }

    public static UUID indicatorId(String key) {
        return UUID.nameUUIDFromBytes(("samverkan:demo:indicator:" + key).getBytes(StandardCharsets.UTF_8));
    }

    private void loadFollowUp() {
        DemoFollowUp demo = read("demo/follow-up.json", new TypeReference<DemoFollowUp>() { });
        int rounds = 0;
        for (DemoRound round : demo.rounds()) {
            if (em.find(FollowUpRound.class, followUpRoundId(round.key())) == null) {
                insert(round);
                rounds++;
            }
        }
        int indicators = 0;
        for (DemoIndicator indicator : demo.indicators()) {
            if (em.find(Indicator.class, indicatorId(indicator.key())) == null) {
                insert(indicator);
                indicators++;
            }
        }
        em.flush();
        LOG.infof("Demo data: %d follow-up rounds and %d indicators added", rounds, indicators);
    }

    /** A round recorded from a published document: its assessments are written and accepted as printed. */
    private void insert(DemoRound demo) {
        Agreement agreement = agreements.findById(agreementId(demo.agreementKey()));
        FollowUpRound round = new FollowUpRound();
        round.id = followUpRoundId(demo.key());
        round.agreement = agreement;
        round.year = demo.year();
        round.deadline = demo.deadline();
        round.status = demo.status();
        round.summary = demo.summary();
        round.approvedBy = demo.approvedBy();
        round.approvedOn = demo.approvedOn();
        round.stampCreated(ACTOR);
        if (demo.status() != RoundStatus.OPEN) {
            round.compiledAt = round.createdAt;
            round.compiledBy = ACTOR;
        }
        em.persist(round);
        for (DemoAssessment demoAssessment : demo.assessments()) {
            Assessment assessment = new Assessment();
            assessment.id = UUID.randomUUID();
            assessment.round = round;
            assessment.goalArea = goalArea(agreement, demoAssessment.goalArea());
            assessment.organisation = organisations.findById(organisationId(demoAssessment.organisationKey()));
            assessment.state = AssessmentState.ACCEPTED;
            assessment.status = demoAssessment.status();
            assessment.situation = demoAssessment.situation();
            assessment.stampCreated(ACTOR);
            assessment.submittedAt = assessment.createdAt;
            assessment.submittedBy = ACTOR;
            assessment.reviewedAt = assessment.createdAt;
            assessment.reviewedBy = ACTOR;
            int position = 0;
            for (DemoActivity demoActivity : demoAssessment.activities()) {
                Activity activity = new Activity();
                activity.id = UUID.randomUUID();
                activity.assessment = assessment;
                activity.position = position++;
                activity.title = demoActivity.title();
                activity.description = demoActivity.description();
                activity.result = demoActivity.result();
                activity.fundingSource = demoActivity.fundingSource();
                demoActivity.organisationKeys().forEach(key -> activity.organisations.add(organisations.findById(organisationId(key))));
                assessment.activities.add(activity);
            }
            em.persist(assessment);
        }
        history.recordAs(ChangeRecorder.Actor.system(ACTOR),
                new ChangeRecorder.Subject("FOLLOW_UP_ROUND", round.id, "ROUND", round.id), ChangeRecorder.CREATED,
                "Registered from the published document", Map.of(), Map.of("status", demo.status().name()));
    }

    private void insert(DemoIndicator demo) {
        Agreement agreement = agreements.findById(agreementId(demo.agreementKey()));
        Indicator indicator = new Indicator();
        indicator.id = indicatorId(demo.key());
        indicator.agreement = agreement;
        indicator.goalArea = demo.goalArea() == null ? null : goalArea(agreement, demo.goalArea());
        indicator.name = demo.name();
        indicator.description = demo.description();
        indicator.unit = demo.unit();
        indicator.direction = demo.direction();
        indicator.scope = demo.scope();
        indicator.genderBreakdown = demo.genderBreakdown();
        indicator.source = demo.source();
        indicator.koladaKpi = demo.koladaKpi();
        indicator.baselineYear = demo.baselineYear();
        indicator.baselineValue = demo.baselineValue();
        indicator.sample = demo.sample();
        indicator.stampCreated(ACTOR);
        em.persist(indicator);
        for (DemoValue demoValue : demo.values()) {
            IndicatorValue value = new IndicatorValue();
            value.id = UUID.randomUUID();
            value.indicator = indicator;
            value.year = demoValue.year();
            value.municipalityCode = demoValue.municipalityCode();
            value.gender = demoValue.gender();
            value.value = demoValue.value();
            value.sample = demo.sample();
            value.recordedAt = indicator.createdAt;
            value.recordedBy = ACTOR;
            em.persist(value);
        }
        history.recordAs(ChangeRecorder.Actor.system(ACTOR),
                new ChangeRecorder.Subject("AGREEMENT", agreement.id, "INDICATOR", indicator.id), ChangeRecorder.CREATED,
                "Indicator from the published document" + (demo.sample() ? ", with sample values" : ""), Map.of(),
                Map.of("name", demo.name()));
    }

    /** By query: goal areas inserted in this transaction are not in the agreement's collection. */
    private GoalArea goalArea(Agreement agreement, String number) {
        return em.createQuery("select g from GoalArea g where g.agreement.id = :agreement and g.number = :number", GoalArea.class)
                .setParameter("agreement", agreement.id).setParameter("number", number).getSingleResult();
    }

    // ---- forums: the structures of the seed documents and Västerbotten's council meeting ------------------------

    record DemoRepresentative(String name, String title, boolean substitute) {
    }

    record DemoMember(String organisationKey, MemberRole role, String description, List<DemoRepresentative> representatives) {
    }

    record DemoForum(String key, String name, ForumKind kind, Level level, String countyCode, String convenerKey, String chair,
                     String description, Integer meetingsPerYear, String invitedAsNeeded, String parentKey,
                     ForumRelation parentRelation, LocalDate endsOn, List<String> mandate, List<String> purposes,
                     List<String> agreementKeys, List<DemoMember> members) {
    }

    record DemoAttendee(String organisationKey, String name, String title) {
    }

    record DemoDecision(String text, DecisionOutcome outcome, DecisionSubject subject, String agreementKey, Integer year) {
    }

    record DemoActionItem(String title, String description, String ownerKey, String ownerPerson, LocalDate dueOn,
                          ActionItemStatus status, String assigneeForumKey) {
    }

    record DemoAgendaItem(String title, AgendaItemKind kind, String description, String presenter, String agreementKey,
                          String minutes, List<DemoDecision> decisions, List<DemoActionItem> actionItems) {
    }

    record DemoMeeting(String key, String forumKey, String title, LocalDate date, LocalTime startTime, LocalTime endTime,
                       String location, String onlineUrl, boolean minutesPublished, List<DemoAttendee> attendees,
                       List<DemoAgendaItem> agenda) {
    }

    record DemoForums(List<DemoForum> forums, List<DemoMeeting> meetings) {
    }

    public static UUID forumId(String key) {
        return UUID.nameUUIDFromBytes(("samverkan:demo:forum:" + key).getBytes(StandardCharsets.UTF_8));
    }

    public static UUID meetingId(String key) {
        return UUID.nameUUIDFromBytes(("samverkan:demo:meeting:" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The forums of the seed documents, and the Västerbotten Migration Council's meeting of 2018-03-16. */
    private void loadForums() {
        DemoForums demo = read("demo/forums.json", new TypeReference<DemoForums>() { });
        ChangeRecorder.Actor actor = ChangeRecorder.Actor.system(ACTOR);
        int added = 0;
        for (DemoForum demoForum : demo.forums()) {
            if (em.find(Forum.class, forumId(demoForum.key())) == null) {
                insert(demoForum, actor);
                added++;
            }
        }
        em.flush();
        int meetings = 0;
        for (DemoMeeting demoMeeting : demo.meetings()) {
            if (em.find(Meeting.class, meetingId(demoMeeting.key())) == null) {
                insert(demoMeeting, actor);
                meetings++;
            }
        }
        em.flush();
        LOG.infof("Demo data: %d forums and %d meetings added", added, meetings);
    }

    private void insert(DemoForum demo, ChangeRecorder.Actor actor) {
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
        forum.stampCreated(ACTOR);
        em.persist(forum);
        int position = 0;
        for (DemoMember demoMember : demo.members()) {
            ForumMember member = new ForumMember();
            member.id = UUID.nameUUIDFromBytes((forum.id + ":" + demoMember.organisationKey()).getBytes(StandardCharsets.UTF_8));
            member.forum = forum;
            member.organisation = organisations.findById(organisationId(demoMember.organisationKey()));
            member.role = demoMember.role();
            member.description = demoMember.description();
            member.position = ++position;
            demoMember.representatives().forEach(r -> member.representatives.add(new Representative(r.name(), r.title(), r.substitute())));
            member.stampCreated(ACTOR);
            em.persist(member);
            forum.members.add(member);
        }
        history.recordAs(actor, new ChangeRecorder.Subject(ForumService.SUBJECT, forum.id, ForumService.SUBJECT, forum.id),
                ChangeRecorder.CREATED, "Registered from the published document", Map.of(), Map.of("name", forum.name));
    }

    private void insert(DemoMeeting demo, ChangeRecorder.Actor actor) {
        Meeting meeting = new Meeting();
        meeting.id = meetingId(demo.key());
        meeting.forum = em.find(Forum.class, forumId(demo.forumKey()));
        meeting.title = demo.title();
        meeting.date = demo.date();
        meeting.startTime = demo.startTime();
        meeting.endTime = demo.endTime();
        meeting.location = demo.location();
        meeting.onlineUrl = demo.onlineUrl();
        demo.attendees().forEach(a -> meeting.attendees.add(new Attendee(
                a.organisationKey() == null ? null : organisations.findById(organisationId(a.organisationKey())), a.name(), a.title())));
        meeting.stampCreated(ACTOR);
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
            item.agreement = demoItem.agreementKey() == null ? null : agreements.findById(agreementId(demoItem.agreementKey()));
            item.minutes = demoItem.minutes();
            item.stampCreated(ACTOR);
            em.persist(item);
            int decisionPosition = 0;
            for (DemoDecision demoDecision : demoItem.decisions()) {
                Decision decision = new Decision();
                decision.id = UUID.randomUUID();
                decision.agendaItem = item;
                decision.position = ++decisionPosition;
                decision.text = demoDecision.text();
                decision.outcome = demoDecision.outcome();
                decision.subject = demoDecision.subject();
                decision.agreement = demoDecision.agreementKey() == null ? null : agreements.findById(agreementId(demoDecision.agreementKey()));
                decision.year = demoDecision.year();
                decision.stampCreated(ACTOR);
                em.persist(decision);
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
                action.assigneeForum = demoAction.assigneeForumKey() == null ? null : em.find(Forum.class, forumId(demoAction.assigneeForumKey()));
                action.stampCreated(ACTOR);
                em.persist(action);
                history.recordAs(actor, new ChangeRecorder.Subject(ActionItemService.SUBJECT, action.id, ActionItemService.SUBJECT, action.id),
                        ChangeRecorder.CREATED, "Registered from the published minutes", Map.of(), Map.of("title", action.title));
            }
        }
        history.recordAs(actor, new ChangeRecorder.Subject(MeetingService.SUBJECT, meeting.id, MeetingService.SUBJECT, meeting.id),
                ChangeRecorder.CREATED, "Registered from the published minutes", Map.of(), Map.of("date", meeting.date.toString()));
    }

    private <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
