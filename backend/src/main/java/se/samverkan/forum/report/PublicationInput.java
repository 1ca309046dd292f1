package se.samverkan.forum.report;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatusReportPublicationInput")
public record PublicationInput(
        @Schema(description = "The STATUS_REPORT point of the meeting the report is published for, unless already set")
                UUID agendaItemId) {}
