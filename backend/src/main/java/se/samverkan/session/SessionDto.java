package se.samverkan.session;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

/** The caller as the API sees them, so clients show only what the caller may do. */
@Schema(name = "Session")
public record SessionDto(
        boolean authenticated,
        @Optional @Schema(description = "Username, or service-account-<client> for an integrating system")
                String username,
        @Optional String name,
        List<String> roles,
        @Optional @Schema(description = "County of a coordinator") String countyCode,
        @Optional @Schema(description = "Organisation number of a member's organisation") String organisationNumber,
        @Optional UUID organisationId,
        @Optional String organisationName,
        SessionPermissions permissions) {

    @Schema(name = "SessionPermissions")
    public record SessionPermissions(
            boolean createOrganisation,
            @Schema(description = "Create agreements (in the coordinator's own county)") boolean createAgreement,
            @Schema(description = "Counties whose grants the caller sees and manages (admins: every county)")
                    List<String> grantCounties,
            @Schema(description = "Counties where the caller creates agreements of every kind (admins: every county)")
                    List<String> agreementCounties,
            @Schema(
                            description =
                                    "Municipalities where the caller creates local agreements (LÖK) by a grant: a federation's"
                                            + " coordinator, a LÖK author")
                    List<String> localAgreementMunicipalities,
            @Schema(
                            description = "The counties where the caller has a scope (the token's county first, then"
                                    + " each grant's), for pages that show one county at a time; empty for the"
                                    + " public and for national readers and admins without one")
                    List<String> scopeCounties,
            @Schema(description = "Whether the caller sees and manages the grants without a county (admins)")
                    boolean nationalGrants) {}
}
