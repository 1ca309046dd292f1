package se.samverkan.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.samverkan.common.csv.Code;
import se.samverkan.common.csv.Column;
import se.samverkan.common.csv.CsvDialect;
import se.samverkan.common.csv.CsvTable;
import se.samverkan.common.csv.Workbooks;
import se.samverkan.common.persistence.ReadOnly;
import se.samverkan.organisation.OrganisationReference;
import se.samverkan.reference.CountyRepository;
import se.samverkan.survey.SurveyDtos.AgreementCount;
import se.samverkan.survey.SurveyDtos.CommentDto;
import se.samverkan.survey.SurveyDtos.ComparisonDto;
import se.samverkan.survey.SurveyDtos.CountyPicture;
import se.samverkan.survey.SurveyDtos.EarlierYear;
import se.samverkan.survey.SurveyDtos.NumbersDto;
import se.samverkan.survey.SurveyDtos.OptionCount;
import se.samverkan.survey.SurveyDtos.QuestionResult;
import se.samverkan.survey.SurveyDtos.ResultsDto;
import se.samverkan.survey.SurveyDtos.StatementPicture;
import se.samverkan.survey.SurveyDtos.ThemeResult;

/**
 * The picture a survey gives: response rate and who has not answered, per statement the distribution over the
 * scale (and the same statement in earlier years), numbers summed with the gender split, choices counted, comments
 * with their organisation. Only submitted answers count. Every figure is one grouped query, so the number of
 * statements does not grow with the answers; the public picture leaves out who has not answered and every comment
 * its organisation did not mark publishable.
 */
@ApplicationScoped
public class SurveyResultsService {

    /** The bound of an answers export: 400 organisations × 100 questions. */
    static final int EXPORT_LIMIT = 40000;

    @Inject
    SurveyService surveys;

    @Inject
    SurveyPolicy policy;

    @Inject
    CountyRepository counties;

    @Inject
    EntityManager em;

    private record Question(
            UUID id, UUID key, UUID themeId, QuestionKind kind, String text, String unit, List<String> options) {}

    private static final String SEPARATOR = "\u001e";

    @ReadOnly
    @Transactional
    public ResultsDto results(UUID surveyId, String scope) {
        Survey survey = surveys.find(surveyId);
        requireCounty(scope);
        boolean internal = policy.internalView(survey, scope);
        return compute(survey, scope, internal);
    }

