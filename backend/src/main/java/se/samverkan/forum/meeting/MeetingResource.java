package se.samverkan.forum.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.samverkan.common.http.EntityTags;
import se.samverkan.common.http.VersionedId;
import se.samverkan.common.security.Roles;
import se.samverkan.forum.meeting.MeetingDtos.AgendaItemDto;
import se.samverkan.forum.meeting.MeetingDtos.DecisionDto;
import se.samverkan.forum.meeting.MeetingDtos.MeetingDto;
import se.samverkan.forum.meeting.MeetingDtos.MeetingSummary;
import se.samverkan.forum.meeting.MeetingDtos.MinutesDto;
import se.samverkan.history.HistoryEntryDto;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings", description = "Forum meetings: times, agenda, attendees, minutes, decisions, iCal feeds")
public class MeetingResource {

    private static final String CALENDAR = ICalendar.MEDIA_TYPE + "; charset=utf-8";

    @Inject
    MeetingService service;

    @Inject
    AgendaService agendaService;

    @Inject
    MinutesService minutesService;

    @GET
    @Path("/forums/{id}/meetings")
    @Operation(
            summary = "A forum's meetings, earliest first",
            description = "Public; the online link only for the forum's insiders")
    public List<MeetingSummary> listForumMeetings(
            @PathParam("id") UUID forumId,
            @Parameter(description = "From this date (inclusive)") @QueryParam("from") LocalDate from,
            @Parameter(description = "Until this date (inclusive)") @QueryParam("to") LocalDate to) {
        return service.list(forumId, from, to);
    }

