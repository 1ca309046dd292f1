package se.samverkan.followup.kolada;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.samverkan.followup.Gender;
import se.samverkan.followup.IndicatorScope;
import se.samverkan.followup.IndicatorValueRepository.NewValue;
import se.samverkan.followup.ValueRules;

/**
 * Kolada's figures as the indicator's values. Kolada names a county (as region) {@code 00LL}, a municipality by its
 * four-digit code, and the genders T (total), K (kvinnor) and M (män). An indicator for the whole county takes its
 * region's figures; one per municipality those of the county's municipalities; one without a gender breakdown only
 * the totals. Other figures (other places, years outside 1990–2100) are not the indicator's and are left out.
 */
final class KoladaMapping {

    private static final Map<String, Gender> GENDERS = Map.of("T", Gender.TOTAL, "K", Gender.WOMEN, "M", Gender.MEN);
    private static final BigDecimal LIMIT = new BigDecimal("100000000000000");

    /** What an indicator asks of Kolada, read before the request so that no transaction waits for it. */
    record Plan(
            UUID indicatorId,
            String kpi,
            long version,
            IndicatorScope scope,
            boolean genderBreakdown,
            String countyCode,
            List<String> municipalityCodes) {

        /** The ids Kolada knows the places by. */
        List<String> koladaIds() {
            return scope == IndicatorScope.COUNTY ? List.of(regionId(countyCode)) : municipalityCodes;
        }
    }

    /** A figure with a gender Kolada does not use: the answer is not Kolada's. */
    static final class UnknownGender extends Exception {
        UnknownGender(String gender) {
            super("gender " + gender);
        }
    }

    private KoladaMapping() {}

    static String regionId(String countyCode) {
        return "00" + countyCode;
    }

    static List<NewValue> values(Plan plan, List<KoladaClient.Row> rows) throws UnknownGender {
        Set<String> municipalities = new HashSet<>(plan.municipalityCodes());
        Set<String> seen = new HashSet<>();
        List<NewValue> values = new ArrayList<>();
        for (KoladaClient.Row row : rows) {
            Gender gender = GENDERS.get(row.gender());
            if (gender == null) {
                throw new UnknownGender(row.gender());
            }
            if (!plan.genderBreakdown() && gender != Gender.TOTAL) {
                continue;
            }
            String municipality;
            if (plan.scope() == IndicatorScope.COUNTY) {
                if (!row.municipality().equals(regionId(plan.countyCode()))) {
                    continue;
                }
                municipality = null;
            } else {
                if (!municipalities.contains(row.municipality())) {
                    continue;
                }
                municipality = row.municipality();
            }
            if (row.period() < ValueRules.FIRST_YEAR || row.period() > ValueRules.LAST_YEAR) {
                continue;
            }
            // The column keeps four decimals; Kolada's ratios may carry more.
            BigDecimal value = row.value().setScale(4, RoundingMode.HALF_UP);
            if (value.abs().compareTo(LIMIT) >= 0) {
                continue;
            }
            if (seen.add(ValueRules.key(row.period(), municipality, gender))) {
                values.add(new NewValue(plan.indicatorId(), row.period(), municipality, gender, value, false));
            }
        }
        return values;
    }
}