    private ResultsDto compute(Survey survey, String scope, boolean internal) {
        Map<String, Object> p = new HashMap<>();
        p.put("s", survey.id);
        String scoped = "";
        if (scope != null) {
            scoped = " and o.county_code = :scope";
            p.put("scope", scope);
        }
        List<Object[]> asked = rows(
                "select o.id, o.name, a.status from survey_recipient r join organisation o on o.id = r.organisation_id"
                        + " left join survey_answer a on a.survey_id = r.survey_id and a.organisation_id = o.id"
                        + " where r.survey_id = :s" + scoped + " order by o.name, o.id",
                p);
        int answered =
                (int) asked.stream().filter(r -> "SUBMITTED".equals(r[2])).count();
        List<OrganisationReference> answeredBy = internal
                ? asked.stream()
                        .filter(r -> "SUBMITTED".equals(r[2]))
                        .map(r -> new OrganisationReference((UUID) r[0], (String) r[1]))
                        .toList()
                : List.of();
        List<OrganisationReference> notAnswered = internal
                ? asked.stream()
                        .filter(r -> !"SUBMITTED".equals(r[2]))
                        .map(r -> new OrganisationReference((UUID) r[0], (String) r[1]))
                        .toList()
                : List.of();
        String submitted = " from survey_answer_item i join survey_answer a on a.id = i.answer_id and a.status ="
                + " 'SUBMITTED' join organisation o on o.id = a.organisation_id where a.survey_id = :s" + scoped;

        Map<UUID, EnumMap<Rating, Integer>> distributions = new HashMap<>();
        for (Object[] r : rows(
                "select i.question_id, i.agreement, count(*)" + submitted
                        + " and i.agreement is not null group by 1, 2",
                p)) {
            distributions
                    .computeIfAbsent((UUID) r[0], k -> new EnumMap<>(Rating.class))
                    .put(Rating.valueOf((String) r[1]), ((Number) r[2]).intValue());
        }
        Map<UUID, Integer> answeredPerQuestion = new HashMap<>();
        Map<UUID, NumbersDto> numbers = new HashMap<>();
        for (Object[] r : rows(
                "select i.question_id, count(*) filter (where i.agreement is not null or i.text_value is not null or"
                        + " i.number_value is not null or i.women is not null or i.men is not null or"
                        + " cardinality(i.options) > 0), count(i.number_value) + count(i.women) + count(i.men),"
                        + " sum(i.number_value), min(i.number_value), max(i.number_value), sum(i.women), sum(i.men)"
                        + submitted + " group by 1",
                p)) {
            UUID q = (UUID) r[0];
            answeredPerQuestion.put(q, ((Number) r[1]).intValue());
            if (((Number) r[2]).intValue() > 0) {
                numbers.put(
                        q,
                        new NumbersDto(
                                ((Number) r[1]).intValue(),
                                (BigDecimal) r[3],
                                (BigDecimal) r[4],
                                (BigDecimal) r[5],
                                (BigDecimal) r[6],
                                (BigDecimal) r[7]));
            }
        }
        Map<UUID, Map<String, Integer>> choices = new HashMap<>();
        for (Object[] r : rows(
                "select i.question_id, x.option, count(*)"
                        + submitted.replace(
                                " where a.survey_id", " cross join unnest(i.options) as x(option) where a.survey_id")
                        + " group by 1, 2",
                p)) {
            choices.computeIfAbsent((UUID) r[0], k -> new HashMap<>()).put((String) r[1], ((Number) r[2]).intValue());
        }
        Map<UUID, List<CommentDto>> comments = new HashMap<>();
        for (Object[] r : rows(
                "select i.question_id, o.id, o.name, coalesce(i.comment, i.text_value), i.comment_publishable"
                        + submitted + " and coalesce(i.comment, i.text_value) is not null"
                        + (internal ? "" : " and i.comment_publishable") + " order by o.name, o.id",
                p)) {
            comments.computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                    .add(new CommentDto(
                            new OrganisationReference((UUID) r[1], (String) r[2]), (String) r[3], (Boolean) r[4]));
        }
        boolean sample = !rows(
                        "select 1 from survey_answer a join organisation o on o.id = a.organisation_id where"
                                + " a.survey_id = :s and a.status = 'SUBMITTED' and a.provenance_kind = 'SAMPLE'"
                                + scoped + " limit 1",
                        p)
                .isEmpty();

        List<Question> questions = questions(survey.id);
        Map<UUID, List<EarlierYear>> earlier = earlier(survey, internal);
        Map<UUID, List<QuestionResult>> byTheme = new LinkedHashMap<>();
        for (Question q : questions) {
            EnumMap<Rating, Integer> d = distributions.get(q.id());
            List<AgreementCount> distribution = q.kind() == QuestionKind.STATEMENT ? distribution(d) : List.of();
            Map<String, Integer> c = choices.getOrDefault(q.id(), Map.of());
            List<OptionCount> optionCounts = new ArrayList<>();
            if (SurveyService.choice(q.kind())) {
                for (String option : q.options()) {
                    optionCounts.add(new OptionCount(option, c.getOrDefault(option, 0)));
                }
            }
            byTheme.computeIfAbsent(q.themeId(), k -> new ArrayList<>())
                    .add(new QuestionResult(
                            q.key(),
                            q.kind(),
                            q.text(),
                            q.unit(),
                            answeredPerQuestion.getOrDefault(q.id(), 0),
                            distribution,
                            optionCounts,
                            numbers.get(q.id()),
                            comments.getOrDefault(q.id(), List.of()),
                            earlier.getOrDefault(q.key(), List.of())));
        }
        List<ThemeResult> themes = survey.themes.stream()
                .map(t -> new ThemeResult(t.id, t.title, t.summary, byTheme.getOrDefault(t.id, List.of())))
                .toList();
        return new ResultsDto(
                survey.id,
                survey.title,
                survey.year,
                survey.countyCode(),
                survey.county == null ? null : survey.county.name,
                survey.status,
                scope,
                asked.size(),
                answered,
                rate(answered, asked.size()),
                answeredBy,
                notAnswered,
                internal,
                sample,
                themes);
    }

