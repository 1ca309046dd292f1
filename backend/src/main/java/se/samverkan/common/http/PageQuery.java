package se.samverkan.common.http;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The page parameters of a paged list: {@code page} from 0 to {@link Paging#MAX_PAGE}, {@code size} from 1 to 100,
 * 20 by default. A resource takes it as a second {@code @BeanParam} beside the list's own query record.
 */
public record PageQuery(
        @Parameter(description = "Zero-based page number")
                @QueryParam("page")
                @DefaultValue("0")
                @Min(value = 0, message = "{validation.must-be-value-or-more}")
                @Max(value = Paging.MAX_PAGE, message = "{validation.must-be-value-or-less}")
                int page,
        @Parameter(description = "Page size, 1 to 100")
                @QueryParam("size")
                @DefaultValue("20")
                @Min(value = 1, message = "{validation.must-be-between-1-and-100}")
                @Max(value = Paging.MAX_SIZE, message = "{validation.must-be-between-1-and-100}")
                int size) {}
