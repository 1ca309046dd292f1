package se.samverkan.grant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

/** What the grants API takes and answers. */
public final class GrantDtos {

    private GrantDtos() {}

    @Schema(
            name = "Grant",
            description = "A scoped right of a person or service account; revoked grants stay for the audit")
    public record GrantDto(
            UUID id,
            GrantKind kind,
            SubjectType subjectType,
            @Schema(description = "Keycloak username, or the client id of a service account") String subject,
            @Optional @Schema(description = "Keycloak user id, when the grant was made from the user search")
                    String subjectUserId,
            @Optional @Schema(description = "The person's name as Keycloak had it when granted") String subjectName,
            @Optional @Schema(description = "The county the grant belongs to; absent for a national reader")
                    String countyCode,
            @Optional @Schema(description = "The federation (FEDERATION_COORDINATOR) or the organisation (LOK_AUTHOR)")
                    UUID organisationId,
            @Optional String organisationName,
            @Optional @Schema(description = "The forum (FORUM_EDITOR)") UUID forumId,
            @Optional String forumName,
            @Schema(description = "Municipalities: named (LOK_AUTHOR) or the federation's members")
                    List<String> municipalityCodes,
            @Schema(description = "Indicators (STATISTICS_PROVIDER)") List<UUID> indicatorIds,
            @Schema(description = "The indicators' names, in the order of indicatorIds") List<String> indicatorNames,
            Instant grantedAt,
            String grantedBy,
            @Optional Instant revokedAt,
            @Optional String revokedBy,
            boolean active,
            @Schema(description = "Whether the caller may revoke it") boolean revocable,
            long version) {}

    @Schema(name = "GrantInput", description = "A new grant; which scope fields are needed depends on the kind")
    public record GrantInput(
            @NotNull(message = "{validation.required}") GrantKind kind,
            @NotNull(message = "{validation.required}") SubjectType subjectType,
            @Schema(description = "Keycloak username, or a service account's client id", example = "coordinator.gr")
                    @NotBlank(message = "{validation.not-blank}")
                    @Size(max = 255, message = "{validation.at-most-characters}")
                    @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "{validation.must-be-a-username-or-client-id}")
                    String subject,
            @Optional
                    @Schema(description = "Keycloak user id from the user search")
                    @Size(max = 64, message = "{validation.at-most-characters}")
                    @Pattern(regexp = "[A-Za-z0-9-]+", message = "{validation.must-be-a-keycloak-user-id}")
                    String subjectUserId,
            @Optional
                    @Schema(description = "The person's name, shown in lists")
                    @Size(max = 255, message = "{validation.at-most-characters}")
                    String subjectName,
            @Optional
                    @Schema(description = "COUNTY_COORDINATOR: the county", example = "14")
                    @Pattern(regexp = "[0-9]{2}", message = "{validation.must-be-a-two-digit-county-code}")
                    String countyCode,
            @Optional @Schema(description = "FEDERATION_COORDINATOR: the federation; LOK_AUTHOR: the organisation")
                    UUID organisationId,
            @Optional
                    @Schema(description = "LOK_AUTHOR: the municipalities (of one county)")
                    @Size(max = 300, message = "{validation.must-have-at-most-300-municipalities}")
                    List<
                                    @NotNull(message = "{validation.not-null}")
                                    @Pattern(
                                            regexp = "[0-9]{4}",
                                            message = "{validation.must-be-a-four-digit-municipality-code}")
                                    String>
                            municipalityCodes,
            @Optional @Schema(description = "FORUM_EDITOR: the forum") UUID forumId,
            @Optional
                    @Schema(description = "STATISTICS_PROVIDER: the indicators (of one county)")
                    @Size(max = 500, message = "{validation.must-have-at-most-500-indicators}")
                    List<@NotNull(message = "{validation.not-null}") UUID> indicatorIds) {}

    @Schema(name = "DirectoryUser", description = "A person in Keycloak, as the user search for granting shows them")
    public record DirectoryUser(
            String id,
            String username,
            @Optional String name,
            @Optional String countyCode,
            @Optional String organisationNumber) {}

    @Schema(
            name = "FederationMember",
            description = "A member municipality of a federation, with where that comes from")
    public record FederationMemberDto(
            String municipalityCode,
            String municipalityName,
            String provenanceKind,
            @Optional String source,
            @Optional String note) {}
}
