package se.samverkan.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

/** What a client sends to create or replace an organisation. */
@Schema(name = "OrganisationInput")
public record OrganisationInput(
        @Schema(example = "Västerås stad")
                @NotBlank(message = "{validation.not-blank}")
                @Size(max = 200, message = "{validation.at-most-characters}")
                String name,
        @NotNull(message = "{validation.required}") OrganisationType type,
        @Optional
                @Schema(
                        description = "Ten digits, optionally with a dash after the sixth; Luhn-checked and unique",
                        example = "212000-2080")
                @OrganisationNumber
                String organisationNumber,
        @Optional
                @Schema(description = "County code; derived from the municipality when omitted", example = "19")
                @Pattern(regexp = "[0-9]{2}", message = "{validation.must-be-a-two-digit-county-code}")
                String countyCode,
        @Optional
                @Schema(description = "Municipality code; required for municipalities", example = "1980")
                @Pattern(regexp = "[0-9]{4}", message = "{validation.must-be-a-four-digit-municipality-code}")
                String municipalityCode,
        @Optional @Schema(description = "The organisation this is a sub-unit of, e.g. an agency's regional office")
                UUID parentId,
        @Optional
                @Schema(example = "https://www.vasteras.se")
                @Size(max = 500, message = "{validation.at-most-characters}")
                @Pattern(
                        regexp = "https?://[^\\s/$.?#][^\\s]*",
                        message = "{validation.must-be-a-web-address-starting-with-https}")
                String website,
        @Optional
                @Schema(description = "The organisation's mandate in the cooperation")
                @Size(max = 20000, message = "{validation.at-most-characters}")
                String mandate) {}
