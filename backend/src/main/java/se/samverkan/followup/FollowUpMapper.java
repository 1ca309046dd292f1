package se.samverkan.followup;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.AgreementDtos.AgreementRef;
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.followup.FollowUpDtos.ActivityDto;
import se.samverkan.followup.FollowUpDtos.GoalAreaRef;
import se.samverkan.followup.FollowUpDtos.RoundDto;
import se.samverkan.followup.FollowUpDtos.RoundPermissions;
import se.samverkan.followup.FollowUpDtos.RoundSummary;
import se.samverkan.followup.FollowUpDtos.TaskDto;
import se.samverkan.organisation.Organisation;
import se.samverkan.organisation.OrganisationReference;

/** Entities to read models, and to the printable snapshots the history compares. */
final class FollowUpMapper {

    private FollowUpMapper() {}

    static AgreementRef agreement(Agreement a) {
        return new AgreementRef(a.id, a.title, a.kind, a.firstYear, a.lastYear, a.status);
    }

    static OrganisationReference organisation(Organisation o) {
        // null: a recorded assessment whose source does not say who wrote it
        return o == null ? null : new OrganisationReference(o.id, o.name);
    }

    static TaskDto task(Assessment a, LocalDate today) {
        return new TaskDto(
                a.id,
                GoalAreaRef.of(a.goalArea),
                organisation(a.organisation),
                a.state,
                a.status,
                a.submittedAt,
                a.round.isOverdue(a, today));
    }

    static RoundSummary summary(FollowUpRound r) {
        return new RoundSummary(
                r.id,
                r.agreement.id,
                r.year,
                r.deadline,
                r.status,
                r.approvedBy,
                r.approvedOn,
                r.assessments.size(),
                (int) r.assessments.stream().filter(a -> a.state.inReport()).count(),
                ProvenanceDto.of(r.provenance));
    }

    static RoundDto round(
            FollowUpRound r,
            List<TaskDto> tasks,
            RoundPermissions permissions,
            se.samverkan.common.decision.DecisionLinkDto approvalDecision) {
        return new RoundDto(
                r.id,
                agreement(r.agreement),
                r.agreement.countyCode(),
                r.year,
                r.deadline,
                r.status,
                r.summary,
                r.compiledAt,
                r.compiledBy,
                r.approvedBy,
                r.approvedOn,
                approvalDecision,
                tasks,
                r.version,
                r.createdAt,
                r.createdBy,
                r.updatedAt,
                r.updatedBy,
                permissions,
                ProvenanceDto.of(r.provenance));
    }

    static ActivityDto activity(Activity a) {
        return new ActivityDto(
                a.title,
                a.description,
                a.organisations.stream().map(FollowUpMapper::organisation).toList(),
                a.result,
                a.fundingSource,
                a.projectId,
                a.planActivityId);
    }

    // ---- snapshots for the history ----------------------------------------------------------------

    static Map<String, String> snapshot(FollowUpRound r) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("year", Integer.toString(r.year));
        s.put("deadline", Objects.toString(r.deadline, null));
        s.put("status", r.status.name());
        s.put("summary", r.summary);
        s.put("approvedBy", r.approvedBy);
        s.put("approvedOn", Objects.toString(r.approvedOn, null));
        return s;
    }

    static Map<String, String> snapshot(Assessment a) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("state", a.state.name());
        s.put("status", a.status == null ? null : a.status.name());
        s.put("situation", a.situation);
        s.put(
                "activities",
                a.activities.isEmpty()
                        ? null
                        : String.join(
                                "; ", a.activities.stream().map(x -> x.title).toList()));
        s.put("indicatorValues", a.indicatorValues.isEmpty() ? null : Integer.toString(a.indicatorValues.size()));
        s.put("returnComment", a.returnComment);
        return s;
    }
}
