package se.samverkan.forum;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.agreement.AgreementDtos.AgreementRef;
import se.samverkan.agreement.Level;
import se.samverkan.common.http.Versioned;
import se.samverkan.common.openapi.Optional;
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.organisation.OrganisationReference;

/** The read models of the forums API. */
public final class ForumDtos {

    private ForumDtos() {}

    @Schema(name = "ForumReference")
    public record ForumRef(UUID id, String name, ForumKind kind, Level level) {}

    @Schema(
            name = "ForumLink",
            description = "A forum linked to another: the one it prepares for or reports to, or one that does so to it")
    public record ForumLink(UUID id, String name, ForumKind kind, Level level, ForumRelation relation) {}

    @Schema(name = "ForumGoalAreaReference")
    public record GoalAreaRef(
            UUID id,
            UUID agreementId,
            @Optional @Schema(description = "Null for a monitored area") String number,
            String title) {}

    @Schema(name = "ForumSummary")
    public record ForumSummary(
            UUID id,
            String name,
            ForumKind kind,
            Level level,
            @Optional String countyCode,
            @Optional String countyName,
            @Optional OrganisationReference convener,
            @Optional ForumLink parent,
            @Optional Integer meetingsPerYear,
            @Optional LocalDate endsOn,
            @Schema(description = "False for a temporary working group whose end date has passed") boolean active) {}

    @Schema(name = "ForumPage")
    public record ForumPage(List<ForumSummary> items, long total, int page, int size) {}

    @Schema(name = "ForumMember")
    public record MemberDto(
            UUID id,
            @Optional @Schema(description = "Null for a collective member") OrganisationReference organisation,
            @Optional @Schema(description = "Null for a collective member") String organisationType,
            @Optional @Schema(description = "A member that is no single organisation, e.g. \"länsstyrelserna\"")
                    String collectiveName,
            @Optional
                    @Schema(
                            description =
                                    "MANAGER (chefer, decide) or EXPERT (sakkunniga, prepare); null when not stated")
                    MemberRole role,
            @Optional String description,
            List<RepresentativeDto> representatives,
            long version,
            @Optional ProvenanceDto provenance)
            implements Versioned {}

    @Schema(name = "ForumPermissions", description = "What the caller may do with this forum now")
    public record Permissions(
            @Schema(description = "Change the forum and its members") boolean edit,
            boolean delete,
            @Schema(description = "Plan meetings, write agendas and minutes, hand out action items")
                    boolean manageMeetings,
            @Schema(description = "Open, compile and publish status reports") boolean manageStatusReports,
            @Schema(description = "Read internal minutes, unpublished status reports and the forum's action items")
                    boolean readInternal) {}

    @Schema(name = "Forum")
    public record ForumDto(
            UUID id,
            String name,
            ForumKind kind,
            Level level,
            @Optional String countyCode,
            @Optional String countyName,
            @Optional OrganisationReference convener,
            @Optional String chair,
            @Optional String description,
            @Optional Integer meetingsPerYear,
            @Optional String invitedAsNeeded,
            @Optional @Schema(description = "The forum this one prepares for or reports to") ForumLink parent,
            @Optional LocalDate endsOn,
            boolean active,
            List<String> mandate,
            List<String> purposes,
            List<MemberDto> members,
            @Schema(description = "The municipalities the forum covers") List<MunicipalityRef> municipalities,
            @Schema(description = "Forums and working groups that prepare for or report to this one")
                    List<ForumLink> linkedFrom,
            @Schema(description = "Linked agreements the caller may see") List<AgreementRef> agreements,
            long version,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            Permissions permissions,
            @Optional ProvenanceDto provenance)
            implements Versioned {}

    @Schema(name = "ForumMunicipality")
    public record MunicipalityRef(String code, String name) {}

    // ---- the structure of a county ("Figur 1") ---------------------------------------------------

    @Schema(
            name = "ForumStructure",
            description = "A county's forums by level, national first, with their links and working groups")
    public record Structure(
            String countyCode,
            String countyName,
            @Schema(description = "NATIONAL, REGIONAL, SUBREGIONAL and LOCAL, in that order, possibly empty")
                    List<StructureLevel> levels,
            @Schema(description = "Every \"prepares for\" and \"reports to\" link between the forums shown")
                    List<StructureLink> links,
            @Schema(description = "The caller may create forums in this county") boolean canCreateForum) {}

    @Schema(name = "ForumStructureLevel")
    public record StructureLevel(Level level, List<StructureNode> forums) {}

    @Schema(name = "ForumStructureNode", description = "A forum or network; its working groups are listed under it")
    public record StructureNode(
            UUID id,
            String name,
            ForumKind kind,
            Level level,
            @Optional String countyCode,
            @Optional OrganisationReference convener,
            @Optional String chair,
            @Optional Integer meetingsPerYear,
            List<OrganisationReference> memberOrganisations,
            @Optional ForumLink parent,
            List<StructureWorkingGroup> workingGroups) {}

    @Schema(name = "ForumStructureWorkingGroup")
    public record StructureWorkingGroup(
            UUID id,
            String name,
            ForumRelation relation,
            @Optional LocalDate endsOn,
            boolean active,
            List<OrganisationReference> memberOrganisations) {}

    @Schema(name = "ForumStructureLink")
    public record StructureLink(UUID fromId, String fromName, UUID toId, String toName, ForumRelation relation) {}
}
