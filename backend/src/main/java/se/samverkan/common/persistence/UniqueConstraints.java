package se.samverkan.common.persistence;

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

    private static final Map<String, Guard> GUARDS = Map.ofEntries(
            // Natural keys: what a client may send twice.
            Map.entry(
                    "organisation_organisation_number_key",
                    new Guard("organisationNumber", "common.already-registered-another-organisation")),
            Map.entry("agreement_party_once", new Guard("organisationId", "common.already-party-agreement")),
            Map.entry("goal_area_number_once", new Guard("number", "common.already-used-another-goal-area")),
            Map.entry("yearly_priority_once", new Guard("year", "common.already-focus-goal-area")),
            Map.entry("indicator_value_once", new Guard("values", "common.value-year-municipality-gender-already")),
            Map.entry("follow_up_round_once", new Guard("year", "common.already-follow-up-round-agreement")),
            Map.entry("assessment_once", new Guard("organisationId", "common.already-assessment-goal-area-round")),
            Map.entry("forum_member_once", new Guard("organisationId", "common.already-member-forum")),
            Map.entry("action_item_raised_once", new Guard("forumId", "common.already-been-handed-item")),
            Map.entry("decision_effect_once", new Guard("effects", "decision.subject-already-decided")),
            Map.entry("status_report_agenda_item_id_key", new Guard("agendaItemId", "common.already-status-report")),
            Map.entry("status_report_quarter_once", new Guard("quarter", "common.already-status-report-forum-year")),
            Map.entry("status_report_invitation_once", new Guard("organisationIds", "common.already-invited")),
            Map.entry("access_grant_active_once", new Guard("subject", "common.already-holds-active-grant-kind")),
            // Ordered and set-valued lists: keyed by their owner, clash only when two writers replace the same list.
            Map.entry("agreement_legal_reference_pkey", new Guard("legalBasis", CHANGED_TOGETHER)),
            Map.entry("agreement_target_group_pkey", new Guard("targetGroups", CHANGED_TOGETHER)),
            Map.entry("agreement_perspective_pkey", new Guard("perspectives", CHANGED_TOGETHER)),
            Map.entry("agreement_party_signatory_pkey", new Guard("signatories", CHANGED_TOGETHER)),
            Map.entry("goal_area_strategy_pkey", new Guard("strategies", CHANGED_TOGETHER)),
            Map.entry("goal_area_target_group_pkey", new Guard("targetGroups", CHANGED_TOGETHER)),
            Map.entry("yearly_priority_point_pkey", new Guard("points", CHANGED_TOGETHER)),
            Map.entry("indicator_target_pkey", new Guard("targets", CHANGED_TOGETHER)),
            Map.entry("assessment_activity_organisation_pkey", new Guard("activities", CHANGED_TOGETHER)),
            Map.entry("assessment_indicator_value_pkey", new Guard("indicatorValues", CHANGED_TOGETHER)),
            Map.entry("strategy_phase_checkpoint_pkey", new Guard("checkpoints", CHANGED_TOGETHER)),
            Map.entry("plan_activity_partner_pkey", new Guard("partnerIds", CHANGED_TOGETHER)),
            Map.entry("forum_mandate_point_pkey", new Guard("mandate", CHANGED_TOGETHER)),
            Map.entry("forum_purpose_pkey", new Guard("purposes", CHANGED_TOGETHER)),
            Map.entry("forum_agreement_pkey", new Guard("agreementIds", CHANGED_TOGETHER)),
            Map.entry("forum_member_representative_pkey", new Guard("representatives", CHANGED_TOGETHER)),
            Map.entry("meeting_attendee_pkey", new Guard("attendees", CHANGED_TOGETHER)),
            Map.entry("status_report_theme_pkey", new Guard("themes", CHANGED_TOGETHER)),
            Map.entry("status_report_contribution_entry_pkey", new Guard("entries", CHANGED_TOGETHER)),
            Map.entry("forum_member_collective_once", new Guard("collectiveName", "common.already-member-forum")),
            Map.entry("forum_municipality_pkey", new Guard("municipalities", CHANGED_TOGETHER)),
            Map.entry("document_version_number_once", new Guard("file", CHANGED_TOGETHER)),
            Map.entry("stored_blob_chunk_pkey", new Guard("file", CHANGED_TOGETHER)),
            Map.entry("access_grant_municipality_pkey", new Guard("municipalityCodes", CHANGED_TOGETHER)),
            Map.entry("access_grant_indicator_pkey", new Guard("indicatorIds", CHANGED_TOGETHER)),
            Map.entry("federation_municipality_pkey", new Guard("municipalityCodes", CHANGED_TOGETHER)),
            // Funding.
            Map.entry("funding_programme_name_once", new Guard("name", "common.already-name-another-programme")),
            Map.entry("funding_project_application_once", new Guard("outcome", CHANGED_TOGETHER)),
            Map.entry("funding_application_co_applicant_pkey", new Guard("coApplicantIds", CHANGED_TOGETHER)),
            Map.entry("funding_application_goal_area_pkey", new Guard("goalAreaIds", CHANGED_TOGETHER)),
            Map.entry("funding_application_strategy_pkey", new Guard("strategies", CHANGED_TOGETHER)),
            Map.entry("funding_application_target_group_pkey", new Guard("targetGroups", CHANGED_TOGETHER)),
            Map.entry("funding_call_priority_goal_area_pkey", new Guard("priorities", CHANGED_TOGETHER)),
            Map.entry("funding_call_priority_strategy_pkey", new Guard("priorities", CHANGED_TOGETHER)),
            Map.entry("funding_call_priority_target_group_pkey", new Guard("priorities", CHANGED_TOGETHER)),
            Map.entry("funding_project_partner_pkey", new Guard("partnerIds", CHANGED_TOGETHER)),
            Map.entry("funding_project_budget_pkey", new Guard("budget", CHANGED_TOGETHER)),
            Map.entry("funding_project_goal_area_pkey", new Guard("goalAreaIds", CHANGED_TOGETHER)),
            Map.entry("funding_project_strategy_pkey", new Guard("strategies", CHANGED_TOGETHER)),
            Map.entry("funding_project_target_group_pkey", new Guard("targetGroups", CHANGED_TOGETHER)),
            // Surveys (issue 12): one answer per organisation; the rest are written whole, so they change together.
            Map.entry("survey_answer_once", new Guard("organisationId", "survey.already-answered")),
            Map.entry("survey_question_key_once", new Guard("themes", CHANGED_TOGETHER)),
            Map.entry("survey_recipient_pkey", new Guard("recipientIds", CHANGED_TOGETHER)),
            Map.entry("survey_answer_item_pkey", new Guard("items", CHANGED_TOGETHER)),
            // Results reports (issue 16): one per county and year; the parts are written in one request.
            Map.entry("results_report_once", new Guard("year", "resultsreport.county-has-one-for-year")),
            Map.entry("results_report_part_pkey", new Guard("parts", CHANGED_TOGETHER)),
            // The national summaries are loaded from documents, never by a client; listed for the 409.
            Map.entry("national_results_part_pkey", new Guard("parts", CHANGED_TOGETHER)),
            // Notifications (issue 11): written with "on conflict", so a client never meets these; listed for the 409.
            Map.entry("directory_user_username_key", new Guard("username", "common.already-user-directory")),
            Map.entry("notification_preference_pkey", new Guard("preferences", CHANGED_TOGETHER)),
            Map.entry("follow_pkey", new Guard("subjectId", "common.already-followed")),
            Map.entry("public_subscription_once", new Guard("email", "common.already-follows-forum")),
            // Scheduled work (issue 18): claimed with "on conflict do nothing", so no client meets it; listed for the
            // 409.
            Map.entry("scheduled_run_pkey", new Guard("slot", CHANGED_TOGETHER)),
            // Webhooks (issue 16): a delivery is queued with "on conflict do nothing", once per change and
            // subscription.
            Map.entry("webhook_delivery_once", new Guard("position", CHANGED_TOGETHER)));

    private UniqueConstraints() {}

    public static Optional<Guard> guard(String constraintName) {
        return Optional.ofNullable(constraintName == null ? null : GUARDS.get(constraintName));
    }

    public static java.util.Set<String> names() {
        return GUARDS.keySet();
    }
}
