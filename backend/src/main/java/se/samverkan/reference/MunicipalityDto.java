package se.samverkan.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Municipality", description = "A Swedish municipality (kommun)")
public record MunicipalityDto(
        @Schema(required = true, example = "1980") String code,
        @Schema(required = true, example = "Västerås") String name,
        @Schema(required = true, example = "19") String countyCode) {

    static MunicipalityDto from(Municipality municipality) {
        return new MunicipalityDto(municipality.code, municipality.name, municipality.countyCode);
    }
}
