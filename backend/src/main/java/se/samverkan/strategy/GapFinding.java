package se.samverkan.strategy;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A finding of the gap analysis (analys av brister) for one target group, with its source and date. */
@Entity
@Table(name = "strategy_gap_finding")
public class GapFinding extends AnalysisEntry {

    public String finding;

    public String source;

    public LocalDate foundOn;
}