    /** The questions in theme and position order, with their themes, in one query. */
    private List<Question> questions(UUID surveyId) {
        List<Question> questions = new ArrayList<>();
        for (Object[] r : rows(
                "select q.id, q.question_key, q.theme_id, q.kind, q.text, q.unit, array_to_string(q.options, chr(30))"
                        + " from survey_question q join"
                        + " survey_theme t on t.id = q.theme_id where q.survey_id = :s order by t.position, q.position",
                Map.of("s", surveyId))) {
            String options = (String) r[6];
            questions.add(new Question(
                    (UUID) r[0],
                    (UUID) r[1],
                    (UUID) r[2],
                    QuestionKind.valueOf((String) r[3]),
                    (String) r[4],
                    (String) r[5],
                    options == null || options.isEmpty() ? List.of() : List.of(options.split(SEPARATOR, -1))));
        }
        return questions;
    }

    /** The same statements (same key) in earlier surveys: published ones, and any for the internal view. */
    private Map<UUID, List<EarlierYear>> earlier(Survey survey, boolean internal) {
        Map<UUID, Map<UUID, Object[]>> found = new LinkedHashMap<>();
        Map<UUID, EnumMap<Rating, Integer>> counts = new HashMap<>();
        for (Object[] r : rows(
                "select q.question_key, s.id, s.year, i.agreement, count(*) from survey_question q join survey s on"
                        + " s.id = q.survey_id join survey_answer_item i on i.question_id = q.id join survey_answer a"
                        + " on a.id = i.answer_id and a.status = 'SUBMITTED' where q.kind = 'STATEMENT' and"
                        + " q.question_key in (select question_key from survey_question where survey_id = :s) and"
                        + " s.id <> :s and s.year < :year and s.county_code is not distinct from cast(:county as varchar)"
                        + (internal ? "" : " and s.status = 'PUBLISHED'")
                        + " and i.agreement is not null group by 1, 2, 3, 4 order by 3 desc",
                mapOf("s", survey.id, "year", survey.year, "county", survey.countyCode()))) {
            found.computeIfAbsent((UUID) r[0], k -> new LinkedHashMap<>()).put((UUID) r[1], r);
            counts.computeIfAbsent(pair((UUID) r[0], (UUID) r[1]), k -> new EnumMap<>(Rating.class))
                    .merge(Rating.valueOf((String) r[3]), ((Number) r[4]).intValue(), Integer::sum);
        }
        Map<UUID, List<EarlierYear>> earlier = new HashMap<>();
        found.forEach((key, surveysOfKey) -> surveysOfKey.forEach((id, r) -> earlier.computeIfAbsent(
                        key, k -> new ArrayList<>())
                .add(new EarlierYear(id, ((Number) r[2]).intValue(), distribution(counts.get(pair(key, id)))))));
        return earlier;
    }

    private static UUID pair(UUID a, UUID b) {
        return new UUID(
                a.getMostSignificantBits() ^ b.getMostSignificantBits(),
                a.getLeastSignificantBits() ^ b.getLeastSignificantBits());
    }

    private static Map<String, Object> mapOf(String k1, Object v1, String k2, Object v2, String k3, Object v3) {
        Map<String, Object> m = new HashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        m.put(k3, v3);
        return m;
    }

    static List<AgreementCount> distribution(EnumMap<Rating, Integer> counts) {
        List<AgreementCount> list = new ArrayList<>();
        for (Rating a : Rating.values()) {
            list.add(new AgreementCount(a, counts == null ? 0 : counts.getOrDefault(a, 0)));
        }
        return list;
    }

    /** Whole per cent, half up: 12 of 15 is 80, 269 of 290 is 93. */
    static int rate(int answered, int asked) {
        if (asked == 0) {
            return 0;
        }
        return BigDecimal.valueOf(answered * 100L)
                .divide(BigDecimal.valueOf(asked), 0, RoundingMode.HALF_UP)
                .intValue();
    }

    // ---- the county pictures side by side -------------------------------------------------------

