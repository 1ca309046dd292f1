package se.samverkan.grant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The member municipalities of municipal federations (federation_municipality). The rows carry their provenance:
 * the seeds name GR but not its members, so membership is external data, marked as such.
 */
@ApplicationScoped
public class Federations {

    @Inject
    EntityManager em;

    public Set<String> municipalitiesOf(Collection<UUID> federationIds) {
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery(
                        "select municipality_code from federation_municipality where federation_id in (:ids)",
                        String.class)
                .setParameter("ids", federationIds)
                .getResultList();
        return Set.copyOf(codes);
    }

    /** The federations a municipality belongs to. */
    public List<UUID> federationsOf(String municipalityCode) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery(
                        "select federation_id from federation_municipality where municipality_code = :code", UUID.class)
                .setParameter("code", municipalityCode)
                .getResultList();
        return ids;
    }

    /** The membership rows of one federation with where they come from. */
    public List<Member> membersOf(UUID federationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select f.municipality_code, m.name, f.provenance_kind, f.provenance_source, f.provenance_note "
                                + "from federation_municipality f join municipality m on m.code = f.municipality_code "
                                + "where f.federation_id = :id order by m.name")
                .setParameter("id", federationId)
                .getResultList();
        return rows.stream()
                .map(r -> new Member((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4]))
                .toList();
    }

    public record Member(
            String municipalityCode, String municipalityName, String provenanceKind, String source, String note) {}

    /** Records (or leaves alone) one membership with its provenance; used by the demo data. */
    public void record(UUID federationId, String municipalityCode, String kind, String source, String note) {
        em.createNativeQuery("insert into federation_municipality (federation_id, municipality_code, provenance_kind, "
                        + "provenance_source, provenance_note, provenance_inferred) values (:f, :m, :k, :s, :n, "
                        + "cast(:i as text[])) on conflict do nothing")
                .setParameter("f", federationId)
                .setParameter("m", municipalityCode)
                .setParameter("k", kind)
                .setParameter("s", source)
                .setParameter("n", note)
                .setParameter("i", "{}")
                .executeUpdate();
    }
}
