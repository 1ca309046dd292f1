package se.samverkan.opendata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samverkan.agreement.AgreementDtos.AgreementDto;
import se.samverkan.agreement.AgreementDtos.AgreementSummary;
import se.samverkan.agreement.AgreementDtos.GoalAreaDto;
import se.samverkan.agreement.AgreementDtos.PartyDto;
import se.samverkan.agreement.AgreementDtos.ResponsibilityDto;
import se.samverkan.agreement.AgreementRepository;
import se.samverkan.agreement.AgreementService;
import se.samverkan.common.security.ActingAs;
import se.samverkan.followup.FollowUpDtos.RoundSummary;
import se.samverkan.followup.FollowUpDtos.ValueDto;
import se.samverkan.followup.FollowUpService;
import se.samverkan.followup.ReportService;
import se.samverkan.followup.indicator.IndicatorDtos.IndicatorDto;
import se.samverkan.followup.indicator.IndicatorService;
import se.samverkan.forum.ForumDtos.ForumSummary;
import se.samverkan.forum.ForumRepository;
import se.samverkan.forum.ForumService;
import se.samverkan.forum.meeting.MeetingDtos.DecisionDto;
import se.samverkan.forum.meeting.MeetingDtos.MeetingSummary;
import se.samverkan.forum.meeting.MeetingDtos.MinutesDto;
import se.samverkan.forum.meeting.MeetingDtos.MinutesItem;
import se.samverkan.forum.meeting.MeetingService;
import se.samverkan.forum.meeting.MinutesService;
import se.samverkan.funding.FundingDtos.ProjectSummary;
import se.samverkan.funding.FundingProjectRepository;
import se.samverkan.funding.ProjectService;

/**
 * Builds every dataset as the public would read it: through the features' services, in a request context whose
 * caller is anonymous, so each feature's policy decides what is in them (a draft never is), whoever asks.
 */
@ApplicationScoped
public class OpenDataTables {

    private static final int PAGE = 100;

    @Inject
    ActingAs acting;

    @Inject
    AgreementService agreements;

    @Inject
    ForumService forums;

    @Inject
    MeetingService meetings;

    @Inject
    MinutesService minutes;

    @Inject
    ProjectService projects;

    @Inject
    FollowUpService followUp;

    @Inject
    ReportService reports;

