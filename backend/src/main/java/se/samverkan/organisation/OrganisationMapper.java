package se.samverkan.organisation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Entity → DTO, and the printable fields the history compares: one mapper per feature, static methods only. */
final class OrganisationMapper {

    private OrganisationMapper() {}

    static OrganisationSummary summary(Organisation o) {
        return new OrganisationSummary(
                o.id,
                o.name,
                o.type,
                o.organisationNumber,
                o.county == null ? null : o.county.code,
                o.county == null ? null : o.county.name,
                o.municipality == null ? null : o.municipality.code,
                o.municipality == null ? null : o.municipality.name,
                o.parent == null ? null : o.parent.id,
                o.parent == null ? null : o.parent.name);
    }

    static OrganisationDetails details(
            Organisation o, List<OrganisationReference> children, OrganisationPermissions permissions) {
        OrganisationSummary s = summary(o);
        return new OrganisationDetails(
                s.id(),
                s.name(),
                s.type(),
                s.organisationNumber(),
                s.countyCode(),
                s.countyName(),
                s.municipalityCode(),
                s.municipalityName(),
                s.parentId(),
                s.parentName(),
                o.website,
                o.mandate,
                children,
                o.version,
                o.createdAt,
                o.createdBy,
                o.updatedAt,
                o.updatedBy,
                permissions);
    }

    /** The fields the history compares, as the user reads them. */
    static Map<String, String> snapshot(Organisation o) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", o.name);
        fields.put("type", o.type == null ? null : o.type.name());
        fields.put("organisationNumber", o.organisationNumber);
        fields.put("county", o.county == null ? null : o.county.name);
        fields.put("municipality", o.municipality == null ? null : o.municipality.name);
        fields.put("parent", o.parent == null ? null : o.parent.name);
        fields.put("website", o.website);
        fields.put("mandate", o.mandate);
        return fields;
    }
}
