package se.samverkan.organisation;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganisationReference")
public record OrganisationReference(UUID id, String name) {}