    @POST
    @Path("/forums/{id}/meetings")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Plan a meeting of the forum",
            description = "Admins and the coordinator of the forum's county")
    @APIResponseSchema(value = MeetingDto.class, responseCode = "201", responseDescription = "Created")
    public RestResponse<MeetingDto> createMeeting(
            @PathParam("id") UUID forumId, @NotNull(message = "{validation.body-required}") @Valid MeetingInput input) {
        MeetingDto created = service.create(forumId, input);
        return EntityTags.created("meetings", created.id(), created);
    }

    @GET
    @Path("/forums/{id}/calendar.ics")
    @Produces(ICalendar.MEDIA_TYPE)
    @Operation(
            summary = "iCal feed of the forum's meetings (RFC 5545)",
            description =
                    "Public information only, unless the caller reads the forum's internal work (then with the online link)")
    @APIResponse(
            responseCode = "200",
            description = "A VCALENDAR with one VEVENT per meeting",
            content = @Content(mediaType = ICalendar.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<String> getForumCalendar(@PathParam("id") UUID forumId) {
        return calendar(service.forumCalendar(forumId), "forum-" + forumId);
    }

    @GET
    @Path("/meetings/{id}")
    @Operation(
            summary = "Get a meeting with its agenda and the follow-up of open action items",
            description = "Public; minutes are read from …/minutes")
    @APIResponseSchema(value = MeetingDto.class, responseCode = "200", responseDescription = "OK")
    public Response getMeeting(@PathParam("id") UUID id) {
        // The public's view is written once while nothing it shows changes (KeptJson), not per request.
        var meeting = service.getJson(id);
        return Response.ok(meeting.bytes(), MediaType.APPLICATION_JSON)
                .tag(EntityTags.of(meeting.value().version()))
                .build();
    }

    @PUT
    @Path("/meetings/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Replace a meeting's time, place, link and attendees",
            description = "Until the minutes are published; needs If-Match")
    public RestResponse<MeetingDto> updateMeeting(
            @BeanParam VersionedId target, @NotNull(message = "{validation.body-required}") @Valid MeetingInput input) {
        MeetingDto meeting = service.update(target.id(), target.ifMatch(), input);
        return EntityTags.ok(meeting);
    }

    @DELETE
    @Path("/meetings/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Delete a meeting",
            description = "Not once its minutes are published or items were handed out; needs If-Match")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteMeeting(@BeanParam VersionedId target) {
        service.delete(target.id(), target.ifMatch());
    }

    @GET
    @Path("/meetings/{id}/minutes")
    @Operation(
            summary = "The minutes: attendees, minutes per point, decisions and action items handed out",
            description =
                    "Public once published; before that only for the forum's participants, the county's coordinator and admins (else 404)")
    public RestResponse<MinutesDto> getMinutes(@PathParam("id") UUID id) {
        return minutes(minutesService.minutes(id));
    }

    @POST
    @Path("/meetings/{id}/minutes/publication")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Publish the minutes",
            description =
                    "After the meeting has begun, once a point has minutes or a decision; published minutes are final."
                            + " Needs If-Match with the meeting's version")
    public RestResponse<MinutesDto> publishMinutes(@BeanParam VersionedId target) {
        return minutes(minutesService.publishMinutes(target.id(), target.ifMatch()));
    }

    @GET
    @Path("/meetings/{id}/history")
    @Operation(
            summary = "Every change of the meeting, its agenda, minutes and decisions, newest first",
            description = "For the forum's participants, the county's coordinator and admins")
    public List<HistoryEntryDto> getMeetingHistory(@PathParam("id") UUID id) {
        return service.history(id);
    }

    @GET
    @Path("/meetings/{id}/calendar.ics")
    @Produces(ICalendar.MEDIA_TYPE)
    @Operation(
            summary = "iCal of one meeting (RFC 5545)",
            description = "Public information only, unless the caller reads the forum's internal work")
    @APIResponse(
            responseCode = "200",
            description = "A VCALENDAR with one VEVENT",
            content = @Content(mediaType = ICalendar.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<String> getMeetingCalendar(@PathParam("id") UUID id) {
        return calendar(service.meetingCalendar(id), "meeting-" + id);
    }

    @POST
    @Path("/meetings/{id}/agenda-items")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Add a point to the agenda",
            description = "At the given position or last; until the minutes are published")
    @APIResponseSchema(value = AgendaItemDto.class, responseCode = "201", responseDescription = "Added")
    public RestResponse<AgendaItemDto> addAgendaItem(
            @PathParam("id") UUID id, @NotNull(message = "{validation.body-required}") @Valid AgendaItemInput input) {
        AgendaItemDto item = agendaService.addAgendaItem(id, input);
        return EntityTags.created("meetings/" + id + "/agenda-items", item.id(), item);
    }

    @PUT
    @Path("/meetings/{id}/agenda-items/{itemId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Replace a point: title, kind, links, place on the agenda and its minutes",
            description = "Until the minutes are published; needs If-Match with the point's version")
    public RestResponse<AgendaItemDto> updateAgendaItem(
            @PathParam("id") UUID id,
            @PathParam("itemId") UUID itemId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "{validation.body-required}") @Valid AgendaItemInput input) {
        AgendaItemDto item = agendaService.updateAgendaItem(id, itemId, ifMatch, input);
        return EntityTags.ok(item);
    }

    @DELETE
    @Path("/meetings/{id}/agenda-items/{itemId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Remove a point with its decisions",
            description = "Not when action items or a status report hang on it; needs If-Match")
    @APIResponse(responseCode = "204", description = "Removed")
    public void removeAgendaItem(
            @PathParam("id") UUID id,
            @PathParam("itemId") UUID itemId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        agendaService.removeAgendaItem(id, itemId, ifMatch);
    }

    @POST
    @Path("/meetings/{id}/agenda-items/{itemId}/decisions")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Record a decision under a point", description = "Until the minutes are published")
    @APIResponseSchema(value = DecisionDto.class, responseCode = "201", responseDescription = "Recorded")
    public RestResponse<DecisionDto> addDecision(
            @PathParam("id") UUID id,
            @PathParam("itemId") UUID itemId,
            @NotNull(message = "{validation.body-required}") @Valid DecisionInput input) {
        DecisionDto decision = agendaService.addDecision(id, itemId, input);
        return EntityTags.created("meetings/" + id + "/agenda-items/" + itemId + "/decisions", decision.id(), decision);
    }

    @GET
    @Path("/meetings/{id}/decision-subjects")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "What a decision of this meeting could take effect on now",
            description = "Proposed priorities (from the forums preparing for this one), agreements to adopt and"
                    + " compiled follow-up rounds of the forum's county that the caller may change; for those who"
                    + " prepare the meeting")
    public List<MeetingDtos.DecisionCandidateDto> listDecisionSubjects(@PathParam("id") UUID id) {
        return agendaService.decisionCandidates(id);
    }

    @PUT
    @Path("/meetings/{id}/agenda-items/{itemId}/decisions/{decisionId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Replace a decision",
            description = "Until the minutes are published; needs If-Match with the decision's version")
    public RestResponse<DecisionDto> updateDecision(
            @PathParam("id") UUID id,
            @PathParam("itemId") UUID itemId,
            @PathParam("decisionId") UUID decisionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "{validation.body-required}") @Valid DecisionInput input) {
        DecisionDto decision = agendaService.updateDecision(id, itemId, decisionId, ifMatch, input);
        return EntityTags.ok(decision);
    }

    @DELETE
    @Path("/meetings/{id}/agenda-items/{itemId}/decisions/{decisionId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Remove a decision", description = "Until the minutes are published; needs If-Match")
    @APIResponse(responseCode = "204", description = "Removed")
    public void removeDecision(
            @PathParam("id") UUID id,
            @PathParam("itemId") UUID itemId,
            @PathParam("decisionId") UUID decisionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        agendaService.removeDecision(id, itemId, decisionId, ifMatch);
    }

    private static RestResponse<MinutesDto> minutes(MinutesDto minutes) {
        return EntityTags.ok(minutes);
    }

    private static RestResponse<String> calendar(String body, String name) {
        return RestResponse.ResponseBuilder.ok(body, CALENDAR)
                .header("Content-Disposition", "inline; filename=\"" + name + ".ics\"")
                .build();
    }
}
