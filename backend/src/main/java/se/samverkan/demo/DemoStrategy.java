package se.samverkan.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.TargetGroup;
import se.samverkan.forum.Forum;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.strategy.AnalysisEntry;
import se.samverkan.strategy.AreaStatus;
import se.samverkan.strategy.Checkpoint;
import se.samverkan.strategy.GapFinding;
import se.samverkan.strategy.PhaseStatus;
import se.samverkan.strategy.StrategyArea;
import se.samverkan.strategy.StrategyPhase;

/**
 * Västerbotten's strategy process (demo/strategy.json): the five phases of the RUS process map with their goals,
 * timings and checklist (Förankring's points checked as in the source), Strategirådet's steps 1–6 in the phases they
 * describe, and the gap analyses and possible areas of action per target group, marked as the examples the source
 * gives ("Ex:"). No scores and no activities: the source has none.
 */
@ApplicationScoped
class DemoStrategy {

    private static final Logger LOG = Logger.getLogger(DemoStrategy.class);

    @Inject
    DemoJson json;

    @Inject
    DemoWrites writes;

    @Inject
    EntityManager em;

    record DemoCheckpoint(String text, boolean done) {}

    record DemoPhase(
            String key,
            String agreementKey,
            int position,
            String name,
            String description,
            String goal,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            PhaseStatus status,
            String ownerForumKey,
            List<DemoCheckpoint> checkpoints,
            DemoProvenance provenance) {
        UUID id() {
            return DemoStrategy.id("strategy-phase", agreementKey, key);
        }
    }

    record DemoFinding(
            String key,
            String agreementKey,
            TargetGroup targetGroup,
            String finding,
            String source,
            LocalDate foundOn,
            boolean example,
            DemoProvenance provenance) {
        UUID id() {
            return DemoStrategy.id("strategy-finding", agreementKey, key);
        }
    }

    record DemoArea(
            String key,
            String agreementKey,
            TargetGroup targetGroup,
            String title,
            boolean example,
            DemoProvenance provenance) {
        UUID id() {
            return DemoStrategy.id("strategy-area", agreementKey, key);
        }
    }

    record StrategyFile(List<DemoPhase> phases, List<DemoFinding> findings, List<DemoArea> areas) {}

    static UUID id(String kind, String agreementKey, String key) {
        return UUID.nameUUIDFromBytes(
                ("samverkan:demo:" + kind + ":" + agreementKey + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    void load() {
        StrategyFile demo = json.read("demo/strategy.json", new TypeReference<StrategyFile>() {});
        int added = writes.missing(StrategyPhase.class, demo.phases(), DemoPhase::id, this::insert);
        added += writes.missing(GapFinding.class, demo.findings(), DemoFinding::id, this::insert);
        added += writes.missing(StrategyArea.class, demo.areas(), DemoArea::id, this::insert);
        em.flush();
        if (added > 0) {
            LOG.infof("Loaded %d demo records of the strategy process", added);
        }
    }

    private void insert(DemoPhase p) {
        UUID id = p.id();
        StrategyPhase phase = new StrategyPhase();
        phase.id = id;
        phase.agreement = em.find(Agreement.class, DemoDataLoader.agreementId(p.agreementKey()));
        phase.position = p.position();
        phase.name = p.name();
        phase.description = p.description();
        phase.goal = p.goal();
        phase.plannedStart = p.plannedStart();
        phase.plannedEnd = p.plannedEnd();
        phase.status = p.status();
        phase.ownerForum =
                p.ownerForumKey() == null ? null : em.find(Forum.class, DemoDataLoader.forumId(p.ownerForumKey()));
        p.checkpoints().forEach(c -> phase.checkpoints.add(new Checkpoint(c.text(), c.done(), null)));
        phase.provenance = DemoProvenance.of(p.provenance());
        writes.persist(phase);
        record(phase.agreement.id, "PHASE", id, phase.name);
    }

    private void insert(DemoFinding f) {
        GapFinding finding = new GapFinding();
        finding.finding = f.finding();
        finding.source = f.source();
        finding.foundOn = f.foundOn();
        insert(
                finding,
                f.id(),
                f.agreementKey(),
                f.targetGroup(),
                f.example(),
                f.provenance(),
                "GAP_FINDING",
                f.finding());
    }

    private void insert(DemoArea a) {
        StrategyArea area = new StrategyArea();
        area.title = a.title();
        area.status = AreaStatus.POSSIBLE;
        insert(
                area,
                a.id(),
                a.agreementKey(),
                a.targetGroup(),
                a.example(),
                a.provenance(),
                "AREA_OF_ACTION",
                a.title());
    }

    /** What a gap finding and an area of action share (AnalysisEntry), then stored and recorded as the analysis's. */
    private void insert(
            AnalysisEntry entry,
            UUID id,
            String agreementKey,
            TargetGroup targetGroup,
            boolean example,
            DemoProvenance provenance,
            String subjectType,
            String title) {
        entry.id = id;
        entry.agreement = em.find(Agreement.class, DemoDataLoader.agreementId(agreementKey));
        entry.targetGroup = targetGroup;
        entry.example = example;
        entry.provenance = DemoProvenance.of(provenance);
        writes.persist(entry);
        record(entry.agreement.id, subjectType, id, title);
    }

    private void record(UUID agreementId, String entityType, UUID id, String name) {
        writes.created(
                new ChangeRecorder.Subject(AgreementService.SUBJECT, agreementId, entityType, id),
                "Registered from the published document",
                Map.of("name", name));
    }
}
