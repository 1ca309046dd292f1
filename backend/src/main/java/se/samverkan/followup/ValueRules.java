package se.samverkan.followup;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.samverkan.common.problem.FieldViolations;
import se.samverkan.reference.Municipality;
import se.samverkan.reference.MunicipalityRepository;

/**
 * What makes one indicator value acceptable, whether it comes from a CSV row or an assessment: a year in range,
 * a municipality of the agreement's county exactly when the indicator is per municipality, a gender only when the
 * indicator is broken down by gender, and a number that fits the column.
 */
@ApplicationScoped
public class ValueRules {

    public static final int FIRST_YEAR = 1990;
    public static final int LAST_YEAR = 2100;
    private static final BigDecimal LIMIT = new BigDecimal("100000000000000");

    @Inject
    MunicipalityRepository municipalities;

    private volatile Map<String, Municipality> byCode;

    /**
     * Every municipality by code, as detached copies read once: reference data is loaded at start-up and never
     * changes while the API runs, so reports and files need not re-read 290 rows per request.
     */
    public Map<String, Municipality> municipalitiesByCode() {
        Map<String, Municipality> cached = byCode;
        if (cached == null) {
            cached = municipalities.listAll().stream()
                    .map(m -> {
                        Municipality copy = new Municipality();
                        copy.code = m.code;
                        copy.name = m.name;
                        copy.countyCode = m.countyCode;
                        return copy;
                    })
                    .collect(Collectors.toUnmodifiableMap(m -> m.code, Function.identity()));
            byCode = cached;
        }
        return cached;
    }

    public static void checkYear(int year, String field, FieldViolations violations) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            violations.add(field, text("followup.value-between", FIRST_YEAR, LAST_YEAR));
        }
    }

    public static void checkMunicipality(
            Indicator indicator,
            String code,
            Map<String, Municipality> byCode,
            String field,
            FieldViolations violations) {
        if (indicator.scope == IndicatorScope.COUNTY) {
            if (code != null) {
                violations.add(field, text("followup.empty-indicator-whole-county"));
            }
            return;
        }
        if (code == null) {
            violations.add(field, text("followup.required-indicator-value-per-municipality"));
            return;
        }
        Municipality municipality = byCode.get(code);
        String county = indicator.agreement.countyCode();
        if (municipality == null) {
            violations.add(field, text("common.no-municipality-code", code));
        } else if (!municipality.countyCode.equals(county)) {
            violations.add(field, text("followup.municipality-not-in-county", municipality.name, code, county));
        }
    }

    public static void checkGender(Indicator indicator, Gender gender, String field, FieldViolations violations) {
        if (!indicator.genderBreakdown && gender != Gender.TOTAL) {
            violations.add(field, text("followup.total-empty-indicator-no-gender"));
        }
    }

    public static void checkValue(BigDecimal value, String field, FieldViolations violations) {
        if (value.abs().compareTo(LIMIT) >= 0) {
            violations.add(field, text("followup.value-too-large"));
        } else if (value.stripTrailingZeros().scale() > 4) {
            violations.add(field, text("followup.most-4-decimals"));
        }
    }

    /** The number without trailing zeros (40.0000 → 40, 45.5000 → 45.5), as the API shows it. */
    public static BigDecimal normalised(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The identity of a value within an indicator: year, municipality and gender. */
    public static String key(int year, String municipalityCode, Gender gender) {
        return year + "|" + (municipalityCode == null ? "" : municipalityCode) + "|" + gender;
    }
}
