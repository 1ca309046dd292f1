package se.samverkan.common.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every unique constraint and unique index of the schema (see db/migration), with the request field it guards.
 * Services check uniqueness first and answer a friendly 409; two identical requests at the same time both pass that
 * check and one of them then breaks the constraint: the problem mappers use this registry so that the loser, too,
 * gets a 409 naming the field. A test compares the registry with the database catalog.
 */
public final class UniqueConstraints {

    /** The request field and what is wrong with its value (a key of i18n/problems.properties). */
    public record Guard(String field, String messageKey) {}

    private static final String CHANGED_TOGETHER = "field.changed-together";

    /**
     * One row a constraint: its name, the request field and, for natural keys, the message; without a message the
     * value was changed together with another request's (ordered and set-valued lists keyed by their owner, rows
     * written whole). Lines starting with # are comments.
     */
    private static final Map<String, Guard> GUARDS = table(
            """
            # Natural keys: what a client may send twice.
            organisation_organisation_number_key     organisationNumber  common.already-registered-another-organisation
            agreement_party_once                     organisationId      common.already-party-agreement
            goal_area_number_once                    number              common.already-used-another-goal-area
            yearly_priority_once                     year                common.already-focus-goal-area
            indicator_value_once                     values              common.value-year-municipality-gender-already
            follow_up_round_once                     year                common.already-follow-up-round-agreement
            assessment_once                          organisationId      common.already-assessment-goal-area-round
            forum_member_once                        organisationId      common.already-member-forum
            action_item_raised_once                  forumId             common.already-been-handed-item
            decision_effect_once                     effects             decision.subject-already-decided
            status_report_agenda_item_id_key         agendaItemId        common.already-status-report
            status_report_quarter_once               quarter             common.already-status-report-forum-year
            status_report_invitation_once            organisationIds     common.already-invited
            access_grant_active_once                 subject             common.already-holds-active-grant-kind
            # Ordered and set-valued lists: keyed by their owner, clash only when two writers replace the same list.
            agreement_legal_reference_pkey           legalBasis
            agreement_target_group_pkey              targetGroups
            agreement_perspective_pkey               perspectives
            agreement_party_signatory_pkey           signatories
            goal_area_strategy_pkey                  strategies
            goal_area_target_group_pkey              targetGroups
            yearly_priority_point_pkey               points
            indicator_target_pkey                    targets
            assessment_activity_organisation_pkey    activities
            assessment_indicator_value_pkey          indicatorValues
            strategy_phase_checkpoint_pkey           checkpoints
            plan_activity_partner_pkey               partnerIds
            forum_mandate_point_pkey                 mandate
            forum_purpose_pkey                       purposes
            forum_agreement_pkey                     agreementIds
            forum_member_representative_pkey         representatives
            meeting_attendee_pkey                    attendees
            status_report_theme_pkey                 themes
            status_report_contribution_entry_pkey    entries
            forum_member_collective_once             collectiveName      common.already-member-forum
            forum_municipality_pkey                  municipalities
            document_version_number_once             file
            stored_blob_chunk_pkey                   file
            access_grant_municipality_pkey           municipalityCodes
            access_grant_indicator_pkey              indicatorIds
            federation_municipality_pkey             municipalityCodes
            # Funding.
            funding_programme_name_once              name                common.already-name-another-programme
            funding_project_application_once         outcome
            funding_application_co_applicant_pkey    coApplicantIds
            funding_application_goal_area_pkey       goalAreaIds
            funding_application_strategy_pkey        strategies
            funding_application_target_group_pkey    targetGroups
            funding_call_priority_goal_area_pkey     priorities
            funding_call_priority_strategy_pkey      priorities
            funding_call_priority_target_group_pkey  priorities
            funding_project_partner_pkey             partnerIds
            funding_project_budget_pkey              budget
            funding_project_goal_area_pkey           goalAreaIds
            funding_project_strategy_pkey            strategies
            funding_project_target_group_pkey        targetGroups
            # Surveys (issue 12): one answer per organisation; the rest are written whole, so they change together.
            survey_answer_once                       organisationId      survey.already-answered
            survey_question_key_once                 themes
            survey_recipient_pkey                    recipientIds
            survey_answer_item_pkey                  items
            # Results reports (issue 16): one per county and year; the parts are written in one request.
            results_report_once                      year                resultsreport.county-has-one-for-year
            results_report_part_pkey                 parts
            # The national summaries are loaded from documents, never by a client; listed for the 409.
            national_results_part_pkey               parts
            # Notifications (issue 11): written with "on conflict", so a client never meets these; listed for the 409.
            directory_user_username_key              username            common.already-user-directory
            notification_preference_pkey             preferences
            follow_pkey                              subjectId           common.already-followed
            public_subscription_once                 email               common.already-follows-forum
            # Scheduled work (issue 18): claimed with "on conflict do nothing", no client meets it; listed for the 409.
            scheduled_run_pkey                       slot
            # Webhooks (issue 16): a delivery is queued with "on conflict do nothing", once per change and subscription.
            webhook_delivery_once                    position
            """);

    private static Map<String, Guard> table(String rows) {
        Map<String, Guard> guards = new LinkedHashMap<>();
        rows.lines()
                .map(String::strip)
                .filter(row -> !row.isEmpty() && !row.startsWith("#"))
                .forEach(row -> {
                    String[] cells = row.split("\\s+");
                    Guard guard = new Guard(cells[1], cells.length > 2 ? cells[2] : CHANGED_TOGETHER);
                    if (cells.length < 2 || cells.length > 3 || guards.put(cells[0], guard) != null) {
                        throw new IllegalStateException("Bad or repeated unique-constraint row: " + row);
                    }
                });
        return Map.copyOf(guards);
    }

    private UniqueConstraints() {}

    public static Optional<Guard> guard(String constraintName) {
        return Optional.ofNullable(constraintName == null ? null : GUARDS.get(constraintName));
    }

    public static java.util.Set<String> names() {
        return GUARDS.keySet();
    }

    /**
     * Runs an insert and answers a break of the named constraint with the given problem instead of the registry's 409:
     * for a create-if-absent whose clash with a create committed meanwhile is a 412.
     */
    public static void inserting(
            Runnable insert, String constraintName, java.util.function.Supplier<? extends RuntimeException> clash) {
        try {
            insert.run();
        } catch (jakarta.persistence.PersistenceException e) {
            if (violates(e, constraintName)) {
                throw clash.get();
            }
            throw e;
        }
    }

    /** Whether a failed write (or one of its causes) broke the named constraint. */
    static boolean violates(Throwable failure, String constraintName) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable e = failure; e != null && seen.add(e); e = e.getCause()) {
            if (e instanceof org.hibernate.exception.ConstraintViolationException violation
                    && constraintName.equalsIgnoreCase(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }
}
