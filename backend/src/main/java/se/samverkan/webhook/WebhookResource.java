package se.samverkan.webhook;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.samverkan.common.http.EntityTags;
import se.samverkan.common.http.VersionedId;
import se.samverkan.webhook.WebhookDtos.DeliveryDto;
import se.samverkan.webhook.WebhookDtos.WebhookDto;
import se.samverkan.webhook.WebhookDtos.WebhookInput;

@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
        name = "Webhooks",
        description = "Service accounts subscribe to the change feed. Each delivery is a POST of {delivery,"
                + " subscription, change} with the headers X-Samverkan-Delivery, X-Samverkan-Timestamp (Unix seconds)"
                + " and X-Samverkan-Signature: sha256=<hex HMAC-SHA256 with the subscription's secret over"
                + " '<timestamp>.<body>'>. Any 2xx answer delivers it; otherwise it is retried with backoff (30 s,"
                + " doubling, at most an hour), and the subscription is disabled after repeated failure. Only changes"
                + " the subscriber may read are sent.")
public class WebhookResource {

    @Inject
    WebhookService service;

    @GET
    @Operation(summary = "Webhook subscriptions", description = "A service account's own; administrators see all")
    public List<WebhookDto> listWebhooks() {
        return service.list();
    }

    @POST
    @Operation(
            summary = "Subscribe to changes",
            description = "Service accounts only; the answer carries the signing secret, once")
    @APIResponseSchema(value = WebhookDto.class, responseCode = "201", responseDescription = "Created")
    public RestResponse<WebhookDto> createWebhook(
            @NotNull(message = "{validation.body-required}") @Valid WebhookInput input) {
        WebhookDto created = service.subscribe(input);
        return EntityTags.created("webhooks", created.id(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A webhook subscription")
    public RestResponse<WebhookDto> getWebhook(@PathParam("id") UUID id) {
        return EntityTags.ok(service.get(id));
    }

    @POST
    @Path("/{id}/enable")
    @Operation(
            summary = "Re-enable a disabled subscription",
            description = "Its pending deliveries are tried again; needs If-Match")
    public RestResponse<WebhookDto> enableWebhook(@BeanParam VersionedId target) {
        return EntityTags.ok(service.enable(target.id(), target.ifMatch()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a subscription and its deliveries", description = "Needs If-Match")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteWebhook(@BeanParam VersionedId target) {
        service.delete(target.id(), target.ifMatch());
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "The subscription's latest deliveries (at most 100), newest change first")
    public List<DeliveryDto> listWebhookDeliveries(
            @PathParam("id") UUID id, @QueryParam("status") DeliveryStatus status) {
        return service.deliveries(id, status);
    }
}
