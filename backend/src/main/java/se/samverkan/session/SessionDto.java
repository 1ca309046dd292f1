package se.samverkan.session;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller as the API sees them, so clients show only what the caller may do. */
@Schema(name = "Session")
public record SessionDto(
        @Schema(required = true) boolean authenticated,
        @Schema(description = "Username, or service-account-<client> for an integrating system") String username,
        String name,
        @Schema(required = true) List<String> roles,
        @Schema(description = "County of a coordinator") String countyCode,
        @Schema(description = "Organisation number of a member's organisation") String organisationNumber,
        UUID organisationId,
        String organisationName,
        @Schema(required = true) SessionPermissions permissions) {

    @Schema(name = "SessionPermissions")
    public record SessionPermissions(
            @Schema(required = true) boolean createOrganisation,
            @Schema(required = true, description = "Create agreements (in the coordinator's own county)")
                    boolean createAgreement,
            @Schema(
                            required = true,
                            description = "Counties whose grants the caller sees and manages (admins: every county)")
                    List<String> grantCounties,
            @Schema(
                            required = true,
                            description =
                                    "Counties where the caller creates agreements of every kind (admins: every county)")
                    List<String> agreementCounties,
            @Schema(
                            required = true,
                            description =
                                    "Municipalities where the caller creates local agreements (LÖK) by a grant: a federation's"
                                            + " coordinator, a LÖK author")
                    List<String> localAgreementMunicipalities) {}
}
