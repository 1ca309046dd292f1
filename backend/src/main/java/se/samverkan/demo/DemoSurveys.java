package se.samverkan.demo;

import static se.samverkan.demo.DemoDataLoader.ACTOR;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import se.samverkan.common.provenance.Provenance;
import se.samverkan.common.provenance.ProvenanceKind;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.reference.CountyRepository;
import se.samverkan.survey.CommentMode;
import se.samverkan.survey.QuestionKind;
import se.samverkan.survey.Survey;
import se.samverkan.survey.SurveyQuestion;
import se.samverkan.survey.SurveyRecipients;
import se.samverkan.survey.SurveyService;
import se.samverkan.survey.SurveyStatus;
import se.samverkan.survey.SurveyTheme;

/**
 * The lägesbild surveys of the seeds (demo/surveys.json): the national survey of 2021 with its five themes and
 * Västerbotten's of 2018 with its three themes and findings as the coordinator's summaries. The seeds give only how
 * many answered (269 of 290; 12 of 15 and the county council), so the answers are sample data marked SAMPLE: which
 * organisations answered and how is drawn from a hash, the same on every start. Every municipality of the official
 * list gets an organisation (named as in the list) when none exists, so that a national survey reaches all 290.
 */
@ApplicationScoped
class DemoSurveys {

    private static final Logger LOG = Logger.getLogger(DemoSurveys.class);

    @Inject
    DemoJson json;

    @Inject
    CountyRepository counties;

    @Inject
    SurveyRecipients recipients;

    @Inject
    DemoWrites writes;

    @Inject
    EntityManager em;

    record DemoQuestion(String key, QuestionKind kind, String text, CommentMode commentMode, Boolean required) {}

    record DemoTheme(String title, String summary, List<DemoQuestion> questions) {}

    record DemoSample(int municipalities, boolean region) {}

    record DemoSurvey(
            String key,
            String countyCode,
            String title,
            int year,
            LocalDate opensOn,
            LocalDate closesOn,
            String introduction,
            boolean includeRegion,
            SurveyStatus status,
            List<DemoTheme> themes,
            DemoSample sample,
            DemoProvenance provenance) {}

    record SurveysFile(String samplesNote, List<DemoSurvey> surveys) {}

    static UUID surveyId(String key) {
        return id("survey", key);
    }

    static UUID questionKey(String key) {
        return id("survey-question", key);
    }

    void load() {
        SurveysFile file = json.read("demo/surveys.json", new TypeReference<SurveysFile>() {});
        municipalities();
        for (DemoSurvey demo : file.surveys()) {
            UUID id = surveyId(demo.key());
            if (em.find(Survey.class, id) != null) {
                continue;
            }
            Instant now = writes.now();
            Survey survey = new Survey();
            survey.id = id;
            survey.county = demo.countyCode() == null ? null : counties.findById(demo.countyCode());
            survey.title = demo.title();
            survey.year = demo.year();
            survey.opensOn = demo.opensOn();
            survey.closesOn = demo.closesOn();
            survey.introduction = demo.introduction();
            survey.includeRegion = demo.includeRegion();
            survey.status = demo.status();
            survey.publishedAt = demo.status() == SurveyStatus.PUBLISHED ? now : null;
            survey.provenance = DemoProvenance.of(demo.provenance());
            survey.stampCreated(ACTOR, now);
            for (DemoTheme t : demo.themes()) {
                SurveyTheme theme = new SurveyTheme();
                theme.id = id("survey-theme", demo.key() + ":" + t.title());
                theme.survey = survey;
                theme.position = survey.themes.size();
                theme.title = t.title();
                theme.summary = t.summary();
                survey.themes.add(theme);
                for (DemoQuestion q : t.questions()) {
                    SurveyQuestion question = new SurveyQuestion();
                    question.id = id("survey-question-row", demo.key() + ":" + q.key());
                    question.survey = survey;
                    question.theme = theme;
                    question.position = theme.questions.size();
                    question.key = questionKey(q.key());
                    question.kind = q.kind();
                    question.text = q.text();
                    question.required = Boolean.TRUE.equals(q.required());
                    question.commentMode = q.commentMode() == null ? CommentMode.NONE : q.commentMode();
                    theme.questions.add(question);
                }
            }
            em.persist(survey);
            em.flush();
            recipients.replace(id, recipients.defaults(demo.countyCode(), demo.includeRegion()));
            sampleAnswers(id, demo.sample(), file.samplesNote());
            writes.created(
                    new ChangeRecorder.Subject(SurveyService.SURVEY, id, SurveyService.SURVEY, id),
                    "Loaded from the demo data",
                    Map.of("title", survey.title, "status", survey.status.name()));
            LOG.infof("Demo survey %s loaded", demo.title());
        }
    }

