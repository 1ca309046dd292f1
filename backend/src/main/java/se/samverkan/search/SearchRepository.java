package se.samverkan.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.UUID;

/**
 * One full-text query over everything, with the Swedish folding and prefix stems of the agreement search
 * (swedish_fold, swedish_query; agreements use their stored search_document). Visibility is not decided here: the
 * service checks every candidate with its own feature's policy, exactly as single reads do.
 */
@ApplicationScoped
public class SearchRepository {

    /** Candidates considered per search; enough for people, bounded for the database. */
    public static final int MAX_CANDIDATES = 300;

    @Inject
    EntityManager em;

    public record Candidate(SearchKind kind, UUID id, double rank, String countyCode) {}

    private static String vector(String weightA, String weightC) {
        return "setweight(to_tsvector('swedish', swedish_fold(" + weightA
                + ")), 'A') || setweight(to_tsvector('swedish', swedish_fold(" + weightC + ")), 'C')";
    }

    private static final String HITS =
            """
            select 'AGREEMENT' as kind, a.id, ts_rank(a.search_document, q.query) as rank, a.county_code as county
              from agreement a, q where a.search_document @@ q.query
            union all
            select 'GOAL_AREA', g.id, ts_rank(x.v, q.query), a.county_code
              from goal_area g join agreement a on a.id = g.agreement_id, q,
                   lateral (select %s as v) x where x.v @@ q.query
            union all
            select 'FORUM', f.id, ts_rank(x.v, q.query), f.county_code
              from forum f, q, lateral (select %s as v) x where x.v @@ q.query
            union all
            select 'MEETING', m.id, ts_rank(x.v, q.query), f.county_code
              from meeting m join forum f on f.id = m.forum_id, q,
                   lateral (select %s as v) x where x.v @@ q.query
            union all
            select 'MINUTES', i.id, ts_rank(x.v, q.query), f.county_code
              from agenda_item i join meeting m on m.id = i.meeting_id join forum f on f.id = m.forum_id, q,
                   lateral (select %s as v) x where i.minutes is not null and x.v @@ q.query
            union all
            select 'DECISION', d.id, ts_rank(x.v, q.query), f.county_code
              from decision d join agenda_item i on i.id = d.agenda_item_id join meeting m on m.id = i.meeting_id
                   join forum f on f.id = m.forum_id, q, lateral (select %s as v) x where x.v @@ q.query
            union all
            select 'ACTION_ITEM', t.id, ts_rank(x.v, q.query), f.county_code
              from action_item t join forum f on f.id = t.forum_id, q, lateral (select %s as v) x where x.v @@ q.query
            union all
            select 'ORGANISATION', o.id, ts_rank(x.v, q.query), o.county_code
              from organisation o, q, lateral (select %s as v) x where x.v @@ q.query
            union all
            select 'DOCUMENT', doc.id, ts_rank(x.v, q.query), doc.county_code
              from document doc left join document_version v on v.document_id = doc.id and v.number = doc.current_version, q,
                   lateral (select setweight(to_tsvector('swedish', swedish_fold(doc.title)), 'A')
                                   || coalesce(setweight(v.search_vector, 'C'), ''::tsvector) as v) x
             where x.v @@ q.query
            """
                    .formatted(
                            vector("g.title", "coalesce(g.goal, '')"),
                            vector("f.name", "coalesce(f.description, '')"),
                            vector(
                                    "m.title",
                                    "coalesce(m.location, '') || ' ' || coalesce((select string_agg(ai.title || ' ' || coalesce(ai.description, ''), ' ')"
                                            + " from agenda_item ai where ai.meeting_id = m.id), '')"),
                            vector("i.title", "i.minutes"),
                            vector("''", "d.text"),
                            vector("t.title", "coalesce(t.description, '') || ' ' || coalesce(t.status_note, '')"),
                            vector("o.name", "coalesce(o.mandate, '')"));

    @SuppressWarnings("unchecked")
    public List<Candidate> candidates(String text, SearchKind kind, String countyCode) {
        StringBuilder sql = new StringBuilder(
                        "with q as (select swedish_query(:text) as query) select kind, id, rank, county from (")
                .append(HITS)
                .append(") hits where true");
        if (kind != null) {
            sql.append(" and kind = :kind");
        }
        if (countyCode != null) {
            sql.append(" and county = :county");
        }
        sql.append(" order by rank desc, kind, id limit ").append(MAX_CANDIDATES);
        Query query = em.createNativeQuery(sql.toString()).setParameter("text", text);
        if (kind != null) {
            query.setParameter("kind", kind.name());
        }
        if (countyCode != null) {
            query.setParameter("county", countyCode);
        }
        return ((List<Object[]>) query.getResultList())
                .stream()
                        .map(row -> new Candidate(
                                SearchKind.valueOf((String) row[0]),
                                (UUID) row[1],
                                ((Number) row[2]).doubleValue(),
                                (String) row[3]))
                        .toList();
    }

    /** A short plain-text passage of the text around the words searched for. */
    public String excerpt(String body, String text) {
        if (body == null || body.isBlank()) {
            return null;
        }
        Object result = em.createNativeQuery(
                        "select ts_headline('swedish', :body, swedish_query(:text),"
                                + " 'StartSel=\"\", StopSel=\"\", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"')")
                .setParameter("body", body)
                .setParameter("text", text)
                .getSingleResult();
        return result == null ? null : result.toString().replaceAll("\\s+", " ").strip();
    }
}
