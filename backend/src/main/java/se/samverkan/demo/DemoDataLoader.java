package se.samverkan.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samverkan.common.cluster.ScheduledRuns;
import se.samverkan.reference.ReferenceDataLoader;

/**
 * Loads the demo data of the three seed counties (demo/*.json) when {@code samverkan.demo-data.enabled} is set:
 * by {@code make run} and the tests, never by a migration. Rows that exist are left alone, so edits made in a demo
 * survive a restart. Each feature's data has its own loader; ids are derived from the files' keys, so other demo
 * data and tests refer to rows by key.
 */
@ApplicationScoped
public class DemoDataLoader {

    @Inject
    ScheduledRuns runs;

    public static final String ACTOR = "demo-data";

    @ConfigProperty(name = "samverkan.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    DemoOrganisations organisations;

    @Inject
    DemoAgreements agreements;

    @Inject
    DemoFollowUp followUp;

    @Inject
    DemoForums forums;

    @Inject
    DemoGrants grants;

    @Inject
    DemoFunding funding;

    @Inject
    DemoStrategy strategy;

    @Inject
    DemoSurveys surveys;

    @Inject
    DemoResultsReports resultsReports;

    @Transactional
    void load(@Observes @Priority(ReferenceDataLoader.STARTUP_PRIORITY + 10) StartupEvent event) {
        if (!enabled) {
            return;
        }
        // instances starting together load one after the other; the later one finds the data and adds nothing
        runs.lockForTransaction("demo-data");
        organisations.load();
        agreements.load();
        followUp.load();
        forums.load();
        grants.load();
        funding.load();
        surveys.load();
        strategy.load();
        resultsReports.load();
    }

    /** The stable id of a demo organisation. */
    public static UUID organisationId(String key) {
        return id("organisation", key);
    }

    public static UUID agreementId(String key) {
        return id("agreement", key);
    }

    public static UUID followUpRoundId(String key) {
        return id("follow-up-round", key);
    }

    public static UUID indicatorId(String key) {
        return id("indicator", key);
    }

    public static UUID forumId(String key) {
        return id("forum", key);
    }

    public static UUID meetingId(String key) {
        return id("meeting", key);
    }

    public static UUID fundingProjectId(String key) {
        return DemoFunding.id("funding-project", key);
    }

    public static UUID fundingCallId(String key) {
        return DemoFunding.id("funding-call", key);
    }

    public static UUID fundingProgrammeId(String key) {
        return DemoFunding.id("funding-programme", key);
    }

    public static UUID surveyId(String key) {
        return DemoSurveys.surveyId(key);
    }

    public static UUID resultsReportId(String key) {
        return DemoResultsReports.reportId(key);
    }

    public static UUID surveyQuestionKey(String key) {
        return DemoSurveys.questionKey(key);
    }

    private static UUID id(String kind, String key) {
        return UUID.nameUUIDFromBytes(("samverkan:demo:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8));
    }
}
