package se.samverkan.national;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the national indicator values: the year (this year when absent), a county, a Kolada KPI. */
public record IndicatorValueQuery(
        @Parameter(description = "The year of the values; this year when absent")
                @QueryParam("year")
                @Min(value = 1990, message = "{validation.must-be-value-or-later}")
                @Max(value = 2100, message = "{validation.must-be-value-or-earlier}")
                Integer year,
        @Parameter(description = "Only this county's agreements' indicators, e.g. 19")
                @QueryParam("county")
                @Pattern(regexp = "[0-9]{2}", message = "{validation.must-be-a-two-digit-county-code}")
                String county,
        @Parameter(description = "Only indicators of this Kolada KPI, e.g. N00914")
                @QueryParam("kpi")
                @Pattern(regexp = "[NU][0-9]{5}", message = "{validation.must-be-a-kolada-kpi-id-such-as}")
                String kpi) {}
