package se.samverkan.survey;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.security.CurrentUser;
import se.samverkan.grant.CallerGrants;
import se.samverkan.organisation.CallerOrganisation;
import se.samverkan.organisation.OrganisationReference;

/**
 * Who sees and changes surveys; the one place for it.
 * <ul>
 * <li>A county's survey is run by its coordinators (by token or by grant) and administrators; a national survey by
 *     administrators, and each county's coordinator follows the answers from their own county.</li>
 * <li>Drafts are seen only by those who run the survey; open, closed and published surveys (the questions) by
 *     everyone.</li>
 * <li>Members of an asked organisation answer for it, and read their own answer; nobody else answers. Those who run
 *     the survey read every answer and may reopen one; the national reader reads them.</li>
 * <li>Results with every comment and who has not answered are internal (runners, the national reader, and for a
 *     national survey the coordinator of the county the figures are limited to); once published, everyone sees the
 *     aggregates, the summaries and the comments their organisation marked publishable.</li>
 * </ul>
 * What a caller may not see is 404; what they see but may not change is 403.
 */
@ApplicationScoped
public class SurveyPolicy {

    @Inject
    CurrentUser user;

    @Inject
    CallerGrants grants;

    @Inject
    CallerOrganisation callerOrganisation;

    /** The list rule: everything, or the counties whose drafts the caller sees. */
    public record Visibility(boolean everything, Set<String> counties) {}

    public Visibility visibility() {
        return new Visibility(user.isAdmin(), user.isAuthenticated() ? grants.coordinatedCounties() : Set.of());
    }

    public Optional<OrganisationReference> callerOrganisation() {
        return user.isAuthenticated() ? callerOrganisation.reference() : Optional.empty();
    }

    // ---- running a survey -----------------------------------------------------------------------

    /** Create a survey for the county (null: national). */
    public boolean canCreate(String countyCode) {
        return user.isAdmin() || (countyCode != null && grants.coordinatesCounty(countyCode));
    }

    public void assertCanCreate(String countyCode) {
        if (!canCreate(countyCode)) {
            throw ProblemException.forbidden(
                    countyCode == null
                            ? text("survey.only-admins-national")
                            : text("survey.only-county-coordinators", countyCode));
        }
    }

    public boolean canRun(Survey survey) {
        return canCreate(survey.countyCode());
    }

    public void assertCanRun(Survey survey) {
        assertCanRead(survey);
        if (!canRun(survey)) {
            assertCanCreate(survey.countyCode());
        }
    }

    /** Copy: those who run it, and any county's coordinators into their own county (the national questions). */
    public boolean canCopy(Survey survey) {
        return canRun(survey)
                || (user.isAuthenticated() && !grants.coordinatedCounties().isEmpty());
    }

    public boolean canRead(Survey survey) {
        return survey.status != SurveyStatus.DRAFT || canRun(survey);
    }

    public void assertCanRead(Survey survey) {
        if (!canRead(survey)) {
            throw ProblemException.notFound(text("survey.not-found", survey.id));
        }
    }

    // ---- answers --------------------------------------------------------------------------------

    public boolean isMemberOf(UUID organisationId) {
        return user.isAuthenticated()
                && callerOrganisation.id().map(organisationId::equals).orElse(false);
    }

    /** Only the asked organisation's members answer for it. */
    public void assertCanAnswerFor(Survey survey, UUID organisationId, String organisationCounty) {
        assertCanReadAnswer(survey, organisationId, organisationCounty);
        if (!isMemberOf(organisationId)) {
            throw ProblemException.forbidden(text("survey.only-members-answer"));
        }
    }

    /** The organisation's members; who runs the survey; the coordinator of its county (national); the reader. */
    public boolean canReadAnswer(Survey survey, UUID organisationId, String organisationCounty) {
        return isMemberOf(organisationId)
                || canRun(survey)
                || grants.isNationalReader()
                || (survey.national() && grants.coordinatesCounty(organisationCounty));
    }

    public void assertCanReadAnswer(Survey survey, UUID organisationId, String organisationCounty) {
        assertCanRead(survey);
        if (!canReadAnswer(survey, organisationId, organisationCounty)) {
            throw ProblemException.notFound(text("survey.answer-not-found", organisationId));
        }
    }

    public void assertCanReopen(Survey survey, UUID organisationId, String organisationCounty) {
        assertCanReadAnswer(survey, organisationId, organisationCounty);
        if (!canRun(survey)) {
            throw ProblemException.forbidden(text("survey.only-runners-reopen"));
        }
    }

    // ---- results --------------------------------------------------------------------------------

    /** The internal picture (every comment, who has not answered) of the whole survey or one county of it. */
    public boolean canReadInternal(Survey survey, String scope) {
        return canRun(survey)
                || grants.isNationalReader()
                || (survey.national() && scope != null && grants.coordinatesCounty(scope));
    }

    /**
     * The counties of a national survey whose internal picture the caller follows though not the whole one: a county
     * coordinator's own (sorted); empty for a county's survey and for those who read the whole survey internally.
     */
    public List<String> followedCounties(Survey survey) {
        if (!survey.national() || canReadInternal(survey, null) || !user.isAuthenticated()) {
            return List.of();
        }
        return grants.coordinatedCounties().stream().sorted().toList();
    }

    /** Internal or, once published, the public picture; otherwise not found (or 403 for those who see it). */
    public boolean internalView(Survey survey, String scope) {
        assertCanRead(survey);
        if (canReadInternal(survey, scope)) {
            return true;
        }
        if (survey.status == SurveyStatus.PUBLISHED) {
            return false;
        }
        if (!user.isAuthenticated()) {
            throw ProblemException.notFound(text("survey.results-not-found", survey.id));
        }
        throw ProblemException.forbidden(text("survey.results-internal"));
    }

    public void assertCanExportAnswers(Survey survey, String scope) {
        assertCanRead(survey);
        if (!canReadInternal(survey, scope)) {
            throw ProblemException.forbidden(text("survey.only-runners-export"));
        }
    }

    public void assertCanReadHistory(Survey survey) {
        assertCanRead(survey);
        if (!canRun(survey) && !grants.isNationalReader()) {
            throw ProblemException.forbidden(text("survey.only-runners-history"));
        }
    }
}