    @Inject
    IndicatorService indicators;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "samverkan.public-url")
    String publicUrl;

    public Map<OpenDataset, List<Map<String, Object>>> build() {
        return acting.asPublic(this::buildAsCaller);
    }

    private Map<OpenDataset, List<Map<String, Object>>> buildAsCaller() {
        Map<OpenDataset, List<Map<String, Object>>> tables = new EnumMap<>(OpenDataset.class);
        for (OpenDataset dataset : OpenDataset.values()) {
            tables.put(dataset, new ArrayList<>());
        }
        agreements(tables);
        forumsAndMinutes(tables);
        projects(tables.get(OpenDataset.PROJECTS));
        return tables;
    }

    private void agreements(Map<OpenDataset, List<Map<String, Object>>> tables) {
        AgreementRepository.Filter all = new AgreementRepository.Filter(null, null, null, null, null, null, null);
        List<AgreementSummary> summaries = new ArrayList<>();
        for (int page = 0; ; page++) {
            var found = agreements
                    .list(all, AgreementRepository.SortOrder.TITLE, page, PAGE)
                    .value();
            summaries.addAll(found.items());
            if ((long) (page + 1) * PAGE >= found.total()) {
                break;
            }
        }
        for (AgreementSummary summary : summaries) {
            AgreementDto a = agreements.get(summary.id());
            followUpAndIndicators(a, tables);
            tables.get(OpenDataset.AGREEMENTS)
                    .add(row(
                            "id",
                            a.id(),
                            "kind",
                            a.kind(),
                            "title",
                            a.title(),
                            "county_code",
                            a.countyCode(),
                            "county_name",
                            a.countyName(),
                            "municipality_code",
                            a.municipalityCode(),
                            "municipality_name",
                            a.municipalityName(),
                            "first_year",
                            a.firstYear(),
                            "last_year",
                            a.lastYear(),
                            "status",
                            a.status(),
                            "adopted_on",
                            a.adoptedOn(),
                            "report_number",
                            a.reportNumber(),
                            "purpose",
                            a.purpose(),
                            "url",
                            link("/agreements/" + a.id()),
                            // not a column: orders the Atom feed when several were adopted on the same day
                            OpenDataService.CHANGED_AT,
                            a.updatedAt()));
            for (PartyDto p : a.parties()) {
                tables.get(OpenDataset.PARTIES)
                        .add(row(
                                "agreement_id", a.id(),
                                "organisation_id", p.organisation().id(),
                                "organisation_name", p.organisation().name(),
                                "organisation_type", p.organisationType(),
                                "role", p.role(),
                                "signed_on", p.signedOn()));
            }
            for (GoalAreaDto g : a.goalAreas()) {
                tables.get(OpenDataset.GOAL_AREAS)
                        .add(row(
                                "agreement_id", a.id(),
                                "goal_area_id", g.id(),
                                "number", g.number(),
                                "title", g.title(),
                                "goal", g.goal(),
                                "target_groups",
                                        g.targetGroups().stream()
                                                .map(Enum::name)
                                                .sorted()
                                                .collect(Collectors.joining(";"))));
                for (int i = 0; i < g.strategies().size(); i++) {
                    tables.get(OpenDataset.STRATEGIES)
                            .add(row(
                                    "agreement_id", a.id(),
                                    "goal_area_id", g.id(),
                                    "position", i + 1,
                                    "text", g.strategies().get(i)));
                }
                for (ResponsibilityDto r : g.responsibilities()) {
                    tables.get(OpenDataset.RESPONSIBILITIES)
                            .add(row(
                                    "agreement_id", a.id(),
                                    "goal_area_id", g.id(),
                                    "organisation_id",
                                            r.organisation() == null
                                                    ? null
                                                    : r.organisation().id(),
                                    "organisation_name",
                                            r.organisation() == null
                                                    ? null
                                                    : r.organisation().name(),
                                    "all_other_signatories", r.allOtherSignatories(),
                                    "collective_party", r.collectiveParty(),
                                    "kind", r.kind(),
                                    "level", r.level()));
                }
            }
        }
    }

    /** The agreement's approved follow-up (its report, per goal area) and its indicators' values. */
    private void followUpAndIndicators(AgreementDto a, Map<OpenDataset, List<Map<String, Object>>> tables) {
        for (RoundSummary round : followUp.list(a.id())) {
            if (!round.status().isPublic()) {
                continue;
            }
            JsonNode report = read(reports.file(round.id(), ReportService.Format.JSON, null, () -> false)
                    .body());
            for (JsonNode area : report.path("goalAreas")) {
                tables.get(OpenDataset.FOLLOW_UP)
                        .add(row(
                                "round_id", round.id(),
                                "agreement_id", a.id(),
                                "year", round.year(),
                                "approved_by", round.approvedBy(),
                                "approved_on", round.approvedOn(),
                                "goal_area_id", area.path("id").asText(),
                                "goal_area_number",
                                        area.path("number").isTextual()
                                                ? area.path("number").asText()
                                                : null,
                                "goal_area_title", area.path("title").asText(),
                                "status", area.path("aggregateStatus").asText(),
                                "url", link("/follow-up/rounds/" + round.id() + "/report")));
            }
        }
        for (IndicatorDto indicator : indicators.list(a.id())) {
            for (ValueDto v : indicators.values(indicator.id())) {
                tables.get(OpenDataset.INDICATOR_VALUES)
                        .add(row(
                                "agreement_id", a.id(),
                                "indicator_id", indicator.id(),
                                "indicator", indicator.name(),
                                "unit", indicator.unit(),
                                "year", v.year(),
                                "municipality_code", v.municipalityCode(),
                                "municipality_name", v.municipalityName(),
                                "gender", v.gender(),
                                "value", v.value(),
                                "sample", v.sample()));
            }
        }
    }

    private JsonNode read(byte[] body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void forumsAndMinutes(Map<OpenDataset, List<Map<String, Object>>> tables) {
        ForumRepository.Filter all = new ForumRepository.Filter(null, null, null, null);
        List<ForumSummary> found = new ArrayList<>();
        for (int page = 0; ; page++) {
            var forumPage = forums.list(all, page, PAGE);
            found.addAll(forumPage.items());
            if ((long) (page + 1) * PAGE >= forumPage.total()) {
                break;
            }
        }
        for (ForumSummary f : found) {
            tables.get(OpenDataset.FORUMS)
                    .add(row(
                            "id", f.id(),
                            "name", f.name(),
                            "kind", f.kind(),
                            "level", f.level(),
                            "county_code", f.countyCode(),
                            "county_name", f.countyName(),
                            "convener_id",
                                    f.convener() == null ? null : f.convener().id(),
                            "convener_name",
                                    f.convener() == null ? null : f.convener().name(),
                            "parent_id", f.parent() == null ? null : f.parent().id(),
                            "meetings_per_year", f.meetingsPerYear(),
                            "active", f.active(),
                            "url", link("/forums/" + f.id())));
            for (MeetingSummary m : meetings.list(f.id(), null, null)) {
                if (!m.minutesPublished()) {
                    continue;
                }
                MinutesDto published = minutes.minutes(m.id());
                tables.get(OpenDataset.MINUTES)
                        .add(row(
                                "meeting_id", m.id(),
                                "forum_id", f.id(),
                                "forum_name", f.name(),
                                "title", m.title(),
                                "date", m.date(),
                                "published_at", published.publishedAt(),
                                "url", link("/meetings/" + m.id())));
                for (MinutesItem item : published.items()) {
                    for (DecisionDto d : item.decisions()) {
                        tables.get(OpenDataset.DECISIONS)
                                .add(row(
                                        "decision_id", d.id(),
                                        "meeting_id", m.id(),
                                        "agenda_item", item.title(),
                                        "position", d.position(),
                                        "text", d.text(),
                                        "outcome", d.outcome(),
                                        "subject", d.subject(),
                                        "agreement_id",
                                                d.agreement() == null
                                                        ? null
                                                        : d.agreement().id()));
                    }
                }
            }
        }
    }

    private void projects(List<Map<String, Object>> rows) {
        FundingProjectRepository.Filter all = new FundingProjectRepository.Filter(null, null, null, null, null, null);
        for (int page = 0; ; page++) {
            var found = projects.list(all, page, PAGE);
            for (ProjectSummary p : found.items()) {
                rows.add(row(
                        "id", p.id(),
                        "name", p.name(),
                        "county_code", p.countyCode(),
                        "owner_id", p.owner() == null ? null : p.owner().id(),
                        "owner_name", p.owner() == null ? null : p.owner().name(),
                        "starts_on", p.startsOn(),
                        "ends_on", p.endsOn(),
                        "status", p.status(),
                        "budget_total", p.budgetTotal(),
                        "url", link("/funding/projects/" + p.id())));
            }
            if ((long) (page + 1) * PAGE >= found.total()) {
                break;
            }
        }
    }

    private String link(String path) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + path;
    }

    /** A row from name/value pairs; values are written as text in the dataset's column order. */
    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            row.put((String) pairs[i], value instanceof Enum<?> e ? e.name() : value);
        }
        return row;
    }
}
