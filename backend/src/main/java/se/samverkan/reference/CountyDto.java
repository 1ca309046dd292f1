package se.samverkan.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "County", description = "A Swedish county (län)")
public record CountyDto(@Schema(example = "19") String code, @Schema(example = "Västmanlands län") String name) {

    static CountyDto from(County county) {
        return new CountyDto(county.code, county.name);
    }
}
