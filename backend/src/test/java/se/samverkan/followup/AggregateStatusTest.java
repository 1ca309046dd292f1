package se.samverkan.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.samverkan.followup.GoalStatus.NOT_ASSESSED;
import static se.samverkan.followup.GoalStatus.NOT_ON_TRACK;
import static se.samverkan.followup.GoalStatus.ON_TRACK;
import static se.samverkan.followup.GoalStatus.PARTLY;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.followup.ReportDtos.Trend;

/** The aggregate rule and the trend judgement on their own. */
class AggregateStatusTest {

    @Test
    void theLeastFavourableAssessedStatusWins() {
        assertEquals(NOT_ASSESSED, ReportService.aggregate(List.of()));
        assertEquals(NOT_ASSESSED, ReportService.aggregate(List.of(NOT_ASSESSED, NOT_ASSESSED)));
        assertEquals(ON_TRACK, ReportService.aggregate(List.of(ON_TRACK, NOT_ASSESSED)));
        assertEquals(PARTLY, ReportService.aggregate(List.of(ON_TRACK, PARTLY, ON_TRACK)));
        assertEquals(NOT_ON_TRACK, ReportService.aggregate(List.of(PARTLY, NOT_ON_TRACK, ON_TRACK, NOT_ASSESSED)));
    }

    @Test
    void theTrendFollowsTheIndicatorsDirection() {
        assertEquals(
                Trend.IMPROVING, ReportService.trendOf(IndicatorDirection.HIGHER_IS_BETTER, new BigDecimal("0.5")));
        assertEquals(Trend.WORSENING, ReportService.trendOf(IndicatorDirection.HIGHER_IS_BETTER, new BigDecimal("-2")));
        assertEquals(Trend.IMPROVING, ReportService.trendOf(IndicatorDirection.LOWER_IS_BETTER, new BigDecimal("-2")));
        assertEquals(Trend.WORSENING, ReportService.trendOf(IndicatorDirection.LOWER_IS_BETTER, new BigDecimal("3")));
        assertEquals(
                Trend.UNCHANGED, ReportService.trendOf(IndicatorDirection.LOWER_IS_BETTER, new BigDecimal("0.0000")));
        assertEquals(Trend.INSUFFICIENT_DATA, ReportService.trendOf(IndicatorDirection.HIGHER_IS_BETTER, null));
    }
}
