package se.samverkan.forum.report;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

@Schema(name = "StatusReportPublicationInput")
public record PublicationInput(
        @Optional
                @Schema(
                        description =
                                "The STATUS_REPORT point of the meeting the report is published for, unless already set")
                UUID agendaItemId) {}
