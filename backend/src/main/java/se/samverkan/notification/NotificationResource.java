package se.samverkan.notification;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.samverkan.notification.NotificationDtos.FollowDto;
import se.samverkan.notification.NotificationDtos.NotificationPage;
import se.samverkan.notification.NotificationDtos.PreferencesDto;
import se.samverkan.notification.NotificationDtos.PreferencesInput;
import se.samverkan.notification.NotificationDtos.UnreadCount;
import se.samverkan.notification.NotificationDtos.UnsubscribeDto;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "The notification centre, mail preferences, follows and unsubscribing")
public class NotificationResource {

    @Inject
    NotificationService service;

    @Inject
    PublicFollowService publicFollows;

    @GET
    @Path("/notifications")
    @Authenticated
    @Operation(
            summary = "My notifications, newest first",
            description = "Texts in the language of Accept-Language (Swedish unless English is asked for)")
    public NotificationPage listNotifications(
            @QueryParam("unread") @DefaultValue("false") boolean unread,
            @QueryParam("page")
                    @DefaultValue("0")
                    @Min(value = 0, message = "{validation.must-be-value-or-more}")
                    @Max(value = 10000, message = "{validation.must-be-value-or-less}")
                    int page,
            @QueryParam("size")
                    @DefaultValue("20")
                    @Min(value = 1, message = "{validation.must-be-between-1-and-100}")
                    @Max(value = 100, message = "{validation.must-be-between-1-and-100}")
                    int size,
            @Parameter(hidden = true) @HeaderParam("Accept-Language") String language) {
        return service.list(unread, locale(language), page, size);
    }

    @GET
    @Path("/notifications/unread-count")
    @Authenticated
    @Operation(summary = "How many of my notifications are unread (the header's badge)")
    public UnreadCount getUnreadCount() {
        return service.unread();
    }

    @POST
    @Path("/notifications/{id}/read")
    @Authenticated
    @Operation(summary = "Mark one of my notifications read")
    @APIResponse(responseCode = "204", description = "Marked read")
    public void markNotificationRead(@PathParam("id") UUID id) {
        service.markRead(id);
    }

    @POST
    @Path("/notifications/read-all")
    @Authenticated
    @Operation(summary = "Mark all my notifications read")
    @APIResponse(responseCode = "204", description = "All marked read")
    public void markAllNotificationsRead() {
        service.markAllRead();
    }

    @GET
    @Path("/notification-preferences")
    @Authenticated
    @Operation(summary = "How I get mail per category: IMMEDIATELY (default), DAILY or WEEKLY digest, or OFF")
    public RestResponse<PreferencesDto> getNotificationPreferences() {
        return se.samverkan.common.http.EntityTags.ok(service.preferences());
    }

    @PUT
    @Path("/notification-preferences")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set how I get mail for the categories named. Needs If-Match")
    public RestResponse<PreferencesDto> setNotificationPreferences(
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "{validation.body-required}") @Valid PreferencesInput input) {
        return se.samverkan.common.http.EntityTags.ok(service.setPreferences(ifMatch, input));
    }

    @GET
    @Path("/follows")
    @Authenticated
    @Operation(summary = "What I follow")
    public List<FollowDto> listFollows() {
        return service.follows();
    }

    @PUT
    @Path("/follows/{subjectType}/{subjectId}")
    @Authenticated
    @Operation(summary = "Follow an agreement, a forum or an action item I may read (idempotent)")
    public FollowDto follow(
            @PathParam("subjectType") FollowableType subjectType, @PathParam("subjectId") UUID subjectId) {
        return service.follow(SubjectType.valueOf(subjectType.name()), subjectId);
    }

    @DELETE
    @Path("/follows/{subjectType}/{subjectId}")
    @Authenticated
    @Operation(summary = "Stop following (idempotent)")
    public void unfollow(@PathParam("subjectType") FollowableType subjectType, @PathParam("subjectId") UUID subjectId) {
        service.unfollow(SubjectType.valueOf(subjectType.name()), subjectId);
    }

    @GET
    @Path("/unsubscribe")
    @Operation(summary = "What an unsubscribe link stands for (no login: the signed token is enough)")
    public UnsubscribeDto describeUnsubscribe(
            @QueryParam("token")
                    @NotNull(message = "{validation.required}")
                    @Size(max = 2000, message = "{validation.at-most-characters}")
                    String token) {
        return service.describe(token);
    }

    @POST
    @Path("/unsubscribe")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.WILDCARD})
    @Operation(
            summary = "Unsubscribe with one click (RFC 8058 List-Unsubscribe-Post)",
            description = "No login: the signed token names the user and category, or the public subscription")
    public UnsubscribeDto unsubscribe(
            @QueryParam("token")
                    @NotNull(message = "{validation.required}")
                    @Size(max = 2000, message = "{validation.at-most-characters}")
                    String token) {
        return service.unsubscribe(token);
    }

    @POST
    @Path("/forums/{forumId}/subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Follow a forum's published minutes by e-mail (public, no login)",
            description = "Sends a confirmation link to the address; nothing else is sent until it is confirmed")
    @APIResponseSchema(
            value = PublicFollowService.SubscriptionDto.class,
            responseCode = "202",
            responseDescription = "A confirmation mail is on its way (unless already confirmed)")
    public RestResponse<PublicFollowService.SubscriptionDto> subscribeToMinutes(
            @PathParam("forumId") UUID forumId,
            @NotNull(message = "{validation.body-required}") @Valid PublicFollowService.SubscriptionInput input) {
        return RestResponse.status(RestResponse.Status.ACCEPTED, publicFollows.subscribe(forumId, input));
    }

    @POST
    @Path("/subscriptions/confirm")
    @Operation(summary = "Confirm a public subscription with the link from the confirmation mail (no login)")
    public PublicFollowService.SubscriptionDto confirmSubscription(
            @QueryParam("token")
                    @NotNull(message = "{validation.required}")
                    @Size(max = 2000, message = "{validation.at-most-characters}")
                    String token) {
        return publicFollows.confirm(token);
    }

    @GET
    @Path("/forums/{forumId}/minutes.atom")
    @Produces("application/atom+xml")
    @Operation(summary = "The forum's published minutes as an Atom feed (public)")
    public String getMinutesFeed(@PathParam("forumId") UUID forumId) {
        return publicFollows.feed(forumId);
    }

    /** The things one may follow. */
    public enum FollowableType {
        AGREEMENT,
        FORUM,
        ACTION_ITEM
    }

    private static String locale(String acceptLanguage) {
        return acceptLanguage != null && acceptLanguage.trim().toLowerCase().startsWith("en") ? "en" : "sv";
    }
}