    @ReadOnly
    @Transactional
    public ComparisonDto comparison(UUID surveyId) {
        Survey survey = surveys.find(surveyId);
        policy.internalView(survey, null);
        Map<String, Object> p = Map.of("s", survey.id);
        List<Question> statements = questions(survey.id).stream()
                .filter(q -> q.kind() == QuestionKind.STATEMENT)
                .toList();
        Map<String, EnumMap<Rating, Integer>> byCountyAndQuestion = new HashMap<>();
        for (Object[] r : rows(
                "select o.county_code, i.question_id, i.agreement, count(*) from survey_answer_item i join"
                        + " survey_answer a on a.id = i.answer_id and a.status = 'SUBMITTED' join organisation o on"
                        + " o.id = a.organisation_id where a.survey_id = :s and i.agreement is not null group by 1,"
                        + " 2, 3",
                p)) {
            byCountyAndQuestion
                    .computeIfAbsent(r[0] + "/" + r[1], k -> new EnumMap<>(Rating.class))
                    .put(Rating.valueOf((String) r[2]), ((Number) r[3]).intValue());
        }
        List<CountyPicture> pictures = new ArrayList<>();
        int asked = 0;
        int answered = 0;
        for (Object[] r : rows(
                "select o.county_code, c.name, count(*), count(a.id) from survey_recipient r join organisation o on"
                        + " o.id = r.organisation_id join county c on c.code = o.county_code left join survey_answer"
                        + " a on a.survey_id = r.survey_id and a.organisation_id = o.id and a.status = 'SUBMITTED'"
                        + " where r.survey_id = :s group by 1, 2 order by 1",
                p)) {
            String county = (String) r[0];
            int countyAsked = ((Number) r[2]).intValue();
            int countyAnswered = ((Number) r[3]).intValue();
            asked += countyAsked;
            answered += countyAnswered;
            pictures.add(new CountyPicture(
                    county,
                    (String) r[1],
                    countyAsked,
                    countyAnswered,
                    rate(countyAnswered, countyAsked),
                    statements.stream()
                            .map(q -> new StatementPicture(
                                    q.key(), q.text(), distribution(byCountyAndQuestion.get(county + "/" + q.id()))))
                            .toList()));
        }
        return new ComparisonDto(survey.id, asked, answered, rate(answered, asked), pictures);
    }

    // ---- exports --------------------------------------------------------------------------------

    static final List<Column> ANSWER_COLUMNS = List.of(
            Column.of("organisation", "Organisation"),
            Column.of("organisationNumber", "Organisationsnummer"),
            Column.of("county", "Länskod"),
            Column.of("status", "Status"),
            Column.of("submittedAt", "Inskickat"),
            Column.of("theme", "Tema"),
            Column.of("questionKey", "Frågans nyckel"),
            Column.of("question", "Fråga"),
            Column.of("kind", "Frågetyp"),
            Column.of("agreement", "Instämmande"),
            Column.of("comment", "Kommentar"),
            Column.of("publishable", "Får publiceras"),
            Column.of("text", "Svar i text"),
            Column.of("number", "Antal"),
            Column.of("women", "Kvinnor"),
            Column.of("men", "Män"),
            Column.of("options", "Val"),
            Column.of("sampleData", "Exempeldata"));

    /** Every answered question of every answer (drafts too, with their status) as one row. */
    @ReadOnly
    @Transactional
    public List<Object[]> answerRows(UUID surveyId, String scope) {
        Survey survey = surveys.find(surveyId);
        requireCounty(scope);
        policy.assertCanExportAnswers(survey, scope);
        Map<String, Object> p = new HashMap<>();
        p.put("s", survey.id);
        if (scope != null) {
            p.put("scope", scope);
        }
        Query query = em.createNativeQuery("select o.name, o.organisation_number, o.county_code, a.status,"
                + " a.submitted_at, t.title, cast(q.question_key as varchar), q.text, q.kind, i.agreement,"
                + " i.comment, i.comment_publishable, i.text_value, i.number_value, i.women, i.men,"
                + " array_to_string(i.options, ' | '), a.provenance_kind = 'SAMPLE' from survey_answer a join"
                + " organisation o on o.id = a.organisation_id join survey_answer_item i on i.answer_id = a.id join"
                + " survey_question q on q.id = i.question_id join survey_theme t on t.id = q.theme_id where"
                + " a.survey_id = :s" + (scope == null ? "" : " and o.county_code = :scope")
                + " order by o.name, o.id, t.position, q.position");
        p.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setMaxResults(EXPORT_LIMIT).getResultList();
        for (Object[] r : rows) {
            // Codes as codes, written for the export's readers.
            r[3] = AnswerStatus.valueOf((String) r[3]);
            r[4] = r[4] == null ? null : instant(r[4]).toString();
            r[8] = QuestionKind.valueOf((String) r[8]);
            r[9] = r[9] == null ? null : Rating.valueOf((String) r[9]);
            r[11] = Boolean.TRUE.equals(r[11]) ? "ja" : "nej";
            r[17] = Boolean.TRUE.equals(r[17]) ? "ja" : "nej";
        }
        return rows;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return Instant.parse(value.toString());
    }

