package se.samverkan.funding;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/** Money for a project from one source in one year; the amount is empty where no source states it. */
@Embeddable
public class BudgetLine {

    @ManyToOne(fetch = FetchType.LAZY)
    public FundingProgramme programme;

    /** A source that is no registered programme ("egna medel", "VKL:s medlemmar"). */
    public String source;

    public int year;

    public BigDecimal amount;

    public BudgetLine() {}

    public BudgetLine(FundingProgramme programme, String source, int year, BigDecimal amount) {
        this.programme = programme;
        this.source = source;
        this.year = year;
        this.amount = amount;
    }
}
