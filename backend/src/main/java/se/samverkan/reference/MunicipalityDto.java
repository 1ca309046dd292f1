package se.samverkan.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Municipality", description = "A Swedish municipality (kommun)")
public record MunicipalityDto(
        @Schema(example = "1980") String code,
        @Schema(example = "Västerås") String name,
        @Schema(example = "19") String countyCode) {

    static MunicipalityDto from(Municipality municipality) {
        return new MunicipalityDto(municipality.code, municipality.name, municipality.countyCode);
    }
}
