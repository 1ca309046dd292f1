package se.samverkan.agreement;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

@Schema(name = "LegalReference", description = "A statute in Svensk författningssamling")
public record LegalReferenceDto(
        @Schema(example = "2010:197")
                @NotNull(message = "{validation.required}")
                @Pattern(regexp = "[0-9]{4}:[0-9]{1,4}", message = "{validation.must-be-an-sfs-number-such-as-2017}")
                String sfs,
        @Optional
                @Schema(example = "Lag (2010:197) om etableringsinsatser för vissa nyanlända invandrare")
                @Size(max = 500, message = "{validation.at-most-characters}")
                String title) {}