    /** An organisation for every municipality of the official list that has none (named as in the list). */
    private void municipalities() {
        int created = em.createNativeQuery("insert into organisation (id, name, type, county_code, municipality_code,"
                        + " version, created_at, created_by, updated_at, updated_by) select cast(md5('samverkan:demo:"
                        + "organisation:municipality-' || m.code) as uuid), m.name, 'MUNICIPALITY', m.county_code,"
                        + " m.code, 0, now(), :actor, now(), :actor from municipality m where not exists (select 1"
                        + " from organisation o where o.type = 'MUNICIPALITY' and o.municipality_code = m.code) on"
                        + " conflict do nothing")
                .setParameter("actor", ACTOR)
                .executeUpdate();
        if (created > 0) {
            LOG.infof("Demo organisations for %d municipalities of the official list", created);
        }
    }

    /**
     * The sample: the first {@code municipalities} municipalities in the order of a hash of their id answered
     * (and the region when asked), each statement rated from another hash. No comments or texts: those would be
     * words put in an organisation's mouth.
     */
    private void sampleAnswers(UUID surveyId, DemoSample sample, String note) {
        if (sample == null) {
            return;
        }
        String chosen = "select o.id as organisation_id from survey_recipient r join organisation o on o.id ="
                + " r.organisation_id where r.survey_id = :s and ((o.type = 'MUNICIPALITY' and o.id in (select o2.id"
                + " from survey_recipient r2 join organisation o2 on o2.id = r2.organisation_id where r2.survey_id ="
                + " :s and o2.type = 'MUNICIPALITY' order by md5(o2.id::text) limit :n)) or (:region and o.type ="
                + " 'REGION'))";
        em.createNativeQuery("insert into survey_answer (id, survey_id, organisation_id, status, submitted_at,"
                        + " submitted_by, version, created_at, created_by, updated_at, updated_by, provenance_kind,"
                        + " provenance_note) select cast(md5(cast(:s as text) || c.organisation_id::text) as uuid), :s,"
                        + " c.organisation_id, 'SUBMITTED', s.closes_on, :actor, 1, now(), :actor, now(), :actor,"
                        + " 'SAMPLE', :note from (" + chosen + ") c join survey s on s.id = :s")
                .setParameter("s", surveyId)
                .setParameter("n", sample.municipalities())
                .setParameter("region", sample.region())
                .setParameter("actor", ACTOR)
                .setParameter("note", note)
                .executeUpdate();
        em.createNativeQuery("insert into survey_answer_item (answer_id, question_id, agreement) select a.id, q.id,"
                        + " case when h < 30 then 'AGREE_FULLY' when h < 70 then 'AGREE_PARTLY' when h < 88 then"
                        + " 'AGREE_LITTLE' when h < 96 then 'DISAGREE' else 'NOT_APPLICABLE' end from (select a.id"
                        + " as aid, q.id as qid, ('x' || substr(md5(a.id::text || q.id::text), 1, 7))::bit(28)::int"
                        + " % 100 as h from survey_answer a join survey_question q on q.survey_id = a.survey_id and"
                        + " q.kind = 'STATEMENT' where a.survey_id = :s) x join survey_answer a on a.id = x.aid join"
                        + " survey_question q on q.id = x.qid")
                .setParameter("s", surveyId)
                .executeUpdate();
    }

    static Provenance sample(String note) {
        return new Provenance(ProvenanceKind.SAMPLE, null, note, List.of());
    }

    private static UUID id(String kind, String key) {
        return UUID.nameUUIDFromBytes(("samverkan:demo:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8));
    }
}