    public String answersCsv(List<Object[]> rows, CsvDialect dialect) {
        CsvTable table = CsvTable.of(dialect, ANSWER_COLUMNS);
        rows.forEach(table::row);
        return table.toString();
    }

    static final List<Column> AGGREGATE_COLUMNS = List.of(
            Column.of("theme", "Tema"),
            Column.of("questionKey", "Frågans nyckel"),
            Column.of("question", "Fråga"),
            Column.of("kind", "Frågetyp"),
            Column.of("value", "Svar"),
            Column.of("count", "Antal"),
            Column.of("answered", "Antal som svarat"));

    /** The sums of a number question and the count of text answers, as the aggregates' value column names them. */
    enum Figure implements Code {
        TOTAL("Totalt"),
        WOMEN("Kvinnor"),
        MEN("Män"),
        ANSWERS("Svar i text");

        private final String swedish;

        Figure(String swedish) {
            this.swedish = swedish;
        }

        @Override
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        @Override
        public String swedish() {
            return swedish;
        }
    }

    /** The aggregates as rows: per statement one row per step of the scale, per choice one per option, sums. */
    public List<Object[]> aggregateRows(ResultsDto results) {
        List<Object[]> rows = new ArrayList<>();
        for (ThemeResult t : results.themes()) {
            for (QuestionResult q : t.questions()) {
                for (AgreementCount c : q.distribution()) {
                    rows.add(row(t, q, c.agreement(), c.count()));
                }
                for (OptionCount c : q.choices()) {
                    rows.add(row(t, q, c.option(), c.count()));
                }
                if (q.numbers() != null) {
                    rows.add(row(t, q, Figure.TOTAL, q.numbers().total()));
                    if (q.numbers().women() != null || q.numbers().men() != null) {
                        rows.add(row(t, q, Figure.WOMEN, q.numbers().women()));
                        rows.add(row(t, q, Figure.MEN, q.numbers().men()));
                    }
                }
                if (q.kind() == QuestionKind.TEXT) {
                    rows.add(row(t, q, Figure.ANSWERS, q.answered()));
                }
            }
        }
        return rows;
    }

    private static Object[] row(ThemeResult t, QuestionResult q, Object value, Number count) {
        return new Object[] {t.title(), q.key().toString(), q.text(), q.kind(), value, count, q.answered()};
    }

    public String aggregatesCsv(List<Object[]> rows, CsvDialect dialect) {
        CsvTable table = CsvTable.of(dialect, AGGREGATE_COLUMNS);
        rows.forEach(table::row);
        return table.toString();
    }

    /** The answers and the aggregates as two sheets; numbers as numbers, every text typed as text. */
    public byte[] xlsx(List<Object[]> answers, List<Object[]> aggregates) {
        return Workbooks.xlsx(
                new Workbooks.Sheet("Svar", ANSWER_COLUMNS, answers),
                new Workbooks.Sheet("Sammanställning", AGGREGATE_COLUMNS, aggregates));
    }

    /** Results for the aggregate export: the same view (internal or public) as the results. */
    @ReadOnly
    @Transactional
    public ResultsDto resultsForExport(UUID surveyId, String scope) {
        return results(surveyId, scope);
    }

    private void requireCounty(String scope) {
        counties.requireKnown(scope, "county");
    }

    private List<Object[]> rows(String sql, Map<String, Object> parameters) {
        Query query = em.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }
}
