package se.samverkan.followup.indicator;

import java.util.LinkedHashMap;
import java.util.Map;
import se.samverkan.followup.Indicator;
import se.samverkan.followup.IndicatorSource;

/** The printable fields the history compares: one mapper per feature, static methods only. */
final class IndicatorMapper {

    private IndicatorMapper() {}

    static Map<String, String> snapshot(Indicator i) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("goalArea", i.goalArea == null ? null : i.goalArea.label());
        s.put("name", i.name);
        s.put("description", i.description);
        s.put("unit", i.unit);
        s.put("direction", i.direction.name());
        s.put("scope", i.scope.name());
        s.put("genderBreakdown", Boolean.toString(i.genderBreakdown));
        s.put("source", i.source == IndicatorSource.KOLADA ? "KOLADA " + i.koladaKpi : i.source.name());
        s.put("baseline", i.baselineYear == null ? null : i.baselineYear + ": " + ValuesCsv.plain(i.baselineValue));
        s.put(
                "targets",
                i.targets.isEmpty()
                        ? null
                        : String.join(
                                "; ",
                                i.targets.stream()
                                        .map(t -> t.year + ": " + ValuesCsv.plain(t.value))
                                        .toList()));
        s.put("sample", Boolean.toString(i.sample));
        return s;
    }
}
