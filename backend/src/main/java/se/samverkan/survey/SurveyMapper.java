package se.samverkan.survey;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.organisation.OrganisationReference;
import se.samverkan.survey.SurveyDtos.AnswerDto;
import se.samverkan.survey.SurveyDtos.AnswerItemDto;
import se.samverkan.survey.SurveyDtos.AnswerPermissions;
import se.samverkan.survey.SurveyDtos.QuestionDto;
import se.samverkan.survey.SurveyDtos.SurveyDto;
import se.samverkan.survey.SurveyDtos.SurveyPermissions;
import se.samverkan.survey.SurveyDtos.ThemeDto;

/** Entities to read models and history snapshots. */
final class SurveyMapper {

    private SurveyMapper() {}

    static SurveyDto survey(Survey s, List<OrganisationReference> recipients, SurveyPermissions permissions) {
        return new SurveyDto(
                s.id,
                s.countyCode(),
                s.county == null ? null : s.county.name,
                s.title,
                s.year,
                s.opensOn,
                s.closesOn,
                s.introduction,
                s.includeRegion,
                s.status,
                s.copiedFromId,
                s.publishedAt,
                s.themes.stream().map(SurveyMapper::theme).toList(),
                recipients,
                s.version,
                s.createdAt,
                s.createdBy,
                s.updatedAt,
                s.updatedBy,
                permissions,
                ProvenanceDto.of(s.provenance));
    }

    static ThemeDto theme(SurveyTheme t) {
        return new ThemeDto(
                t.id,
                t.title,
                t.summary,
                t.questions.stream().map(SurveyMapper::question).toList());
    }

    static QuestionDto question(SurveyQuestion q) {
        return new QuestionDto(
                q.id,
                q.key,
                q.kind,
                q.text,
                q.help,
                q.required,
                q.commentMode,
                q.unit,
                q.minValue,
                q.maxValue,
                q.genderSplit,
                options(q.options));
    }

    static List<String> options(String[] options) {
        return options == null ? List.of() : List.of(options);
    }

    static AnswerDto answer(
            SurveyAnswer a, Survey survey, OrganisationReference organisation, AnswerPermissions permissions) {
        Map<java.util.UUID, java.util.UUID> keys = survey.themes.stream()
                .flatMap(t -> t.questions.stream())
                .collect(Collectors.toMap(q -> q.id, q -> q.key));
        List<AnswerItemDto> items = a == null
                ? List.of()
                : a.items.stream()
                        .filter(i -> keys.containsKey(i.questionId))
                        .map(i -> new AnswerItemDto(
                                keys.get(i.questionId),
                                i.agreement,
                                i.comment,
                                i.commentPublishable,
                                i.textValue,
                                i.numberValue,
                                i.women,
                                i.men,
                                options(i.options)))
                        .toList();
        return new AnswerDto(
                survey.id,
                organisation,
                a == null ? null : a.status,
                a == null ? null : a.submittedAt,
                a == null ? null : a.submittedBy,
                items,
                a == null ? 0 : a.version,
                a == null ? null : a.updatedAt,
                a == null ? null : a.updatedBy,
                permissions,
                a == null ? null : ProvenanceDto.of(a.provenance));
    }

    static Map<String, String> surveySnapshot(Survey s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("countyCode", s.countyCode());
        m.put("title", s.title);
        m.put("year", String.valueOf(s.year));
        m.put("opensOn", Objects.toString(s.opensOn, null));
        m.put("closesOn", Objects.toString(s.closesOn, null));
        m.put("introduction", s.introduction);
        m.put("includeRegion", String.valueOf(s.includeRegion));
        m.put("status", s.status.name());
        m.put(
                "themes",
                s.themes.stream()
                        .map(t -> t.title + " (" + t.questions.size() + ")")
                        .collect(Collectors.joining(" | ")));
        m.put(
                "questions",
                s.themes.stream()
                        .flatMap(t -> t.questions.stream())
                        .map(q -> q.kind + ": " + q.text)
                        .collect(Collectors.joining(" | ")));
        for (SurveyTheme t : s.themes) {
            if (t.summary != null) {
                m.put("summary " + t.title, t.summary);
            }
        }
        return m;
    }

    static Map<String, String> answerSnapshot(SurveyAnswer a) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("organisation", a.organisation.name);
        m.put("status", a.status.name());
        m.put(
                "items",
                a.items.stream()
                        .map(i -> Objects.toString(i.agreement, "")
                                + Objects.toString(i.textValue, "")
                                + Objects.toString(i.numberValue, "")
                                + (i.options == null ? "" : Arrays.toString(i.options))
                                + (i.comment == null ? "" : " — " + i.comment))
                        .collect(Collectors.joining(" | ")));
        return m;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
