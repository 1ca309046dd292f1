package se.samverkan.forum;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.agreement.AgreementDtos.AgreementRef;
import se.samverkan.agreement.Level;
import se.samverkan.common.http.Versioned;
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.organisation.OrganisationReference;

/** The read models of the forums API. */
public final class ForumDtos {

    private ForumDtos() {}

    @Schema(name = "ForumReference")
    public record ForumRef(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name,
            @Schema(required = true) ForumKind kind,
            @Schema(required = true) Level level) {}

    @Schema(
            name = "ForumLink",
            description = "A forum linked to another: the one it prepares for or reports to, or one that does so to it")
    public record ForumLink(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name,
            @Schema(required = true) ForumKind kind,
            @Schema(required = true) Level level,
            @Schema(required = true) ForumRelation relation) {}

    @Schema(name = "GoalAreaReference")
    public record GoalAreaRef(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID agreementId,
            @Schema(description = "Null for a monitored area") String number,
            @Schema(required = true) String title) {}

    @Schema(name = "ForumSummary")
    public record ForumSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name,
            @Schema(required = true) ForumKind kind,
            @Schema(required = true) Level level,
            String countyCode,
            String countyName,
            OrganisationReference convener,
            ForumLink parent,
            Integer meetingsPerYear,
            LocalDate endsOn,
            @Schema(required = true, description = "False for a temporary working group whose end date has passed")
                    boolean active) {}

    @Schema(name = "ForumPage")
    public record ForumPage(
            @Schema(required = true) List<ForumSummary> items,
            @Schema(required = true) long total,
            @Schema(required = true) int page,
            @Schema(required = true) int size) {}

    @Schema(name = "ForumMember")
    public record MemberDto(
            @Schema(required = true) UUID id,
            @Schema(description = "Null for a collective member") OrganisationReference organisation,
            @Schema(description = "Null for a collective member") String organisationType,
            @Schema(description = "A member that is no single organisation, e.g. \"länsstyrelserna\"")
                    String collectiveName,
            @Schema(description = "MANAGER (chefer, decide) or EXPERT (sakkunniga, prepare); null when not stated")
                    MemberRole role,
            String description,
            @Schema(required = true) List<RepresentativeDto> representatives,
            @Schema(required = true) long version,
            ProvenanceDto provenance)
            implements Versioned {}

    @Schema(name = "ForumPermissions", description = "What the caller may do with this forum now")
    public record Permissions(
            @Schema(required = true, description = "Change the forum and its members") boolean edit,
            @Schema(required = true) boolean delete,
            @Schema(required = true, description = "Plan meetings, write agendas and minutes, hand out action items")
                    boolean manageMeetings,
            @Schema(required = true, description = "Open, compile and publish status reports")
                    boolean manageStatusReports,
            @Schema(
                            required = true,
                            description =
                                    "Read internal minutes, unpublished status reports and the forum's action items")
                    boolean readInternal) {}

    @Schema(name = "Forum")
    public record ForumDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name,
            @Schema(required = true) ForumKind kind,
            @Schema(required = true) Level level,
            String countyCode,
            String countyName,
            OrganisationReference convener,
            String chair,
            String description,
            Integer meetingsPerYear,
            String invitedAsNeeded,
            @Schema(description = "The forum this one prepares for or reports to") ForumLink parent,
            LocalDate endsOn,
            @Schema(required = true) boolean active,
            @Schema(required = true) List<String> mandate,
            @Schema(required = true) List<String> purposes,
            @Schema(required = true) List<MemberDto> members,
            @Schema(required = true, description = "The municipalities the forum covers")
                    List<MunicipalityRef> municipalities,
            @Schema(required = true, description = "Forums and working groups that prepare for or report to this one")
                    List<ForumLink> linkedFrom,
            @Schema(required = true, description = "Linked agreements the caller may see")
                    List<AgreementRef> agreements,
            @Schema(required = true) long version,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) String createdBy,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) String updatedBy,
            @Schema(required = true) Permissions permissions,
            ProvenanceDto provenance)
            implements Versioned {}

    @Schema(name = "ForumMunicipality")
    public record MunicipalityRef(@Schema(required = true) String code, @Schema(required = true) String name) {}

    // ---- the structure of a county ("Figur 1") ---------------------------------------------------

    @Schema(
            name = "ForumStructure",
            description = "A county's forums by level, national first, with their links and working groups")
    public record Structure(
            @Schema(required = true) String countyCode,
            @Schema(required = true) String countyName,
            @Schema(
                            required = true,
                            description = "NATIONAL, REGIONAL, SUBREGIONAL and LOCAL, in that order, possibly empty")
                    List<StructureLevel> levels,
            @Schema(
                            required = true,
                            description = "Every \"prepares for\" and \"reports to\" link between the forums shown")
                    List<StructureLink> links,
            @Schema(required = true, description = "The caller may create forums in this county")
                    boolean canCreateForum) {}

    @Schema(name = "ForumStructureLevel")
    public record StructureLevel(
            @Schema(required = true) Level level, @Schema(required = true) List<StructureNode> forums) {}

    @Schema(name = "ForumStructureNode", description = "A forum or network; its working groups are listed under it")
    public record StructureNode(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name,
            @Schema(required = true) ForumKind kind,
            @Schema(required = true) Level level,
            String countyCode,
            OrganisationReference convener,
            String chair,
            Integer meetingsPerYear,
            @Schema(required = true) List<OrganisationReference> memberOrganisations,
            ForumLink parent,
            @Schema(required = true) List<StructureWorkingGroup> workingGroups) {}

    @Schema(name = "ForumStructureWorkingGroup")
    public record StructureWorkingGroup(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name,
            @Schema(required = true) ForumRelation relation,
            LocalDate endsOn,
            @Schema(required = true) boolean active,
            @Schema(required = true) List<OrganisationReference> memberOrganisations) {}

    @Schema(name = "ForumStructureLink")
    public record StructureLink(
            @Schema(required = true) UUID fromId,
            @Schema(required = true) String fromName,
            @Schema(required = true) UUID toId,
            @Schema(required = true) String toName,
            @Schema(required = true) ForumRelation relation) {}
}
