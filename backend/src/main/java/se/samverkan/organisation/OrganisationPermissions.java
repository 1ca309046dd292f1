package se.samverkan.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganisationPermissions", description = "What the caller may do with this organisation")
public record OrganisationPermissions(boolean update, boolean delete) {}
