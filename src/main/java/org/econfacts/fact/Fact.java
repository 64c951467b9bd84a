package org.econfacts.fact;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.econfacts.extraction.Category;
import org.econfacts.normalization.Approximation;
import org.econfacts.normalization.Change;
import org.econfacts.normalization.FigureKind;

/**
 * A stored figure with its qualifiers, period, subject and provenance. {@code amount} is in base
 * units (percent points for PERCENT); spans are half-open Java string indices into the document.
 */
@Entity
@Table(name = "fact")
public class Fact extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fact_seq")
    @SequenceGenerator(name = "fact_seq", sequenceName = "fact_seq", allocationSize = FactWriter.ID_BLOCK) // rows are written by FactWriter
    public Long id;

    @Column(name = "document_id", nullable = false)
    public Long documentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FigureKind kind;

    @Column(nullable = false, precision = 38, scale = 10)
    public BigDecimal amount;

    public String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Approximation approximation;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_direction")
    public Change.Direction changeDirection;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_basis")
    public Change.Basis changeBasis;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Column(name = "period_label")
    public String periodLabel;

    public String subject;

    /** The exact matched span of text. */
    @Column(nullable = false)
    public String mention;

    @Column(name = "span_start", nullable = false)
    public int spanStart;

    @Column(name = "span_end", nullable = false)
    public int spanEnd;

    /** The sentence, or at most {@link SentenceExcerpt#MAX_LENGTH} characters of it around the figure. */
    @Column(nullable = false)
    public String sentence;

    /** Where the whole sentence lies in the document, half-open; null for facts stored before V6. */
    @Column(name = "sentence_start")
    public Integer sentenceStart;

    @Column(name = "sentence_end")
    public Integer sentenceEnd;

    @Column(nullable = false)
    public String language;

    @Column(name = "rule_name")
    public String ruleName;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Enumerated(EnumType.STRING)
    public Category category;

    /** This amount restates fact {@code equivalentOf} in another currency... */
    @Column(name = "equivalent_of")
    public Long equivalentOf;

    /** ...at this many units of that fact's currency per unit of this one's. */
    @Column(name = "implied_rate", precision = 38, scale = 10)
    public BigDecimal impliedRate;

    /** This change is the growth (or fall) of fact {@code changeOf}. */
    @Column(name = "change_of")
    public Long changeOf;

    /** This figure repeats fact {@code sameAs} (not counted twice in aggregates). */
    @Column(name = "same_as")
    public Long sameAs;

    /** The upper end of the range this figure is the lower end of ("4 to 6 per cent": 6), in base units. */
    @Column(name = "amount_max", precision = 38, scale = 10)
    public BigDecimal amountMax;

    /** This figure is the upper end of the range whose lower end is fact {@code rangeOf} (not counted apart in aggregates). */
    @Column(name = "range_of")
    public Long rangeOf;

    /** The statistic this fact reports (StatisticIdentity): facts of one statistic share it, across documents. */
    @Column(name = "statistic_id", length = 32)
    public String statisticId;

    /** The same figure stated in the other language of a bilingual document, if any. */
    @Column(name = "twin_id")
    public Long twinId;
}
