package se.samverkan.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;
import se.samverkan.common.validation.CaseNumbers;

/** What a coordinator sends to create or replace an agreement's own fields (parties and goal areas are sub-resources). */
@Schema(name = "AgreementInput")
public record AgreementInput(
        @NotNull(message = "{validation.required}") AgreementKind kind,
        @Schema(example = "Lokal överenskommelse om nyanländas etablering i Västerås")
                @NotBlank(message = "{validation.not-blank}")
                @Size(max = 300, message = "{validation.at-most-characters}")
                String title,
        @Schema(example = "19")
                @NotNull(message = "{validation.required}")
                @Pattern(regexp = "[0-9]{2}", message = "{validation.must-be-a-two-digit-county-code}")
                String countyCode,
        @Optional
                @Schema(description = "Required for LOCAL agreements, not allowed for others", example = "1980")
                @Pattern(regexp = "[0-9]{4}", message = "{validation.must-be-a-four-digit-municipality-code}")
                String municipalityCode,
        @Schema(example = "2026")
                @NotNull(message = "{validation.required}")
                @Min(value = 1990, message = "{validation.must-be-value-or-later}")
                @Max(value = 2100, message = "{validation.must-be-value-or-earlier}")
                Integer firstYear,
        @Schema(example = "2028")
                @NotNull(message = "{validation.required}")
                @Min(value = 1990, message = "{validation.must-be-value-or-later}")
                @Max(value = 2100, message = "{validation.must-be-value-or-earlier}")
                Integer lastYear,
        @Optional @Size(max = 20000, message = "{validation.at-most-characters}") String purpose,
        @Optional @Size(max = 50000, message = "{validation.at-most-characters}") String background,
        @Optional @Schema(example = "Rapport 2016:09") @Size(max = 100, message = "{validation.at-most-characters}")
                String reportNumber,
        @Optional
                @Schema(
                        description = "Case number (diarienummer) in the county board's or party's register",
                        example = "851-1234-2016")
                @Pattern(regexp = CaseNumbers.PATTERN, message = CaseNumbers.MESSAGE)
                String caseNumber,
        @Optional @Size(max = 50, message = "{validation.at-most-entries}")
                List<@Valid @NotNull(message = "{validation.not-empty}") LegalReferenceDto> legalBasis,
        @Optional Set<@NotNull(message = "{validation.not-empty}") TargetGroup> targetGroups,
        @Optional Set<@NotNull(message = "{validation.not-empty}") Perspective> perspectives,
        @Optional @Schema(description = "The regional agreement (RÖK) a local one sits under") UUID parentAgreementId,
        @Optional @Schema(description = "The agreement this one revises (same kind and county)") UUID supersedesId) {}
